import {
  ANCHOR_WINDOW,
  anchorList,
  anchorOverlapInto,
  type AnchorList,
  type AnchorOverlap,
  articleOrder,
  BlockingIndex,
  contextAnchors,
  groupLinks,
  isHeadlineAt,
  spansNear,
  trimSpan,
  type Anchors,
  type Link,
} from '../extract/number-context.js';
import { MONTHS } from '../extract/data/numbers-vocabulary.js';
import { scanNumberTokens } from '../extract/number-tokens.js';
import type { NormalizedArticle } from '../normalize/types.js';
import type { DateClaim } from '../schema/claim.js';
import type { LocatedText, Span } from '../schema/span.js';
import { sameStatements, statementStems, type Statement } from './same-statement.js';
import { authorityRank, listOutlets, outletOf } from './shared.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** Words that start another event inside a sentence: the window around a date stops there. */
const EVENT_BREAKS = new Set([
  'after', 'before', 'since', 'until', 'till', 'when', 'while', 'as', 'following', 'ahead', 'but', 'although', 'though', 'because', 'whereas',
]);
/** Time-of-day and date words that say nothing about which event is dated. */
const DATE_NOISE = new Set([
  'late', 'early', 'night', 'evening', 'morning', 'afternoon', 'local', 'time', 'day', 'today', 'yesterday', 'tomorrow',
  'tonight', 'week', 'weekend', 'month', 'year', 'last', 'next', 'overnight', 'midnight', 'noon', 'dawn', 'hours', 'earlier', 'later',
]);
/** Verbs of saying and publishing: two sources "said on Sunday" need not be the same event. */
const REPORTING = new Set(['said', 'sai', 'say', 'report', 'told', 'tell', 'announc', 'state', 'ad', 'add', 'note', 'wrote', 'write', 'speech', 'address', 'interview', 'statement']);
/** Verbs that, right before a date, make it the date of a statement. */
const STATEMENT_VERBS = new Set(['said', 'says', 'told', 'announced', 'stated', 'reported', 'added', 'noted', 'confirmed', 'wrote', 'tweeted', 'declared']);
/** Event verbs of news copy folded together ("struck" / "hit" / "tore through"). */
const EVENT_CONCEPTS: ReadonlyMap<string, string> = new Map([
  ['struck', 'strike'], ['strike', 'strike'], ['hit', 'strike'], ['tore', 'strike'], ['swept', 'strike'], ['sweep', 'strike'],
  ['smash', 'strike'], ['rip', 'strike'], ['rock', 'strike'], ['batter', 'strike'], ['slam', 'strike'], ['ravag', 'strike'],
  ['devast', 'strike'], ['lash', 'strike'], ['pound', 'strike'],
]);
/** Least summed anchor weight, and least number of shared concepts, for two dates to date one event. */
const MIN_SCORE = 0.4;
const MIN_SHARED = 2;

