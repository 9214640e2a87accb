/**
 * What a figure or a date is about: the content words around it in its clause, weighted by
 * distance, folded to concepts ("killing" / "dead" / "toll" → death). The number and date rules
 * align claims across articles by these anchors, and settle disagreements by majority.
 */
import { isStopword, stem, tokenizeRange } from '../align/tokens.js';
import type { NormalizedArticle } from '../normalize/types.js';
import type { Span } from '../schema/span.js';
import { ANCHOR_CONCEPTS, HEDGES, MONTHS, SCALES, SMALL_NUMBERS, TENS } from './data/numbers-vocabulary.js';

/** Concept → weight (1 for the nearest content word, falling with distance). */
export type Anchors = Map<string, number>;

/** How far to look and what to leave out. */
export interface AnchorOptions {
  /** Content words to take before the span. Default 6. */
  before?: number;
  /** Content words to take after the span. Default 4. */
  after?: number;
  /** Weight factor for words after the span. Default 0.7. */
  afterWeight?: number;
  /** Lower-case words that end the window (clause connectives). */
  stopWords?: ReadonlySet<string>;
  /** Lower-case words never taken as anchors. */
  ignore?: ReadonlySet<string>;
  /** Stem → concept folding beyond the built-in one. */
  concepts?: ReadonlyMap<string, string>;
}

const HEDGE_WORDS = new Set(HEDGES.flat());
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Characters between two words that close a clause for anchoring purposes. */
const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '[', ']', '"', '\u201C', '\u201D', '\u2014', '.', '!', '?', '|']);

function isFigureWord(w: string): boolean {
  return SMALL_NUMBERS.has(w) || TENS.has(w) || SCALES.has(w) || w === 'dozen' || /^[0-9][0-9.,]*$/.test(w);
}

/** The concept a lower-case word stands for. */
export function conceptOf(word: string, extra?: ReadonlyMap<string, string>): string {
  const s = stem(word);
  return extra?.get(s) ?? ANCHOR_CONCEPTS.get(s) ?? s;
}

/** Commas between two words, or -1 when a clause closes between them. */
function gapCommas(text: string, from: number, to: number): number {
  let commas = 0;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (CLAUSE_BREAKS.has(c)) return -1;
    if (c === ',') commas++;
    // a paragraph break inside a sentence span means the segmenter joined two blocks
    if (c === '\n' && i + 1 < to && text[i + 1] === '\n') return -1;
  }
  return commas;
}

/** How far, in UTF-16 code units, `contextAnchors` reads on each side of a span. */
export const ANCHOR_WINDOW = 1000;

/**
 * The spans of `sorted` (sorted by start, not nested) that may overlap `from`–`to`. Binary search,
 * so a sentence with thousands of figures does not make every figure scan all the others.
 */
export function spansNear(sorted: readonly Span[], from: number, to: number): Span[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  // one before may still reach into the range
  const first = Math.max(0, lo - 1);
  const out: Span[] = [];
  for (let i = first; i < sorted.length && sorted[i]!.start < to; i++) {
    if (sorted[i]!.end > from) out.push(sorted[i]!);
  }
  return out;
}

/** A token of `windowTokens`: the lower-case word and its offsets in the text. */
interface WindowToken {
  lower: string;
  start: number;
  end: number;
}

// The last window read: the figures of one sentence come one after another, and in a sentence
// shorter than the window on both sides every one of them reads the same window.
let lastWindow: { text: string; from: number; to: number; sentenceStart: number; sentenceEnd: number; tokens: readonly WindowToken[] } | null = null;

// Whole sentences read, per article and sentence start: the number and the date rules read the
// same sentences. Only whole sentences are kept, so an article holds at most its own text in tokens.
const sentenceTokens = new WeakMap<object, Map<number, { end: number; tokens: readonly WindowToken[] }>>();

/** Words of `text` between `from` and `to`, offsets into `text`, without a word cut by the window edge. */
function windowTokens(doc: object, text: string, from: number, to: number, sentence: Span): readonly WindowToken[] {
  const whole = from === sentence.start && to === sentence.end;
  let bySentence: Map<number, { end: number; tokens: readonly WindowToken[] }> | undefined;
  if (whole) {
    bySentence = sentenceTokens.get(doc);
    if (!bySentence) sentenceTokens.set(doc, (bySentence = new Map()));
    const hit = bySentence.get(from);
    if (hit && hit.end === to) return hit.tokens;
  }
  const l = lastWindow;
  if (l && l.text === text && l.from === from && l.to === to && l.sentenceStart === sentence.start && l.sentenceEnd === sentence.end) return l.tokens;
  const all = tokenizeRange(text, from, to);
  // a word cut by the window edge is not a word
  const tokens = whole ? all : all.filter((t) => (t.start > from || from === sentence.start) && (t.end < to || to === sentence.end));
  lastWindow = { text, from, to, sentenceStart: sentence.start, sentenceEnd: sentence.end, tokens };
  bySentence?.set(from, { end: to, tokens });
  return tokens;
}

