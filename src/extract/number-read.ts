/**
 * Read quantities out of a stretch of text: "at least 31 people", "$1.2 billion", "two thousand
 * four", "about 1,500", "6.1-magnitude", "Maria, 34,". Dates, clock times, years, labels,
 * ordinals, ranges and identifiers are left alone so a year is never counted as a quantity.
 */
import { isStopword } from '../align/tokens.js';
import {
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  GLUED_SCALES,
  HEDGES,
  IRREGULAR_COUNT_NOUNS,
  LABEL_CUES,
  MONTHS,
  ONE_BLOCKERS_BEFORE,
  SCALES,
  SMALL_NUMBERS,
  TALLY_CUES,
  TALLY_NOUNS,
  TALLY_UNIT,
  TENS,
  TIME_WORDS,
  UNITS,
  YEAR_CUES,
} from './data/numbers-vocabulary.js';
import { isLetterCode, scanNumberTokens, type NumberToken } from './number-tokens.js';

/** A quantity found in text. Offsets are into the scanned text. */
export interface Quantity {
  /** Start of the whole expression, hedge included. */
  start: number;
  /** End of the expression (figure, scale, percent sign or measurement unit). */
  end: number;
  /** Where the figure itself starts (after the hedge). */
  figureStart: number;
  value: number;
  /**
   * Rounding the wording implies: "1.2 million" stands for anything that rounds to it (0.1 million
   * steps); plain integers are exact (1).
   */
  step: number;
  /** Canonical unit: a measurement ("km", "percent", "years"), currency code ("usd") or the counted noun ("troops"). */
  unit: string | null;
  hedge: string | null;
  /** True when spelled out in words ("forty"). */
  spelled: boolean;
}

const HEDGE_FIRST_WORDS = new Set(HEDGES.map((h) => h[0]!));
const HEDGE_WORDS = new Set(HEDGES.flat());
const MAX_HEDGE = Math.max(...HEDGES.map((h) => h.length));

const SCALE_WORDS = ['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'];

function isNumberWord(w: string): boolean {
  return SMALL_NUMBERS.has(w) || TENS.has(w) || SCALE_WORDS.includes(w);
}

/** The longest number word: no longer run of letters needs looking up. */
const MAX_NUMBER_WORD = Math.max(...[...SMALL_NUMBERS.keys(), ...TENS.keys(), ...SCALE_WORDS].map((w) => w.length));