interface Item {
  claim: DateClaim;
  doc: NormalizedArticle;
  index: number;
  anchors: Anchors;
  /** `anchors` as arrays: read once per candidate pair. */
  anchorList: AnchorList;
  /** A plan or the date of a statement: linked only to the same sentence in another article. */
  guarded: boolean;
  /** Content stems of the sentence without its dates, for that near-verbatim test. */
  stems: Set<string>;
  /** The ISO date when it can be trusted (not resolved against a guessed publication date), else null. */
  iso: string | null;
  /** Day of the week (0 = Sunday) the date names or falls on, when known. */
  weekday: number | null;
  /** `MM-DD` the date names or falls on, when known ("March 18" without a year still has one). */
  monthDay: string | null;
  /** What the date is written as, to pair the dates of two sentences: weekday, day, month or year. */
  form: 'weekday' | 'day' | 'month' | 'year';
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(
  [...MONTHS].map((m) => [m, ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(m.slice(0, 3)) + 1] as const),
);

/** The weekday a date expression names ("on Tuesday", "Saturday's"), or null. */
function weekdayNamed(text: string): number | null {
  for (const t of scanNumberTokens(text)) {
    if (t.kind !== 'word') continue;
    const w = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
    const k = WEEKDAY_NAMES.indexOf(w);
    if (k >= 0) return k;
  }
  return null;
}

/** `MM-DD` of a month and day written in the text ("March 18", "18 March", "Dec. 3"), or null. */
function monthDayNamed(text: string): string | null {
  const tokens = scanNumberTokens(text);
  for (let k = 0; k < tokens.length; k++) {
    const month = MONTH_NUMBER.get(tokens[k]!.lower);
    if (month === undefined || tokens[k]!.kind !== 'word') continue;
    for (const j of [k + 1, k + 2, k - 1, k - 2]) {
      const t = tokens[j];
      if (!t || t.kind !== 'digits' || t.text.length > 2) continue;
      const day = Number(t.text);
      if (day >= 1 && day <= 31) return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
  }
  return null;
}

/** The weekday of an ISO day. */
function weekdayOfIso(iso: string): number | null {
  const d = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d.getUTCDay();
}

/**
 * Whether two dates are the same day (true), different (false) or cannot be compared (null): by
 * trusted ISO date at the coarser grain, else by month and day, else by weekday. A weekday needs no
 * publication date: "on Tuesday" and "on Friday" in one statement are different days anyway.
 */
function relation(a: Item, b: Item): boolean | null {
  if (a.iso !== null && b.iso !== null) return sameAtGrain(a.iso, b.iso);
  if (a.monthDay !== null && b.monthDay !== null) return a.monthDay === b.monthDay;
  if (a.weekday !== null && b.weekday !== null) return a.weekday === b.weekday;
  return null;
}

/** Compare two ISO dates at the coarser of their grains: `2025-01-16` vs `2025-01` agree. */
function sameAtGrain(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** What a date claim can be compared by, or null when it is left out. */
function readingOf(ctx: RuleContext, doc: NormalizedArticle, c: DateClaim): Pick<Item, 'iso' | 'weekday' | 'monthDay' | 'form'> | null {
  const lower = c.text.toLowerCase();
  // "today" and "tonight" mostly stand in quoted speech, dated by the speech, not the article
  if (lower === 'today' || lower === 'tonight') return null;
  // week-level expressions ("last week", "over the weekend") do not name a day
  if (lower.includes('week')) return null;
  // "three years ago" is a rough distance, not a date ("two or three years ago")
  if (lower.includes('ago') && !lower.includes('day')) return null;
  // headlines, link titles and captions without final punctuation date their own item, not the story's events
  if (isHeadlineAt(doc, c.span.start)) return null;
  const s = trimSpan(doc.text, c.sentence);
  const last = doc.text[s.end - 1] ?? '';
  if (!'.!?"\u201D\u2019\''.includes(last)) return null;
  // a relative date resolved against a guessed publication date is a guess squared
  // ("on Thursday"); a month and day ("April 5") only takes its year from it, which is safe.
  const guessed = c.relative && !/\d/.test(c.text) && (ctx.summaries.get(doc.id)?.inferred.published ?? doc.inferred.published);
  const iso = c.iso !== null && !guessed ? c.iso : null;
  const named = weekdayNamed(c.text);
  const weekday = named ?? (iso !== null && iso.length === 10 ? weekdayOfIso(iso) : null);
  const monthDay = iso !== null && iso.length === 10 ? iso.slice(5) : c.grain === 'day' ? monthDayNamed(c.text) : null;
  if (iso === null && weekday === null && monthDay === null) return null;
  const form = c.grain === 'year' ? 'year' : c.grain === 'month' ? 'month' : named !== null && !/\d/.test(c.text) ? 'weekday' : 'day';
  return { iso, weekday, monthDay, form };
}

/**
 * True when the date dates a statement ("police said on Thursday they had arrested …"): the
 * words after it are what was said, not what happened that day, so such dates are left out.
 */
function datesStatement(doc: NormalizedArticle, c: DateClaim): boolean {
  const before = doc.text.slice(Math.max(c.sentence.start, c.span.start - 30), c.span.start).toLowerCase();
  return lastWords(before, 3, false).some((w) => STATEMENT_VERBS.has(w));
}

/** True for deadlines and plans ("by April 2027", "will reopen on Monday"): targets move, and are not the story's events. */
function datesPlan(doc: NormalizedArticle, c: DateClaim): boolean {
  const before = lastWords(doc.text.slice(Math.max(c.sentence.start, c.span.start - 60), c.span.start).toLowerCase(), 8, true);
  const last = before[before.length - 1];
  if (last === 'by' || last === 'until' || last === 'till' || last === 'from') return true;
  return before.some((w) => PLAN_CUES.has(w) || w.endsWith("'ll"));
}

/**
 * The last `max` runs of a–z (and apostrophes when `apostrophes`) of a lower-cased text, in text
 * order: the tail of `split(/[^a-z']+/).filter(Boolean)` without splitting the whole text.
 */
function lastWords(lower: string, max: number, apostrophes: boolean): string[] {
  const out: string[] = [];
  let end = lower.length;
  while (out.length < max) {
    while (end > 0 && !isWordCode(lower.charCodeAt(end - 1), apostrophes)) end--;
    if (end === 0) break;
    let start = end;
    while (start > 0 && isWordCode(lower.charCodeAt(start - 1), apostrophes)) start--;
    out.push(lower.slice(start, end));
    end = start;
  }
  return out.reverse();
}

function isWordCode(code: number, apostrophes: boolean): boolean {
  return (code >= 97 && code <= 122) || (apostrophes && code === 39);
}

const PLAN_CUES = new Set(['will', 'would', 'shall', 'due', 'scheduled', 'expected', 'plans', 'planned', 'aims', 'intends']);

function buildItems(ctx: RuleContext): Item[] {
  const docs = new Map(ctx.articles.map((d) => [d.id, d] as const));
  const claims = ctx.claims.filter((c): c is DateClaim => c.type === 'date');
  // grouped once: filtering all dates for each date was quadratic in the story's dates
  const bySentence = new Map<string, Span[]>();
  for (const c of claims) {
    const k = `${c.article}:${c.sentence.start}`;
    const list = bySentence.get(k);
    if (list) list.push(c.span);
    else bySentence.set(k, [c.span]);
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start);
  const items: Item[] = [];
  // the dates of one sentence share its stems (the holes are all of the sentence's dates)
  const stemsBySentence = new Map<string, Set<string>>();
  for (const claim of claims) {
    const doc = docs.get(claim.article);
    const reading = doc ? readingOf(ctx, doc, claim) : null;
    if (!doc || !reading) continue;
    const others = spansNear(bySentence.get(`${claim.article}:${claim.sentence.start}`) ?? [], claim.span.start - ANCHOR_WINDOW, claim.span.end + ANCHOR_WINDOW);
    const anchors = contextAnchors(doc, claim.sentence, claim.span, others, {
      before: 5,
      after: 5,
      afterWeight: 0.8,
      stopWords: EVENT_BREAKS,
      ignore: DATE_NOISE,
      concepts: EVENT_CONCEPTS,
    });
    const guarded = datesStatement(doc, claim) || datesPlan(doc, claim);
    const sentenceKey = `${claim.article}:${claim.sentence.start}`;
    const stemsKey = `${sentenceKey}:${claim.sentence.end}`;
    let stems = stemsBySentence.get(stemsKey);
    if (!stems) {
      stems = statementStems(doc.text, trimSpan(doc.text, claim.sentence), bySentence.get(sentenceKey) ?? []);
      stemsBySentence.set(stemsKey, stems);
    }
    items.push({ claim, doc, index: items.length, anchors, anchorList: anchorList(anchors), guarded, stems, ...reading });
  }
  return items;
}

/** Share of the smaller sentence's stems the other holds: 1 for the same sentence with another date. */
function sameSentence(a: Item, b: Item): boolean {
  const [small, large] = a.stems.size <= b.stems.size ? [a.stems, b.stems] : [b.stems, a.stems];
  if (small.size < 5) return false;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size >= 0.85;
}

/** Scratch for `linkScore`: read before the next call, never kept. */
const overlap: AnchorOverlap = { score: 0, shared: 0, strongest: 0, closest: 0 };

function linkScore(a: Item, b: Item): number {
  // dates known only by weekday or month and day are compared within one statement only (statementLinks)
  if (a.iso === null || b.iso === null) return 0;
  // Plans and statement dates move between reports of one story; the same sentence with another
  // date does not.
  if (a.guarded || b.guarded) return a.guarded && b.guarded && sameSentence(a, b) ? 1 : 0;
  const o = anchorOverlapInto(overlap, a.anchorList, b.anchors, REPORTING);
  if (o.shared < MIN_SHARED || o.score < MIN_SCORE || o.strongest < 0.5) return 0;
  return o.score;
}

/**
 * Dates of sentences the align stage found to state the same thing: when each of the two
 * sentences holds exactly one usable date, the dates date the same event, whatever words stand
 * around them ("the robbery of a jeweller on Monday" / "a robbery at a jewellery shop on Tuesday").
 */
function alignedSentenceLinks(ctx: RuleContext, items: readonly Item[]): Link[] {
  const byArticle = new Map<string, Item[]>();
  for (const it of items) {
    if (it.guarded || it.iso === null) continue;
    const list = byArticle.get(it.claim.article);
    if (list) list.push(it);
    else byArticle.set(it.claim.article, [it]);
  }
  const links: Link[] = [];
  for (const c of ctx.claims) {
    if (c.type !== 'narration' && c.type !== 'reported') continue;
    const mine = onlyDateWithin(byArticle.get(c.article), c.span);
    if (!mine) continue;
    for (const a of ctx.alignmentsOf.get(c.id) ?? []) {
      for (const id of a.claims) {
        const o = ctx.claimById.get(id);
        if (!o || o.article === c.article || (o.type !== 'narration' && o.type !== 'reported')) continue;
        const theirs = onlyDateWithin(byArticle.get(o.article), o.span);
        if (theirs) links.push({ a: mine.index, b: theirs.index, score: MIN_SCORE });
      }
    }
  }
  return links;
}

/** Plans and statement dates pair only between sentences this alike: the same sentence with another date. */
const GUARDED_SIMILARITY = 0.75;

/**
 * Links between the dates of sentences that make the same statement in two articles: the one date
 * of each, or date by date in order among dates written alike (weekday with weekday, year with
 * year). "The board met on Monday to …" / "The board met on Wednesday to …" date one event
 * even when neither article has a publication date to resolve the weekday against.
 */
function statementLinks(ctx: RuleContext, items: readonly Item[]): Link[] {
  const bySentence = new Map<string, Item[]>();
  for (const it of items) {
    const k = `${it.claim.article}:${it.claim.sentence.start}`;
    const list = bySentence.get(k);
    if (list) list.push(it);
    else bySentence.set(k, [it]);
  }
  const groups = [...bySentence.values()].map((list) => list.sort((a, b) => a.claim.span.start - b.claim.span.start));
  const statements: Statement[] = groups.map((list) => ({
    article: list[0]!.claim.article,
    span: trimSpan(list[0]!.doc.text, list[0]!.claim.sentence),
    stems: list[0]!.stems,
    marks: [],
  }));
  const links: Link[] = [];
  for (const pair of sameStatements(ctx, statements)) {
    const a = groups[pair.a]!;
    const b = groups[pair.b]!;
    let pairs: [Item, Item][] = [];
    if (a.length === 1 && b.length === 1) pairs = [[a[0]!, b[0]!]];
    else {
      for (const form of ['weekday', 'day', 'month', 'year'] as const) {
        const xs = a.filter((x) => x.form === form);
        const ys = b.filter((y) => y.form === form);
        if (xs.length === ys.length) xs.forEach((x, k) => pairs.push([x, ys[k]!]));
      }
    }
    pairs = pairs.filter(([x, y]) => relation(x, y) !== null && (!(x.guarded || y.guarded) || pair.similarity >= GUARDED_SIMILARITY));
    // more than one date differing is more likely another order of events than another date
    if (pairs.filter(([x, y]) => relation(x, y) === false).length > 1) continue;
    for (const [x, y] of pairs) links.push({ a: x.index, b: y.index, score: 1 + pair.similarity });
  }
  return links;
}

/** The one usable date inside a span, when there is exactly one. */
function onlyDateWithin(items: readonly Item[] | undefined, span: Span): Item | null {
  let found: Item | null = null;
  for (const it of items ?? []) {
    if (it.claim.span.start < span.start || it.claim.span.end > span.end) continue;
    if (found) return null;
    found = it;
  }
  return found;
}

function sentenceOf(item: Item): LocatedText {
  const span = trimSpan(item.doc.text, item.claim.sentence);
  return { article: item.doc.id, start: span.start, end: span.end, text: item.doc.text.slice(span.start, span.end) };
}

function shown(item: Item): string {
  return item.claim.relative && item.iso !== null ? `"${item.claim.text}" (${item.iso})` : `"${item.claim.text}"`;
}

/** Dates read from one blocking list for one date, at most: from a longer list, the ones next to it in article-id order. */
export const MAX_DATE_WINDOW = 200;
/** Dates compared with one date, at most. A news story has dozens of dates; every pair of thousands was quadratic. */
export const MAX_DATE_CANDIDATES = 600;

/**
 * The dates `linkScore` may link with a date, in index order: for a trusted date, those sharing
 * two of its anchor concepts (reporting words aside), so any share one of all its concepts but
 * the commonest; for a guarded one, guarded dates whose sentences share a stem.
 */
function dateCandidates(items: readonly Item[]): (a: Item) => number[] {
  const order = articleOrder(items.map((it) => it.claim.article));
  const concepts = new BlockingIndex(order);
  const stems = new BlockingIndex(order);
  const keysOf = new Map<Item, string[]>();
  for (const it of items) {
    if (it.iso === null) continue;
    if (it.guarded) {
      for (const s of it.stems) stems.add(s, it.index);
      continue;
    }
    const keys = [...it.anchors.keys()].filter((c) => !REPORTING.has(c));
    keysOf.set(it, keys);
    for (const c of keys) concepts.add(c, it.index);
  }
  concepts.seal();
  stems.seal();
  return (a) => {
    if (a.iso === null) return [];
    if (a.guarded) return stems.candidates(a.index, a.stems, MAX_DATE_WINDOW, MAX_DATE_CANDIDATES);
    const keys = keysOf.get(a)!;
    if (keys.length < MIN_SHARED) return [];
    // a date sharing two of the concepts shares one of them other than the commonest
    const commonest = keys.reduce((m, k) => ((concepts.lists.get(k)?.length ?? 0) > (concepts.lists.get(m)?.length ?? 0) ? k : m), keys[0]!);
    return concepts.candidates(a.index, keys.filter((k) => k !== commonest), MAX_DATE_WINDOW, MAX_DATE_CANDIDATES);
  };
}

function detect(ctx: RuleContext): Finding[] {
  const items = buildItems(ctx);
  if (items.length < 2) return [];
  // each date links to its best match in every other article; only across articles
  const links: Link[] = [];
  const candidates = dateCandidates(items);
  for (const a of items) {
    const best = new Map<string, Link>();
    for (const j of candidates(a)) {
      const b = items[j]!;
      if (b.claim.article === a.claim.article) continue;
      const score = linkScore(a, b);
      if (score <= 0) continue;
      const prev = best.get(b.claim.article);
      if (!prev || score > prev.score) best.set(b.claim.article, { a: a.index, b: b.index, score });
    }
    links.push(...best.values());
  }
  links.push(...alignedSentenceLinks(ctx, items), ...statementLinks(ctx, items));
  // an article dates an event once: two different dates of one article never share a group
  const clusters = groupLinks(items.length, links, (i, j) => {
    const x = items[i]!;
    const y = items[j]!;
    return x.claim.article === y.claim.article && relation(x, y) !== true;
  });
  const order = new Map(ctx.articles.map((d, i) => [d.id, i] as const));
  const findings: Finding[] = [];
  for (const cluster of clusters) {
    const members = cluster.map((i) => items[i]!);
    const support = new Map<Item, number>(
      members.map((m) => [m, new Set(members.filter((o) => o === m || relation(m, o) === true).map((o) => o.claim.article)).size] as const),
    );
    const ranked = [...members].sort(
      (x, y) =>
        support.get(y)! - support.get(x)! ||
        authorityRank(ctx, x.claim.article) - authorityRank(ctx, y.claim.article) ||
        Number(x.claim.relative) - Number(y.claim.relative) ||
        (order.get(x.claim.article) ?? 0) - (order.get(y.claim.article) ?? 0) ||
        x.claim.span.start - y.claim.span.start,
    );
    const reference = ranked[0]!;
    const agreeing = members.filter((m) => m === reference || relation(reference, m) === true);
    const reported = new Set<string>();
    for (const m of members) {
      // only a date known to differ from the reference is reported; one that cannot be compared is not
      if (relation(reference, m) !== false) continue;
      // one article against one of equal standing names no culprit: stay silent
      if (support.get(m) === support.get(reference) && authorityRank(ctx, m.claim.article) === authorityRank(ctx, reference.claim.article)) continue;
      const key = `${m.claim.article}:${m.claim.text}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const perArticle = new Map<string, Item>();
      for (const a of agreeing) if (!perArticle.has(a.claim.article)) perArticle.set(a.claim.article, a);
      const counterparts = [...perArticle.values()];
      const others = counterparts.map((c) => outletOf(ctx, c.claim.article));
      findings.push({
        subject: sentenceOf(m),
        counterparts: counterparts.map(sentenceOf),
        message: `Different dates for the same event: ${outletOf(ctx, m.claim.article)} has ${shown(m)}, while ${listOutlets(others)} ${others.length > 1 ? 'have' : 'has'} ${shown(reference)}.`,
        claims: [m.claim.id, ...counterparts.map((c) => c.claim.id)],
      });
    }
  }
  return findings.sort((a, b) => (order.get(a.subject.article) ?? 0) - (order.get(b.subject.article) ?? 0) || a.subject.start - b.subject.start);
}

/**
 * date-mismatch: the same event given a different date, after resolving relative dates ("on
 * Thursday") against each article's publication date and comparing at the coarser grain. Dates
 * are aligned by the event words of their clause (at least two shared, verbs of saying not
 * counted), and by sentences that make the same statement in two articles (grouped by the align
 * stage, content words alike: see `same-statement.ts`), date by date among dates written alike.
 * Within one statement a weekday or a month and day compares without a publication date ("voted
 * on Monday" / "voted on Wednesday"); elsewhere only dates resolved against a publication date the
 * article gave are compared. Plans and statement dates pair only within near-identical sentences.
 * Headlines, captions and link titles, week-level expressions and unresolved dates are left out,
 * because precision matters more here than recall.
 */
export const dateMismatchRule: Rule = { kind: 'date-mismatch', severity: 'high', detect };
