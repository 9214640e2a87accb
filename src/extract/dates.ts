import * as chrono from 'chrono-node';
import type { NormalizedArticle } from '../normalize/types.js';
import type { DateClaim } from '../schema/claim.js';
import type { Span } from '../schema/span.js';
import { parseDay, formatDay, formatMonth, resolveMonth, resolveWeekday, type Day } from './date-resolve.js';
import { bodySentences } from './numbers.js';
import { scanNumberTokens } from './number-tokens.js';
import { mayHoldChronoDate } from './date-trigger.js';

/** A date read from one sentence, before it becomes a claim. Offsets are into the article text. */
interface DateReading {
  start: number;
  end: number;
  iso: string | null;
  grain: 'day' | 'month' | 'year';
  relative: boolean;
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Words that make an expression depend on the reference date. */
const RELATIVE_WORDS = new Set([
  'yesterday', 'today', 'tomorrow', 'tonight', 'ago', 'last', 'next', 'this', 'previous', 'past', 'coming',
  'earlier', 'later', 'week', 'weekend', 'overnight', 'night',
]);
/** Expressions that name no calendar date ("now", durations). */
const NOT_DATES = new Set(['now', 'right now', 'currently', 'present']);
const SUB_DAY_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'min', 'mins', 'hrs']);
const SPAN_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'fortnight']);
const COUNT_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'few', 'several', 'couple']);
const CASUAL_DATES = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);
const MONTH_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
function isMonthWord(w: string): boolean {
  return MONTH_WORDS.has(w);
}
/** Words that put what follows in the future: "will walk out on Thursday", "is due to open on Monday". */
const FUTURE_CUES = new Set(['will', "'ll", 'shall', 'due', 'scheduled', 'planned', 'plans', 'expected', 'upcoming', 'set']);

/** True when the clause before the date speaks of the future (a future tense within eight words). */
function isFutureBefore(text: string, from: number, offset: number): boolean {
  const tokens = scanNumberTokens(text, Math.max(from, offset - 80), offset);
  let words = 0;
  for (let k = tokens.length - 1; k >= 0 && words < 8; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (t.text === '.' || t.text === ';' || t.text === ':') break;
      continue;
    }
    words++;
    if (FUTURE_CUES.has(t.lower) || t.lower.endsWith("'ll")) return true;
    if (t.lower === 'said' || t.lower === 'was' || t.lower === 'were' || t.lower === 'had') return false;
  }
  return false;
}
/** Words before a bare month or year that make it a date ("in March", "since 2020"), not a name. */
const PERIOD_CUES = new Set(['in', 'since', 'until', 'till', 'by', 'during', 'early', 'late', 'mid', 'last', 'this', 'next', 'before', 'after', 'through', 'throughout', 'from', 'of']);

function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && ' \t\n\r.,;:!?)'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function lowerWords(text: string): string[] {
  return scanNumberTokens(text)
    .filter((t) => t.kind === 'word')
    .map((t) => t.lower);
}

/** The word just before `offset` in `text` (lower case), skipping spaces and an opening dash. */
function wordBefore(text: string, from: number, offset: number): string {
  const tokens = scanNumberTokens(text, Math.max(from, offset - 40), offset);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word') return t.lower;
    if (t.text !== '-') return '';
  }
  return '';
}

/**
 * True when the date opens a dateline ("LIMA, Peru, May 3 —"): a few place words in
 * capitals and commas before it at the start of the sentence. The dateline gives the publication
 * date, not the date of an event.
 */
function isDateline(text: string, sentenceStart: number, dateStart: number): boolean {
  const before = text.slice(sentenceStart, dateStart);
  if (before.length > 60) return false;
  const tokens = scanNumberTokens(before);
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length === 0 || words.length > 5) return false;
  const first = words[0]!;
  const allCaps = first.text.length > 1 && first.text === first.text.toUpperCase();
  const last = tokens[tokens.length - 1];
  return allCaps && !!last && last.text === ',' && tokens.every((t) => t.kind === 'word' || t.text === ',' || t.text === '.');
}

const CHRONO_MEMO_LIMIT = 20_000;
const chronoMemo = new Map<string, readonly DateReading[]>();
const triggerMemo = new Map<string, boolean>();

