import { collapseInitialisms, foldText } from '../normalize/fold.js';
import { memoText, stem, tokenize } from '../align/tokens.js';

/** Marker standing for words left out ("…", "...", "[…]"). */
export const GAP = '\u0000gap';

/**
 * Words of a quotation for comparison: folded, lower case, punctuation dropped, initialisms joined,
 * an ellipsis or a [bracketed] insertion turned into a GAP marker (they are not material).
 * Memoized (every rule compares each quotation with each counterpart): the array is shared, read-only.
 */
export function quoteWords(text: string): string[] {
  return quoteWordsOf(text);
}

const quoteWordsOf = memoText((text: string): string[] => {
  const folded = foldText(collapseInitialisms(text)).text;
  const words: string[] = [];
  let i = 0;
  let last = 0;
  const pushWords = (s: string): void => {
    for (const t of tokenize(s)) words.push(t.word);
  };
  while (i < folded.length) {
    if (folded.startsWith('...', i)) {
      pushWords(folded.slice(last, i));
      if (words[words.length - 1] !== GAP) words.push(GAP);
      i += 3;
      while (folded[i] === '.') i++;
      last = i;
      continue;
    }
    if (folded[i] === '[') {
      const close = folded.indexOf(']', i);
      if (close > i && close - i < 80) {
        pushWords(folded.slice(last, i));
        if (words[words.length - 1] !== GAP) words.push(GAP);
        i = close + 1;
        last = i;
        continue;
      }
    }
    i++;
  }
  pushWords(folded.slice(last));
  return words;
});

/** Split words at GAP markers into the runs that must appear in order. */
export function segments(words: readonly string[]): string[][] {
  const out: string[][] = [[]];
  for (const w of words) {
    if (w === GAP) out.push([]);
    else out[out.length - 1]!.push(w);
  }
  return out.filter((s) => s.length > 0);
}

function indexOfRun(hay: readonly string[], run: readonly string[], from: number): number {
  outer: for (let i = from; i + run.length <= hay.length; i++) {
    for (let k = 0; k < run.length; k++) if (hay[i + k] !== run[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * True when every run of `needle` (split at gaps) appears word for word, in order, in `hay`:
 * a partial or elided quotation that is faithful to the fuller one.
 */
export function containsInOrder(needle: readonly string[], hay: readonly string[]): boolean {
  const runs = segments(needle);
  if (runs.length === 0) return false;
  let from = 0;
  for (const run of runs) {
    const at = indexOfRun(hay, run, from);
    if (at < 0) return false;
    from = at + run.length;
  }
  return true;
}

/** Length of the longest common subsequence of two word lists (gaps ignored). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const x = withoutGaps(a);
  const y = withoutGaps(b);
  if (x.length === 0 || y.length === 0) return 0;
  // Bounded: quotations are sentences; cap the table so hostile megabyte "sentences" stay cheap.
  const xs = x.length > 400 ? x.slice(0, 400) : x;
  const ys = y.length > 400 ? y.slice(0, 400) : y;
  // two rows of one scratch buffer, reused across calls: every compared pair allocated its own
  const m = ys.length + 1;
  if (lcsRows.length < 2 * m) lcsRows = new Uint16Array(4 * m);
  const rows = lcsRows;
  rows.fill(0, 0, 2 * m);
  let prev = 0;
  let cur = m;
  for (let i = 1; i <= xs.length; i++) {
    const xi = xs[i - 1];
    // cur[0] stays 0 and every later cell is written before it is read
    for (let j = 1; j < m; j++) {
      rows[cur + j] = xi === ys[j - 1] ? rows[prev + j - 1]! + 1 : Math.max(rows[prev + j]!, rows[cur + j - 1]!);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return rows[prev + ys.length]!;
}

let lcsRows = new Uint16Array(256);

// Called for every compared pair of quotations, most of which hold no gap: copy only when one does.
function withoutGaps(words: readonly string[]): readonly string[] {
  return words.includes(GAP) ? words.filter((w) => w !== GAP) : words;
}

/** Share of `a`'s words found in order in `b` (0–1). */
export function coverage(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const w of a) if (w !== GAP) n++;
  if (n === 0) return 0;
  // The same memoized word list on both sides (the same quotation printed by two copies): the
  // common subsequence is the list itself, up to the table's 400-word cap; no table needed.
  if (a === b) return Math.min(n, 400) / n;
  return lcsLength(a, b) / n;
}

/** True when two words are the same word in another form ("relations"/"relationship"). */
export function sameRoot(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = stem(a);
  const sb = stem(b);
  if (sa === sb) return true;
  const n = Math.min(sa.length, sb.length);
  return n >= 5 && (sa.startsWith(sb.slice(0, n)) || sb.startsWith(sa.slice(0, n)));
}

/**
 * The best window of `hay` for a short fragment: how many of the fragment's words have a
 * same-root word at the matching position. Finds "warm partnership" for "warm partners".
 */
export function bestFuzzyWindow(fragment: readonly string[], hay: readonly string[]): { at: number; score: number } {
  const f = fragment.filter((w) => w !== GAP);
  let best = { at: -1, score: 0 };
  if (f.length === 0) return best;
  for (let i = 0; i + f.length <= hay.length; i++) {
    let hits = 0;
    for (let k = 0; k < f.length; k++) if (sameRoot(f[k]!, hay[i + k]!)) hits++;
    const score = hits / f.length;
    if (score > best.score) best = { at: i, score };
  }
  return best;
}

/** Words whose change makes a quotation wrong in substance: negation and number words. */
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'none', 'nothing', 'neither', "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "cannot", "couldn't", "shouldn't", "wouldn't", "hasn't", "haven't", "hadn't"]);
const TENSE_PAIRS = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'has', 'had', 'have', 'can', 'could', 'shall', 'should']);

/** Why a change between two quotations is material: negation, number, tense or name. */
export function materialChange(removed: readonly string[], added: readonly string[], namesA: ReadonlySet<string>, namesB: ReadonlySet<string>): string[] {
  const reasons = new Set<string>();
  const changed = [...removed, ...added];
  if (changed.some((w) => NEGATIONS.has(w) || w.endsWith("n't"))) reasons.add('negation');
  if (changed.some((w) => /\d/.test(w))) reasons.add('number');
  if (removed.some((w) => TENSE_PAIRS.has(w)) && added.some((w) => TENSE_PAIRS.has(w))) reasons.add('tense');
  // A name swapped for another is material; a name merely left out of a fragment is not.
  const onlyA = [...namesA].filter((n) => !namesB.has(n) && added.includes(n));
  const onlyB = [...namesB].filter((n) => !namesA.has(n) && removed.includes(n));
  if (onlyA.length > 0 && onlyB.length > 0) reasons.add('named entity');
  return [...reasons];
}

/** Capitalised words of an original text that are not sentence-initial: a rough set of names. */
export function capitalisedNames(text: string): Set<string> {
  const out = new Set<string>();
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const original = text.slice(t.start, t.end);
    if (!/^\p{Lu}/u.test(original)) continue;
    const before = text.slice(Math.max(0, t.start - 3), t.start);
    if (i === 0 || /[.!?:"“‘]\s*$/.test(before)) continue;
    out.add(t.word);
  }
  return out;
}