function isCapitalized(t: NumberToken): boolean {
  const c = t.text[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** A word that can be the noun a figure counts ("people", "aftershocks", "troops"). */
function isCountNoun(t: NumberToken | undefined): boolean {
  if (!t || t.kind !== 'word' || t.lower.length < 2) return false;
  const w = t.lower;
  if (IRREGULAR_COUNT_NOUNS.has(w)) return true;
  if (isStopword(w) || isNumberWord(w) || MONTHS.has(w) || HEDGE_WORDS.has(w) || TIME_WORDS.has(w)) return false;
  if (w === 'per' || w === 'percent' || w === 'times' || w === 'others' || w === 'more' || w === 'less' || w.endsWith("'s")) return false;
  if (w.endsWith('ed') || w.endsWith('ing') || w.endsWith('ly')) return false;
  // a capitalised word mid-sentence is a name unless it reads as a plural ("Peruvians")
  if (isCapitalized(t) && !w.endsWith('s')) return false;
  return true;
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'the', 'those', 'these']);

/**
 * The plural head of a short noun phrase after a figure: "small cargo drones" → "drones",
 * "minor collisions" → "collisions". Null when no plural closes the phrase within three words.
 */
function headNoun(tokens: readonly NumberToken[], k: number): string | null {
  let found: string | null = null;
  for (let n = 0; n < 3; n++) {
    const t = tokens[k + n];
    if (!t || t.kind !== 'word' || !t.spaced || isStopword(t.lower) || isNumberWord(t.lower) || MONTHS.has(t.lower) || TIME_WORDS.has(t.lower)) break;
    if (n === 0 && !isCountNoun(t) && !(t.lower.endsWith('ed') || t.lower.endsWith('ing'))) break;
    if (n > 0 && !isCountNoun(t)) break;
    if (UNITS.has(t.lower)) return n === 0 ? null : found;
    if (IRREGULAR_COUNT_NOUNS.has(t.lower) || (t.lower.endsWith('s') && !t.lower.endsWith('ss') && isCountNoun(t))) {
      found = t.lower;
      break;
    }
  }
  return found;
}

interface Figure {
  /** Index of the first token of the figure. */
  first: number;
  /** Index after the last token consumed. */
  next: number;
  value: number;
  step: number;
  spelled: boolean;
  scaled: boolean;
  /** Single word "one" with nothing else: needs a unit to count. */
  loneOne: boolean;
}

type WordState = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

/** Read a spelled-out cardinal ("two hundred seventy two", "twenty-five", "a dozen"). */
function readWords(tokens: readonly NumberToken[], i: number): Figure | null {
  let j = i;
  let total = 0;
  let current = 0;
  let state: WordState = 'none';
  let consumed = 0;
  let end = i;
  const first = tokens[i]!;
  if ((first.lower === 'a' || first.lower === 'an') && tokens[i + 1]?.kind === 'word') {
    const w = tokens[i + 1]!.lower;
    if (w === 'hundred' || w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion' || w === 'dozen') {
      current = 1;
      state = 'unit';
      j = i + 1;
    } else return null;
  }
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.kind === 'symbol' && t.text === '-' && !t.spaced && state === 'tens') {
      const nx = tokens[j + 1];
      if (nx && !nx.spaced && nx.kind === 'word' && (SMALL_NUMBERS.get(nx.lower) ?? 10) < 10) {
        j++;
        continue;
      }
      break;
    }
    if (t.kind !== 'word') break;
    const w = t.lower;
    if (w === 'and' && (state === 'hundred' || state === 'scale')) {
      const nx = tokens[j + 1];
      if (nx && nx.kind === 'word' && (SMALL_NUMBERS.has(nx.lower) || TENS.has(nx.lower))) {
        j++;
        continue;
      }
      break;
    }
    const small = SMALL_NUMBERS.get(w);
    const tens = TENS.get(w);
    if (small !== undefined) {
      if (small < 10 ? !(state === 'none' || state === 'tens' || state === 'hundred' || state === 'scale') : !(state === 'none' || state === 'hundred' || state === 'scale')) break;
      current += small;
      state = small < 10 ? 'unit' : 'teen';
    } else if (tens !== undefined) {
      if (!(state === 'none' || state === 'hundred' || state === 'scale')) break;
      current += tens;
      state = 'tens';
    } else if (w === 'hundred') {
      if (!(state === 'unit' || state === 'teen' || state === 'tens')) break;
      current *= 100;
      state = 'hundred';
    } else if (w === 'dozen') {
      if (!(state === 'unit' || state === 'teen' || state === 'tens')) break;
      current *= 12;
      state = 'scale';
    } else if (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') {
      if (state === 'none' || state === 'scale') break;
      total += current * (SCALES.get(w) ?? 1);
      current = 0;
      state = 'scale';
    } else break;
    consumed++;
    j++;
    end = j;
  }
  if (consumed === 0) return null;
  const value = total + current;
  const loneOne = consumed === 1 && first.lower === 'one';
  return { first: i, next: end, value, step: 1, spelled: true, scaled: false, loneOne };
}