// Whether a lower-case word may anchor, before the caller's `ignore` list: the same words come
// up for every figure of a story, and the tests behind the answer are several set and regex reads.
const anchorWordCache = new Map<string, boolean>();

function anchorWord(w: string): boolean {
  let ok = anchorWordCache.get(w);
  if (ok === undefined) {
    ok = w.length > 1 && !isStopword(w) && !isFigureWord(w) && !HEDGE_WORDS.has(w) && !WEEKDAYS.has(w) && !MONTHS.has(w);
    if (anchorWordCache.size > 100_000) anchorWordCache.clear();
    anchorWordCache.set(w, ok);
  }
  return ok;
}

function usable(word: string, ignore: ReadonlySet<string> | undefined): boolean {
  const w = word.endsWith("'s") ? word.slice(0, -2) : word;
  return anchorWord(w) && !(ignore?.has(w) ?? false);
}

function putAnchor(out: Anchors, w: string, weight: number, concepts: ReadonlyMap<string, string> | undefined): void {
  const c = conceptOf(w, concepts);
  if ((out.get(c) ?? 0) < weight) out.set(c, weight);
}

function addAnchor(out: Anchors, w: string, weight: number, options: AnchorOptions): void {
  putAnchor(out, w, weight, options.concepts);
  // a compound names each of its parts: "US-China talks" are about China too
  if (w.includes('-')) for (const part of w.split('-')) if (usable(part, options.ignore)) putAnchor(out, part, weight, options.concepts);
}

/** True when a blocker other than `span` itself overlaps `s`–`e`. */
function blockedBy(blockers: readonly Span[], span: Span, s: number, e: number): boolean {
  for (const b of blockers) if (s < b.end && b.start < e && !(b.start === span.start && b.end === span.end)) return true;
  return false;
}

/**
 * Anchors of `span` inside `sentence`: up to `before` content words before it and `after` after
 * it, stopping at clause punctuation, at a stop word and at any `blockers` span (another figure's
 * territory). Commas count as one extra step of distance.
 */
export function contextAnchors(
  doc: Pick<NormalizedArticle, 'text'>,
  sentence: Span,
  span: Span,
  blockers: readonly Span[] = [],
  options: AnchorOptions = {},
): Anchors {
  const text = doc.text;
  const maxBefore = options.before ?? 6;
  const maxAfter = options.after ?? 4;
  const afterWeight = options.afterWeight ?? 0.7;
  const stopWords = options.stopWords;
  const out: Anchors = new Map();
  // Only a window around the span is read: tokenizing the whole sentence for every figure is
  // quadratic when one "sentence" is a megabyte of figures. Anchors lie a few words away, far inside it.
  const from = Math.max(sentence.start, span.start - ANCHOR_WINDOW);
  const to = Math.min(sentence.end, span.end + ANCHOR_WINDOW);
  const tokens = windowTokens(doc, text, from, to, sentence);
  const near = blockers.length === 0 ? blockers : blockers.filter((b) => b.start < to && from < b.end);
  // before: walk left
  let distance = 0;
  let taken = 0;
  let edge = span.start;
  for (let k = tokens.length - 1; k >= 0 && taken < maxBefore; k--) {
    const t = tokens[k]!;
    if (t.end > span.start) continue;
    const commas = gapCommas(text, t.end, edge);
    if (commas < 0 || blockedBy(near, span, t.start, t.end) || (stopWords?.has(t.lower) ?? false)) break;
    distance += commas;
    edge = t.start;
    if (!usable(t.lower, options.ignore)) continue;
    addAnchor(out, t.lower, 1 / (1 + distance), options);
    distance++;
    taken++;
  }
  distance = 0;
  taken = 0;
  edge = span.end;
  for (const t of tokens) {
    if (taken >= maxAfter) break;
    if (t.start < span.end) continue;
    const commas = gapCommas(text, edge, t.start);
    if (commas < 0 || blockedBy(near, span, t.start, t.end) || (stopWords?.has(t.lower) ?? false)) break;
    distance += commas;
    edge = t.end;
    if (!usable(t.lower, options.ignore)) continue;
    addAnchor(out, t.lower, afterWeight / (1 + distance), options);
    distance++;
    taken++;
  }
  return out;
}