/**
 * mayHoldChronoDate, memoized on the sentence alone: the trigger's five patterns cost more than a
 * map look-up, and copies of a story repeat most sentences under other publication days, which
 * the chrono memo keeps apart.
 */
function mayHoldDate(slice: string): boolean {
  let maybe = triggerMemo.get(slice);
  if (maybe === undefined) {
    maybe = mayHoldChronoDate(slice);
    if (triggerMemo.size >= CHRONO_MEMO_LIMIT) triggerMemo.clear();
    triggerMemo.set(slice, maybe);
  }
  return maybe;
}

/**
 * The chrono readings of one sentence, offsets into the article text. What chrono and the checks
 * below find depends only on the sentence's own characters and the publication day (every look
 * around a date stays inside the sentence), so readings are memoized on those: copies of a wire
 * story repeat most sentences. Sentences with no date-like shape skip chrono altogether.
 */
function readChrono(text: string, sentence: Span, published: Day | null): DateReading[] {
  const slice = text.slice(sentence.start, sentence.end);
  if (!mayHoldDate(slice)) return [];
  const key = `${published ? `${published.year}-${published.month}-${published.day}` : '-'}\u0000${slice}`;
  let local = chronoMemo.get(key);
  if (local === undefined) {
    local = readChronoSlice(slice, published);
    if (chronoMemo.size >= CHRONO_MEMO_LIMIT) chronoMemo.clear();
    chronoMemo.set(key, local);
  }
  return local.map((r) => ({ ...r, start: r.start + sentence.start, end: r.end + sentence.start }));
}

/** The chrono readings of a sentence on its own, offsets into `slice`. */
function readChronoSlice(slice: string, published: Day | null): DateReading[] {
  const text = slice;
  const sentence: Span = { start: 0, end: slice.length };
  const ref = published ?? { year: 2000, month: 1, day: 1 };
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(slice, { instant: new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)), timezone: 'UTC' });
  } catch {
    return [];
  }
  const out: DateReading[] = [];
  for (const r of results) {
    const shown = trimTrailing(r.text);
    if (!shown) continue;
    const start = sentence.start + r.index;
    const end = start + shown.length;
    const words = lowerWords(shown);
    const lowerText = words.join(' ');
    if (NOT_DATES.has(lowerText) || words.some((w) => SUB_DAY_UNITS.has(w)) || words[0] === 'for') continue;
    // durations and offsets ("within five years", "three days after", "in ten years") name no date;
    // "two days ago" does
    if (!words.includes('ago') && (/[0-9]/.test(shown) || words.some((w) => COUNT_WORDS.has(w))) && words.some((w) => SPAN_UNITS.has(w))) continue;
    // a lone word chrono stretched into a date ("lasts")
    if (words.length === 1 && !CASUAL_DATES.has(words[0]!) && !WEEKDAY_NAMES.includes(words[0]!) && !isMonthWord(words[0]!)) continue;
    const c = r.start;
    const hasDay = c.isCertain('day');
    const hasMonth = c.isCertain('month');
    const hasYear = c.isCertain('year');
    const hasWeekday = c.isCertain('weekday');
    if (!hasDay && !hasMonth && !hasYear && !hasWeekday) continue; // a clock time alone
    if (shown.includes('/')) {
      // "9/11", "24/7" are not dates of the story; "12/02/2017" is ambiguous between US and EU order
      const parts = shown.split('/').map((p) => Number(p.trim()));
      if (!hasYear || parts.length !== 3 || !(parts[0]! > 12 || parts[1]! > 12)) continue;
    }
    if (isDateline(text, sentence.start, start)) continue;
    const lexicalRelative = words.some((w) => RELATIVE_WORDS.has(w));
    const weekdayOnly = hasWeekday && !hasDay;
    if (weekdayOnly && !words.some((w) => WEEKDAY_NAMES.includes(w) || w.startsWith('weekend'))) continue; // "Sun", "Sat"
    let reading: DateReading | null = null;
    if (weekdayOnly) {
      const direction = words.includes('next') || words.includes('coming')
        ? 'next'
        : words.includes('last') || words.includes('previous')
          ? 'last'
          : isFutureBefore(text, sentence.start, start)
            ? 'future'
            : 'past';
      const weekday = c.get('weekday') ?? 0;
      reading = { start, end, grain: 'day', relative: true, iso: published ? formatDay(resolveWeekday(published, weekday, direction)) : null };
    } else if (hasDay && hasMonth) {
      const relative = lexicalRelative || !hasYear;
      const day: Day = { year: c.get('year') ?? ref.year, month: c.get('month') ?? 1, day: c.get('day') ?? 1 };
      reading = { start, end, grain: 'day', relative, iso: relative && !published ? null : formatDay(day) };
    } else if (hasMonth) {
      // a bare month needs a cue ("in March") so "the March on …" stays a name
      if (!hasYear && !PERIOD_CUES.has(wordBefore(text, sentence.start, start)) && !lexicalRelative) continue;
      const month = c.get('month') ?? 1;
      let iso: string | null;
      const relative = lexicalRelative || !hasYear;
      if (relative && !published) iso = null;
      else if (hasYear) iso = formatMonth(c.get('year') ?? ref.year, month);
      else if (lexicalRelative || !published) iso = formatMonth(c.get('year') ?? ref.year, month);
      else {
        const m = resolveMonth(published, month);
        iso = formatMonth(m.year, m.month);
      }
      reading = { start, end, grain: 'month', relative, iso };
    } else if (hasYear) {
      const relative = lexicalRelative;
      const y = c.get('year') ?? ref.year;
      reading = { start, end, grain: 'year', relative, iso: relative && !published ? null : String(y).padStart(4, '0') };
    } else if (hasDay) {
      continue; // a day number alone ("the 12th") is too weak to place
    }
    if (reading) out.push(reading);
  }
  return out;
}