/** Read a digit figure with glued or following scales ("2.5k", "1.2 million", "$3bn"). */
function readDigits(tokens: readonly NumberToken[], i: number, currency: boolean): Figure | 'skip' | null {
  const t = tokens[i]!;
  const raw = t.text;
  let dots = 0;
  for (const ch of raw) if (ch === '.') dots++;
  if (dots > 1) return 'skip';
  const parts = raw.split('.');
  const intPart = parts[0]!;
  const decimals = parts[1]?.length ?? 0;
  if (intPart.includes(',')) {
    const groups = intPart.split(',');
    // "1,2" or "12,34" are lists or decimal commas, not thousands separators
    if (groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3)) return 'skip';
    if (decimals > 0 && decimals !== 1 && decimals !== 2) return 'skip';
  }
  let value = Number(raw.replace(/,/g, ''));
  if (!Number.isFinite(value)) return 'skip';
  let step = decimals > 0 ? 10 ** -decimals : 1;
  let scaled = false;
  let j = i + 1;
  const glued = tokens[j];
  if (glued && !glued.spaced && glued.kind === 'word') {
    const g = glued.lower;
    const scale = GLUED_SCALES.get(g);
    // "2.3m" is millions in news copy; a whole "100m" stays metres unless money
    if (scale !== undefined && (g.length > 1 || g === 'k' || currency || (g === 'm' && decimals > 0))) {
      value *= scale;
      step *= scale;
      scaled = true;
      j++;
    } else if (!UNITS.has(g)) {
      // ordinals ("17th"), decades ("1980s") and identifiers ("A4", "17L02")
      return 'skip';
    }
  }
  while (j < tokens.length && tokens[j]!.kind === 'word' && tokens[j]!.spaced) {
    const scale = SCALES.get(tokens[j]!.lower);
    if (scale === undefined) break;
    value *= scale;
    step *= scale;
    scaled = true;
    j++;
  }
  return { first: i, next: j, value, step, spelled: false, scaled, loneOne: false };
}

function matchHedge(tokens: readonly NumberToken[], before: number): { hedge: string; first: number } | null {
  // `before` is the index of the first token of the figure (or its currency sign)
  for (let len = MAX_HEDGE; len >= 1; len--) {
    const first = before - len;
    if (first < 0) continue;
    let ok = true;
    const words: string[] = [];
    for (let k = first; k < before; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || (k > first && !t.spaced)) {
        ok = false;
        break;
      }
      words.push(t.lower);
    }
    if (!ok || !HEDGE_FIRST_WORDS.has(words[0]!)) continue;
    if (!tokens[before]!.spaced) continue;
    if (HEDGES.some((h) => h.length === len && h.every((w, k) => w === words[k]))) return { hedge: words.join(' '), first };
  }
  return null;
}

function prevWord(tokens: readonly NumberToken[], i: number): NumberToken | undefined {
  let k = i - 1;
  // skip an abbreviation dot ("Dec. 17", "No. 5")
  if (k >= 0 && tokens[k]!.text === '.') k--;
  const t = tokens[k];
  return t && t.kind === 'word' ? t : undefined;
}

function isUnspacedSymbol(t: NumberToken | undefined, chars: string): boolean {
  return !!t && t.kind === 'symbol' && !t.spaced && chars.includes(t.text);
}