/** What two anchor sets share: see `anchorOverlap`. */
export interface AnchorOverlap {
  score: number;
  shared: number;
  strongest: number;
  closest: number;
}

/** An anchor set as two arrays in the set's order, for sets read many times over. */
export interface AnchorList {
  concepts: readonly string[];
  weights: readonly number[];
}

/** `anchors` as an `AnchorList`. */
export function anchorList(anchors: Anchors): AnchorList {
  return { concepts: [...anchors.keys()], weights: [...anchors.values()] };
}

/**
 * Shared concepts of two anchor sets, written into `out` (returned): the sum of the smaller
 * weights, how many there are, the largest weight on either side (`strongest`) and the largest
 * weight on both sides (`closest`). The rules measure every candidate pair of figures and dates:
 * a fresh record per pair, and an entry per concept from iterating a map, were among the largest
 * allocations of a run.
 */
export function anchorOverlapInto(out: AnchorOverlap, a: AnchorList, b: Anchors, skip?: ReadonlySet<string>): AnchorOverlap {
  let score = 0;
  let shared = 0;
  let strongest = 0;
  let closest = 0;
  const { concepts, weights } = a;
  for (let k = 0; k < concepts.length; k++) {
    const c = concepts[k]!;
    if (skip?.has(c)) continue;
    const wb = b.get(c);
    if (wb === undefined) continue;
    const wa = weights[k]!;
    const m = Math.min(wa, wb);
    score += m;
    shared++;
    strongest = Math.max(strongest, Math.max(wa, wb));
    closest = Math.max(closest, m);
  }
  out.score = score;
  out.shared = shared;
  out.strongest = strongest;
  out.closest = closest;
  return out;
}

/** The paragraph index holding an offset, or -1. */
export function paragraphAt(doc: NormalizedArticle, offset: number): number {
  // Binary search (paragraphs are in text order and do not overlap): called once per figure and
  // date, a linear scan is quadratic on an article of thousands of one-line paragraphs.
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const p = ps[lo];
  return p && p.start <= offset && offset < p.end ? lo : -1;
}

/** Whether the first body paragraph reads as a headline, per article: computed once, not per figure. */
const firstBodyHeadline = new WeakMap<NormalizedArticle, { index: number; headline: boolean }>();

/**
 * True when the offset sits in a headline: the paragraph is flagged as one by normalize, or (when
 * normalize said nothing) it is the first body block, short and without final punctuation.
 */
export function isHeadlineAt(doc: NormalizedArticle, offset: number): boolean {
  const idx = paragraphAt(doc, offset);
  if (idx < 0) return false;
  const p = doc.paragraphs[idx]!;
  if (p.headline !== undefined) return p.headline;
  let first = firstBodyHeadline.get(doc);
  if (!first) {
    const index = doc.paragraphs.findIndex((q) => q.kind === 'body');
    const q = doc.paragraphs[index];
    const t = q ? doc.text.slice(q.start, q.end).trim() : '';
    const last = t[t.length - 1] ?? '.';
    first = { index, headline: q !== undefined && t.split(/\s+/).length <= 20 && !'.!?"\u201D'.includes(last) };
    firstBodyHeadline.set(doc, first);
  }
  return idx === first.index && first.headline;
}

/** The text of a span with white space trimmed off both ends, as a span. */
export function trimSpan(text: string, span: Span): Span {
  let s = span.start;
  let e = span.end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Minimal union–find over indices, for grouping linked claims. */
export class Groups {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  /** Root of `i`'s group. */
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  /** Join the groups of `a` and `b`. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  /** Members of every group with more than one member, in index order. */
  clusters(): number[][] {
    const by = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      const list = by.get(r);
      if (list) list.push(i);
      else by.set(r, [i]);
    }
    return [...by.values()].filter((g) => g.length > 1);
  }
}

/** A scored link between two items. */
export interface Link {
  a: number;
  b: number;
  score: number;
}

/**
 * Group items by their links, strongest first, refusing any join that would put two items that
 * `conflict` into one group. An article states a quantity (or dates an event) once: two different
 * figures from the same article in one group mean the chain has wandered onto another quantity.
 */