/** True when four ASCII digits stand in a row somewhere in `text[from, to)`. */
function hasFourDigitRun(text: string, from: number, to: number): boolean {
  let run = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run === 4) return true;
    } else run = 0;
  }
  return false;
}

/** Bare years chrono leaves alone: "in 2023", "since 2020", "by 2030". */
function readBareYears(text: string, sentence: Span): DateReading[] {
  if (!hasFourDigitRun(text, sentence.start, sentence.end)) return []; // no year to read: skip the token scan
  const tokens = scanNumberTokens(text, sentence.start, sentence.end);
  const out: DateReading[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'digits' || t.text.length !== 4 || !t.spaced) continue;
    const y = Number(t.text);
    if (!(y >= 1800 && y < 2200)) continue;
    const next = tokens[k + 1];
    if (next && !next.spaced && (next.kind === 'word' || next.kind === 'digits' || next.text === '-' || next.text === '/')) continue; // "1980s", "2016-04"
    const prev = tokens[k - 1]!;
    if (prev.kind !== 'word' || !PERIOD_CUES.has(prev.lower) || prev.lower === 'last' || prev.lower === 'this' || prev.lower === 'next') continue;
    out.push({ start: t.start, end: t.end, grain: 'year', relative: false, iso: t.text });
  }
  return out;
}

/**
 * Dates of an article's body, resolved against its publication date, in text order. Weekdays
 * resolve to the most recent such day on or before publication ("on Thursday" in a past-tense
 * story; "last Thursday" strictly before, "next Thursday" after); "yesterday", "last week" and
 * dates without a year are relative and stay unresolved (`iso: null`) when the article has no
 * publication date. A bare year ("in 2023") has grain `year`. Clock times, durations, datelines
 * and "9/11"-style slash pairs are skipped.
 */
export function extractDates(doc: NormalizedArticle): DateClaim[] {
  const published = parseDay(doc.published);
  const out: DateClaim[] = [];
  let lastEnd = -1;
  for (const sentence of bodySentences(doc)) {
    let readings: DateReading[];
    try {
      readings = readChrono(doc.text, sentence, published);
      const taken = readings.map((r) => [r.start, r.end] as const);
      for (const y of readBareYears(doc.text, sentence)) {
        if (!taken.some(([s, e]) => y.start < e && s < y.end)) readings.push(y);
      }
    } catch {
      continue;
    }
    readings.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const r of readings) {
      if (r.start < lastEnd) continue;
      lastEnd = r.end;
      out.push({
        id: `${doc.id}#d${out.length + 1}`,
        article: doc.id,
        type: 'date',
        span: { start: r.start, end: r.end },
        text: doc.text.slice(r.start, r.end),
        iso: r.iso,
        grain: r.grain,
        relative: r.relative,
        sentence: { start: sentence.start, end: sentence.end },
      });
    }
  }
  return out;
}