/** True for clock times written after the figure: "10 a.m.", "1400 GMT", "6 pm". */
function isClockAfter(tokens: readonly NumberToken[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return false;
  if (TIME_WORDS.has(t.lower)) return true;
  // "a.m." / "p.m."
  return (t.lower === 'a' || t.lower === 'p') && tokens[j + 1]?.text === '.' && tokens[j + 2]?.lower === 'm';
}

/** Dashes that join the two sides of a score ("3-1", "7–2", "5—4"). */
const TALLY_DASHES = new Set(['-', '\u2013', '\u2014']);

function isSmallInteger(t: NumberToken | undefined): boolean {
  return !!t && t.kind === 'digits' && t.text.length <= 3 && !t.text.includes('.') && !t.text.includes(',');
}

/**
 * A score or tally starting at token `i`: two small whole numbers joined by a dash ("3-1", "7–2")
 * with a tally noun after or a tally verb shortly before, or "23 votes to 14". A range ("10-15
 * people") has neither and is left alone. Returns the token indices of both sides.
 */
function readTally(tokens: readonly NumberToken[], i: number): { sides: [number, number]; next: number } | null {
  const first = tokens[i]!;
  if (!isSmallInteger(first)) return null;
  const dash = tokens[i + 1];
  const second = tokens[i + 2];
  if (dash && !dash.spaced && TALLY_DASHES.has(dash.text) && second && !second.spaced && isSmallInteger(second)) {
    // "3-1-2" and "2016-04-18" are not scores
    const more = tokens[i + 3];
    if (more && !more.spaced && (TALLY_DASHES.has(more.text) || more.kind === 'digits' || more.kind === 'word')) return null;
    // "a 3-2 win", "a 3-1 home win": a tally noun within two words after
    let cue = false;
    for (let k = i + 3; k < i + 5 && tokens[k]?.kind === 'word' && tokens[k]!.spaced; k++) if (TALLY_NOUNS.has(tokens[k]!.lower)) cue = true;
    // "voted 5-4", "beat the visitors 3-1": a tally word within four words before
    for (let k = i - 1, words = 0; !cue && k >= 0 && words < 4; k--) {
      const t = tokens[k]!;
      if (t.kind !== 'word') {
        if (t.text === '.' || t.text === ';' || t.text === ':' || t.text === ',') break;
        continue;
      }
      words++;
      if (TALLY_CUES.has(t.lower)) cue = true;
    }
    return cue ? { sides: [i, i + 2], next: i + 3 } : null;
  }
  // "23 votes to 14"
  const votes = tokens[i + 1];
  const to = tokens[i + 2];
  const other = tokens[i + 3];
  if (votes?.kind === 'word' && (votes.lower === 'votes' || votes.lower === 'vote') && to?.lower === 'to' && isSmallInteger(other) && other!.spaced) {
    const next = tokens[i + 4];
    if (next && !next.spaced && (next.kind === 'digits' || next.kind === 'word')) return null;
    return { sides: [i, i + 3], next: i + 4 };
  }
  return null;
}

/**
 * False only when `text[from, to)` can hold no quantity: every figure `readQuantities` reads starts
 * at a digit or a number word ("a dozen" too), so a range with neither is skipped without building
 * its tokens (most sentences of an article hold no figure). Letters outside ASCII make it answer
 * true, so it never has to know how they lower-case.
 */
export function mayHoldQuantity(text: string, from = 0, to = text.length): boolean {
  const end = Math.min(text.length, to);
  let word = -1; // start of the current run of ASCII letters, or -1
  for (let i = Math.max(0, from); i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    if (c >= 48 && c <= 57) return true;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (letter) {
      if (word < 0) word = i;
      continue;
    }
    if (c >= 128 && isLetterCode(c)) return true;
    if (word >= 0 && i - word >= 3 && i - word <= MAX_NUMBER_WORD && isNumberWord(text.slice(word, i).toLowerCase())) return true;
    word = -1;
  }
  return false;
}

/**
 * Read every quantity in `text[from, to)`.
 * @example readQuantities('killing at least 31 people')[0] // {value: 31, unit: 'people', hedge: 'at least', …}
 */
export function readQuantities(text: string, from = 0, to = text.length): Quantity[] {
  if (!mayHoldQuantity(text, from, to)) return [];
  const tokens = scanNumberTokens(text, from, to);
  const out: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const startsWords = t.kind === 'word' && (isNumberWord(t.lower) || t.lower === 'a' || t.lower === 'an') && t.lower !== 'hundred' && t.lower !== 'thousand' && t.lower !== 'million' && t.lower !== 'billion' && t.lower !== 'trillion' && t.lower !== 'dozen';
    if (t.kind !== 'digits' && !startsWords) {
      i++;
      continue;
    }
    // a figure glued to letters before it is an identifier ("L2N17", "COVID-19", "F-16")
    const before = tokens[i - 1];
    if (t.kind === 'digits' && before && !before.spaced && t.spaced === false) {
      if (before.kind === 'word' || before.kind === 'digits') {
        i++;
        continue;
      }
      if (before.text === '-' || before.text === '/' || before.text === ':' || before.text === '.' || before.text === '#') {
        const b2 = tokens[i - 2];
        if (before.text !== '-' || (b2 && !before.spaced && (b2.kind === 'word' || b2.kind === 'digits'))) {
          i++;
          continue;
        }
      }
    }
    // currency sign right before ("$1.2", "US$5")
    let currency: string | null = null;
    let exprStart = i;
    if (t.kind === 'digits' && before && before.kind === 'symbol' && CURRENCY_SIGNS.has(before.text)) {
      currency = CURRENCY_SIGNS.get(before.text)!;
      exprStart = i - 1;
      const b2 = tokens[i - 2];
      if (b2 && b2.kind === 'word' && !before.spaced && b2.text.length <= 2 && b2.text === b2.text.toUpperCase()) exprStart = i - 2;
    } else if (t.kind === 'digits' && before && before.kind === 'word' && before.text.length === 3 && before.text === before.text.toUpperCase() && CURRENCY_WORDS.has(before.lower)) {
      currency = CURRENCY_WORDS.get(before.lower)!;
      exprStart = i - 1;
    }
    const fig = t.kind === 'digits' ? readDigits(tokens, i, currency !== null) : readWords(tokens, i);
    if (fig === null) {
      i++;
      continue;
    }
    if (fig === 'skip') {
      i++;
      continue;
    }
    let j = fig.next;
    const after = tokens[j];
    // scores and vote tallies: each side is a figure of its own ("a 7–2 vote", "23 votes to 14")
    const tally = fig.spelled || fig.scaled || currency !== null ? null : readTally(tokens, i);
    if (tally) {
      for (const side of tally.sides) {
        const tok = tokens[side]!;
        out.push({ start: tok.start, end: tok.end, figureStart: tok.start, value: Number(tok.text), step: 1, unit: TALLY_UNIT, hedge: null, spelled: false });
      }
      i = tally.next;
      continue;
    }
    // clock times, ranges, ISO dates: "6:58", "10-15", "2016-04-18", "24/7"
    if (!fig.spelled && after && !after.spaced && (after.text === ':' || after.text === '/' || after.text === '-') && tokens[j + 1]?.kind === 'digits' && !tokens[j + 1]!.spaced) {
      j += 2;
      while (tokens[j] && !tokens[j]!.spaced && (tokens[j]!.text === ':' || tokens[j]!.text === '/' || tokens[j]!.text === '-') && tokens[j + 1]?.kind === 'digits') j += 2;
      i = j;
      continue;
    }
    // URL and path pieces: "3244448/story-title"
    if (isUnspacedSymbol(after, '/_=&?') || isUnspacedSymbol(before, '/_=&?')) {
      i = j;
      continue;
    }
    if (isClockAfter(tokens, j)) {
      i = j;
      continue;
    }
    // days of a date: "April 17", "Dec. 17", "17 April", "9 of March"
    const pw = prevWord(tokens, exprStart);
    const nextWord = after && after.kind === 'word' ? after.lower : '';
    if (!fig.scaled && currency === null && (MONTHS.has(pw?.lower ?? '') || MONTHS.has(nextWord) || (nextWord === 'of' && MONTHS.has(tokens[j + 1]?.lower ?? '')))) {
      if (!(pw && MONTHS.has(pw.lower) && pw.lower === 'may' && isCapitalized(pw) === false)) {
        i = j;
        continue;
      }
    }
    // labels: "No. 5", "Section 3", "#4"
    if (!fig.spelled && currency === null && pw && LABEL_CUES.has(pw.lower) && prevWord(tokens, exprStart) === tokens[exprStart - 1]) {
      i = j;
      continue;
    }
    if (!fig.spelled && currency === null && pw && LABEL_CUES.has(pw.lower) && pw.lower === 'no' && tokens[exprStart - 1]?.text === '.') {
      i = j;
      continue;
    }
    if (before && before.kind === 'symbol' && before.text === '#') {
      i = j;
      continue;
    }

    // what the figure measures
    let unit: string | null = currency;
    let end = tokens[fig.next - 1]!.end;
    let k = j;
    if (tokens[k] && tokens[k]!.text === '%') {
      unit = 'percent';
      end = tokens[k]!.end;
      k++;
    } else if (tokens[k]?.kind === 'word') {
      const w1 = tokens[k]!.lower;
      const w2 = tokens[k + 1]?.kind === 'word' ? tokens[k + 1]!.lower : '';
      const two = UNITS.get(`${w1} ${w2}`);
      if (w1 === 'per' && w2 === 'cent') {
        unit = 'percent';
        end = tokens[k + 1]!.end;
        k += 2;
      } else if (two) {
        unit = two.unit;
        end = tokens[k + 1]!.end;
        k += 2;
      } else if (CURRENCY_WORDS.has(w1) && unit === null) {
        unit = CURRENCY_WORDS.get(w1)!;
        end = tokens[k]!.end;
        k++;
      } else if (UNITS.has(w1)) {
        unit = UNITS.get(w1)!.unit;
        end = tokens[k]!.end;
        k++;
      }
    } else if (isUnspacedSymbol(tokens[k], '-') && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.spaced) {
      // "7.8-magnitude", "18-year-old", "five-day"
      const w = tokens[k + 1]!.lower;
      const info = UNITS.get(w);
      if (info) {
        unit = info.unit;
        end = tokens[k + 1]!.end;
        k += 2;
      } else if (unit === null && !isNumberWord(w) && isCountNoun(tokens[k + 1])) {
        unit = w;
      }
    }
    // a unit written before the figure: "magnitude 7.8", "aged 18"
    if (unit === null && pw && tokens[exprStart - 1] === pw) {
      if (pw.lower === 'magnitude') unit = 'magnitude';
      else if (pw.lower === 'aged') unit = 'years';
    }
    if (unit === null) {
      // "9,000 of its drones": the noun after "of" + a possessive is what is counted
      if (tokens[k]?.lower === 'of' && tokens[k + 1] && POSSESSIVES.has(tokens[k + 1]!.lower)) k += 2;
      const w1 = tokens[k];
      const w2 = tokens[k + 1];
      const head = headNoun(tokens, k);
      if (head) {
        unit = head;
      } else if (w1 && w1.spaced && isCountNoun(w1)) {
        // skip one modifier before a plural noun: "1,500 US troops", "three small children"
        if (w2 && w2.spaced && isCountNoun(w2) && (IRREGULAR_COUNT_NOUNS.has(w2.lower) || (w2.lower.endsWith('s') && !w1.lower.endsWith('s')))) unit = w2.lower;
        else unit = w1.lower;
      } else if (w1 && w1.spaced && w1.kind === 'word' && !isStopword(w1.lower) && (w1.lower.endsWith('ed') || w1.lower.endsWith('ing')) && w2 && w2.spaced && isCountNoun(w2) && (IRREGULAR_COUNT_NOUNS.has(w2.lower) || w2.lower.endsWith('s'))) {
        // "three masked men", "two missing children"
        unit = w2.lower;
      } else if (w1 && w1.spaced && w1.kind === 'word' && isCapitalized(w1) && (!isStopword(w1.lower) || w1.text === w1.text.toUpperCase()) && w2 && w2.spaced && w2.kind === 'word' && (IRREGULAR_COUNT_NOUNS.has(w2.lower) || isCountNoun(w2))) {
        // "1,500 US troops"
        unit = w2.lower;
      }

      const info = unit ? UNITS.get(unit) : undefined;
      if (info) unit = info.unit;
    }
    // an age after a name: "Maria, 34, said" / "Maria, 34."
    if (unit === null && Number.isInteger(fig.value) && fig.value > 0 && fig.value < 120 && !fig.scaled) {
      const comma = tokens[exprStart - 1];
      const name = tokens[exprStart - 2];
      const closer = tokens[j];
      if (comma?.text === ',' && name?.kind === 'word' && isCapitalized(name) && (!closer || closer.text === ',' || closer.text === '.' || closer.text === ')' || closer.text === ';')) unit = 'years';
    }
    // bare four-digit figures are years unless they plainly count something ("1850 people")
    if (!fig.spelled && !fig.scaled && currency === null && Number.isInteger(fig.value) && fig.value >= 1000 && fig.value < 2200 && !t.text.includes(',')) {
      const countsSomething = unit !== null && unit !== 'years' && !(pw && (YEAR_CUES.has(pw.lower) || MONTHS.has(pw.lower)));
      if (!countsSomething) {
        i = j;
        continue;
      }
    }
    // a lone "one" is usually a pronoun ("one of the", "no one"): only count it before a noun
    if (fig.loneOne && (unit === null || (pw && ONE_BLOCKERS_BEFORE.has(pw.lower)))) {
      i = j;
      continue;
    }
    // "a" alone is never a number; readWords only accepts it before a scale word
    const hedge = matchHedge(tokens, exprStart);
    const startTok = hedge ? hedge.first : exprStart;
    out.push({
      start: tokens[startTok]!.start,
      end,
      figureStart: tokens[exprStart]!.start,
      value: fig.value,
      step: fig.step,
      unit,
      hedge: hedge ? hedge.hedge : null,
      spelled: fig.spelled,
    });
    i = Math.max(j, i + 1);
  }
  return out;
}