export function groupLinks(n: number, links: readonly Link[], conflict: (i: number, j: number) => boolean): number[][] {
  const groups = new Groups(n);
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) members.set(i, [i]);
  const sorted = [...links].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const l of sorted) {
    const ra = groups.find(l.a);
    const rb = groups.find(l.b);
    if (ra === rb) continue;
    const ma = members.get(ra)!;
    const mb = members.get(rb)!;
    if (ma.some((i) => mb.some((j) => conflict(i, j)))) continue;
    groups.union(ra, rb);
    const root = groups.find(ra);
    members.delete(ra);
    members.delete(rb);
    members.set(root, [...ma, ...mb].sort((x, y) => x - y));
  }
  return [...members.values()].filter((g) => g.length > 1).sort((x, y) => x[0]! - y[0]!);
}

/**
 * What keeps two items out of one group in `groupByValue`: items of two different kinds (units),
 * or two items of one slot (an article's body or headline) whose value ranges do not overlap.
 */
export interface ValueConflicts {
  /** The item's kind; items without one join any kind. */
  kind(i: number): string | null;
  /** Items of one slot must agree with each other. */
  slot(i: number): string;
  low(i: number): number;
  high(i: number): number;
  /** A converted item's range widens by `slack` either way when compared. */
  converted(i: number): boolean;
  slack: number;
}

/** The ranges a slot of a group holds: largest low and smallest high, of plain and of converted items. */
interface SlotRange {
  plainLow: number;
  plainHigh: number;
  convLow: number;
  convHigh: number;
  /** A value that is not a number agrees with nothing. */
  nan: boolean;
}

interface ValueGroup {
  kind: string | null;
  members: number[];
  slots: Map<string, SlotRange>;
}

/**
 * `groupLinks` for conflicts of kind and value range, with the same result as
 * `groupLinks(n, links, (i, j) => kind clash || same slot && !agree(i, j))`, where `agree(x, y)`
 * is `x.low·(1−s) ≤ y.high && y.low ≤ x.high·(1+s)` (s = `slack` when either is converted). Each
 * group keeps its one kind and, per slot, the extremes of its ranges, so a join is checked by
 * reading the smaller group's members against the larger's extremes, not member × member: a
 * chain of thousands of figures made that quadratic.
 */
export function groupByValue(n: number, links: readonly Link[], c: ValueConflicts): number[][] {
  const kinds = Array.from({ length: n }, (_, i) => c.kind(i));
  const slots = Array.from({ length: n }, (_, i) => c.slot(i));
  const lows = Float64Array.from({ length: n }, (_, i) => c.low(i));
  const highs = Float64Array.from({ length: n }, (_, i) => c.high(i));
  const conv = Array.from({ length: n }, (_, i) => c.converted(i));
  const s = c.slack;
  const add = (g: ValueGroup, i: number): void => {
    let r = g.slots.get(slots[i]!);
    if (!r) g.slots.set(slots[i]!, (r = { plainLow: -Infinity, plainHigh: Infinity, convLow: -Infinity, convHigh: Infinity, nan: false }));
    if (Number.isNaN(lows[i]!) || Number.isNaN(highs[i]!)) r.nan = true;
    else if (conv[i]) {
      r.convLow = Math.max(r.convLow, lows[i]!);
      r.convHigh = Math.min(r.convHigh, highs[i]!);
    } else {
      r.plainLow = Math.max(r.plainLow, lows[i]!);
      r.plainHigh = Math.min(r.plainHigh, highs[i]!);
    }
  };
  // x of the first group against every item of the second's slot range `r`: !agree(x, y) for some y
  const clashAsFirst = (x: number, r: SlotRange): boolean => {
    const lo = lows[x]!;
    const hi = highs[x]!;
    if (r.nan || Number.isNaN(lo) || Number.isNaN(hi)) return true;
    if (conv[x]) return lo * (1 - s) > Math.min(r.plainHigh, r.convHigh) || Math.max(r.plainLow, r.convLow) > hi * (1 + s);
    return lo * (1 - s) > r.convHigh || r.convLow > hi * (1 + s) || lo * 1 > r.plainHigh || r.plainLow > hi * 1;
  };
  // y of the second group against every item x of the first's slot range `r`: !agree(x, y) for some x
  const clashAsSecond = (y: number, r: SlotRange): boolean => {
    const lo = lows[y]!;
    const hi = highs[y]!;
    if (r.nan || Number.isNaN(lo) || Number.isNaN(hi)) return true;
    if (conv[y]) return Math.max(r.plainLow, r.convLow) * (1 - s) > hi || lo > Math.min(r.plainHigh, r.convHigh) * (1 + s);
    return r.convLow * (1 - s) > hi || lo > r.convHigh * (1 + s) || r.plainLow * 1 > hi || lo > r.plainHigh * 1;
  };
  const groups = new Groups(n);
  const data = new Map<number, ValueGroup>();
  for (let i = 0; i < n; i++) {
    const g: ValueGroup = { kind: kinds[i]!, members: [i], slots: new Map() };
    add(g, i);
    data.set(i, g);
  }
  const sorted = [...links].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const l of sorted) {
    const ra = groups.find(l.a);
    const rb = groups.find(l.b);
    if (ra === rb) continue;
    const ga = data.get(ra)!;
    const gb = data.get(rb)!;
    if (ga.kind !== null && gb.kind !== null && ga.kind !== gb.kind) continue;
    // read the smaller group's members against the larger group's ranges
    const aSmaller = ga.members.length <= gb.members.length;
    const clash = aSmaller
      ? ga.members.some((x) => {
          const r = gb.slots.get(slots[x]!);
          return r !== undefined && clashAsFirst(x, r);
        })
      : gb.members.some((y) => {
          const r = ga.slots.get(slots[y]!);
          return r !== undefined && clashAsSecond(y, r);
        });
    if (clash) continue;
    const [big, small] = aSmaller ? [gb, ga] : [ga, gb];
    for (const i of small.members) {
      big.members.push(i);
      add(big, i);
    }
    big.kind ??= small.kind;
    groups.union(ra, rb);
    data.delete(ra);
    data.delete(rb);
    data.set(groups.find(ra), big);
  }
  const out: number[][] = [];
  for (const g of data.values()) if (g.members.length > 1) out.push(g.members.sort((x, y) => x - y));
  return out.sort((x, y) => x[0]! - y[0]!);
}

/**
 * Blocking lists for comparing items across a story: for each key, the items holding it, sorted
 * by `order` (article-id rank, then claim order), so that a capped read of a list does not depend
 * on the order the articles came in.
 */
export class BlockingIndex {
  readonly lists = new Map<string, number[]>();
  constructor(private readonly order: Float64Array) {}
  add(key: string, item: number): void {
    const list = this.lists.get(key);
    if (list) list.push(item);
    else this.lists.set(key, [item]);
  }
  /** Sort every list; call once after the last `add`. */
  seal(): this {
    for (const list of this.lists.values()) list.sort((x, y) => this.order[x]! - this.order[y]!);
    return this;
  }
  /**
   * Items sharing a key with `item`, in index order (the order an all-pairs scan met them). When
   * a list is longer than `window` or the lists hold more than `cap` items together: rarest key
   * first, a long list read only at the `window` items around `item`, at most `cap` in all.
   */
  candidates(item: number, keys: Iterable<string>, window: number, cap: number): number[] {
    const lists: [string, readonly number[]][] = [];
    let total = 0;
    let long = false;
    for (const k of keys) {
      const list = this.lists.get(k);
      if (!list) continue;
      lists.push([k, list]);
      total += list.length;
      if (list.length > window) long = true;
    }
    const seen = new Set<number>([item]);
    const out: number[] = [];
    if (!long && total <= cap) {
      for (const [, list] of lists) for (const j of list) if (!seen.has(j)) seen.add(j), out.push(j);
      return out.sort((x, y) => x - y);
    }
    lists.sort((x, y) => x[1].length - y[1].length || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    fill: for (const [, list] of lists) {
      for (const j of list.length > window ? this.around(list, item, window) : list) {
        if (out.length >= cap) break fill;
        if (!seen.has(j)) seen.add(j), out.push(j);
      }
    }
    return out.sort((x, y) => x - y);
  }
  private around(list: readonly number[], item: number, window: number): readonly number[] {
    const key = this.order[item]!;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.order[list[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    const from = Math.min(Math.max(0, lo - (window >> 1)), list.length - window);
    return list.slice(from, from + window);
  }
}

/** Sort keys for `BlockingIndex`: article-id rank, then index. */
export function articleOrder(articles: readonly string[]): Float64Array {
  const ids = [...new Set(articles)].sort();
  const rank = new Map(ids.map((id, k) => [id, k] as const));
  return Float64Array.from(articles, (a, i) => rank.get(a)! * articles.length + i);
}
