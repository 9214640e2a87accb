import { HEDGE_DIRECTION, TALLY_UNIT, UNITS } from '../extract/data/numbers-vocabulary.js';
import {
  ANCHOR_WINDOW,
  anchorList,
  anchorOverlapInto,
  type AnchorList,
  type AnchorOverlap,
  contextAnchors,
  groupByValue,
  isHeadlineAt,
  spansNear,
  trimSpan,
  type Anchors,
  type Link,
} from '../extract/number-context.js';
import { readQuantities } from '../extract/number-read.js';
import { memoText, stem } from '../align/tokens.js';
import type { NormalizedArticle } from '../normalize/types.js';
import type { NumberClaim } from '../schema/claim.js';
import type { LocatedText, Span } from '../schema/span.js';
import { sameStatements, statementStems, type Statement } from './same-statement.js';
import { authorityRank, listOutlets, outletOf } from './shared.js';
import type { Finding, Rule, RuleContext } from './types.js';

/**
 * How far a hedge stretches a figure. "about 1,500" admits 1,425–1,575; "at least 31" and "more
 * than 30" admit up to 10% above; "nearly 300" and "up to 300" down to 10% below. Unhedged
 * figures are exact up to the rounding their wording shows ("1.2 million" = 1.15–1.25 million).
 */
export const HEDGE_SLACK = 0.1;
/** Converted units ("50 miles" vs "80 km") get this much relative slack for rounding. */
const CONVERSION_SLACK = 0.03;
/** Least summed anchor weight for two figures to count the same thing. */
const MIN_SCORE = 0.5;
/** When either figure has no unit, the anchors alone must carry the match. */
const MIN_SCORE_NO_UNIT = 0.9;

interface Item {
  claim: NumberClaim;
  doc: NormalizedArticle;
  index: number;
  anchors: Anchors;
  /** `anchors` as arrays: read once per candidate pair. */
  anchorList: AnchorList;
  headline: boolean;
  /** Unit group or counted-noun stem; null when the figure names none. */
  unitKey: string | null;
  /** Interval of admitted values in the group's base unit. */
  low: number;
  high: number;
  converted: boolean;
  /** Explicit years named in the sentence ("in 2019"), sorted and joined: figures of other years are other quantities. */
  years: string;
}

/**
 * The four-digit digit runs of 1800–2199 in the sentence, sorted and joined. Reads the digit runs
 * exactly as `scanNumberTokens` cuts them (inner "," or "." before a digit joins; a high surrogate
 * outside a run takes the next unit with it) without making a token of every word.
 */
function yearsIn(text: string, sentence: { start: number; end: number }): string {
  let years: string[] | null = null;
  const n = Math.min(text.length, sentence.end);
  let i = Math.max(0, sentence.start);
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      const start = i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) i++;
        else if ((c === 44 || c === 46) && i + 1 < n && isAsciiDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      if (i - start === 4) {
        const year = text.slice(start, i);
        const v = Number(year);
        if (v >= 1800 && v < 2200 && !(years ??= []).includes(year)) years.push(year);
      }
      continue;
    }
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
  }
  return years === null ? '' : years.sort().join(',');
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function unitKeyOf(unit: string | null): { key: string | null; factor: number } {
  if (unit === null) return { key: null, factor: 1 };
  const info = UNITS.get(unit);
  if (info) return { key: `=${info.group}`, factor: info.factor };
  if (unit.length === 3 && unit === unit.toLowerCase() && /^[a-z]{3}$/.test(unit) && CURRENCY_CODES.has(unit)) return { key: `$${unit}`, factor: 1 };
  return { key: stem(unit), factor: 1 };
}

/** Prepositions and connectives that sit next to figures without saying what they count. */
const NUMBER_NOISE: ReadonlySet<string> = new Set([
  'after', 'before', 'since', 'during', 'while', 'among', 'including', 'between', 'against', 'within', 'without',
  'around', 'through', 'across', 'near', 'per', 'least', 'total', 'estimated', 'average', 'worth', 'another',
]);
/** Coordinating words: what a figure counts is said within its own conjunct ("… pay offer and is demanding 7%"). */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'whereas', 'while']);
/** Words after a figure that make it a difference, not an amount ("one day less", "4.1 fewer days"). */
const COMPARATIVES: ReadonlySet<string> = new Set(['less', 'fewer', 'more', 'longer', 'shorter', 'higher', 'lower', 'extra', 'additional', 'fewer', 'bigger', 'smaller', 'larger']);

/** True when the figure is a difference ("one day less", "4.1 fewer", "rose by 5%") rather than an amount. */
function isDelta(doc: NormalizedArticle, claim: NumberClaim): boolean {
  const text = doc.text;
  const after = wordsOf(text.slice(claim.span.end, Math.min(claim.sentence.end, claim.span.end + 40)).toLowerCase(), 3);
  if (after.some((w, k) => COMPARATIVES.has(w) && (k === 0 || k === 1 || (claim.unit !== null && after[k - 1] === claim.unit)))) {
    // "more than" after a figure belongs to the next figure's hedge only when a figure follows; keep it simple: a comparative within two words marks a difference
    return true;
  }
  const before = text.slice(Math.max(claim.sentence.start, claim.span.start - 12), claim.span.start).toLowerCase();
  return lastWordOf(before) === 'by';
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 39;
}

/** The first `max` runs of [a-z'] in a lower-cased text: `split(/[^a-z']+/).filter(Boolean)` cut short. */
function wordsOf(lower: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lower.length && out.length < max) {
    if (!isWordChar(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < lower.length && isWordChar(lower.charCodeAt(i))) i++;
    out.push(lower.slice(start, i));
  }
  return out;
}

/** The last run of [a-z'] in a lower-cased text, or undefined. */
function lastWordOf(lower: string): string | undefined {
  let end = lower.length;
  while (end > 0 && !isWordChar(lower.charCodeAt(end - 1))) end--;
  if (end === 0) return undefined;
  let start = end;
  while (start > 0 && isWordChar(lower.charCodeAt(start - 1))) start--;
  return lower.slice(start, end);
}

/** Concepts whose bare figures count people (see ANCHOR_CONCEPTS). */
const PEOPLE_CONCEPTS = new Set(['death', 'injur', 'arrest', 'evacu']);
const CURRENCY_CODES = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'inr', 'rub']);

// A story repeats its figures ("12 people") many times over: each text is read once.
const stepOf = memoText((text: string): number => readQuantities(text)[0]?.step ?? 1);

/** NUMBER_NOISE and a figure's own unit, one set per unit rather than one per figure. */
function noiseWith(unit: string): ReadonlySet<string> {
  let set = noiseByUnit.get(unit);
  if (!set) {
    set = new Set([...NUMBER_NOISE, unit]);
    if (noiseByUnit.size > 1_000) noiseByUnit.clear();
    noiseByUnit.set(unit, set);
  }
  return set;
}

const noiseByUnit = new Map<string, ReadonlySet<string>>();

function interval(claim: NumberClaim, factor: number): { low: number; high: number } {
  const step = stepOf(claim.text);
  const v = claim.value;
  let low = v - step / 2;
  let high = v + step / 2;
  if (claim.hedge) {
    const dir = HEDGE_DIRECTION.get(claim.hedge) ?? 'around';
    if (dir === 'around') {
      // half each way, so two "about" figures still differ by at most HEDGE_SLACK
      low = Math.min(low, v * (1 - HEDGE_SLACK / 2));
      high = Math.max(high, v * (1 + HEDGE_SLACK / 2));
    } else if (dir === 'above') {
      high = Math.max(high, v * (1 + HEDGE_SLACK));
    } else {
      low = Math.min(low, v * (1 - HEDGE_SLACK));
    }
  }
  return { low: low * factor, high: high * factor };
}

function consistent(a: Item, b: Item): boolean {
  const slack = a.converted || b.converted ? CONVERSION_SLACK : 0;
  const aLow = a.low * (1 - slack);
  const aHigh = a.high * (1 + slack);
  return aLow <= b.high && b.low <= aHigh;
}

function unitsCompatible(a: Item, b: Item): boolean {
  return a.unitKey === null || b.unitKey === null || a.unitKey === b.unitKey;
}

/** Scratch for `linkScore`: read before the next call, never kept. */
const overlap: AnchorOverlap = { score: 0, shared: 0, strongest: 0, closest: 0 };

/** How strongly two figures count the same thing; 0 when they do not. */
function linkScore(a: Item, b: Item): number {
  if (!unitsCompatible(a, b)) return 0;
  // "a strike in March 2019 closed the port for five days" is not this week's strike
  if (a.years !== b.years) return 0;
  const o = anchorOverlapInto(overlap, a.anchorList, b.anchors);
  if (o.shared === 0 || o.strongest < 0.5) return 0;
  // one shared word is enough only when it stands right next to both figures ("kills" / "killing")
  if (o.shared === 1 && o.closest < 0.9) return 0;
  const bonus = a.unitKey !== null && a.unitKey !== DELTA && a.unitKey === b.unitKey ? 0.25 : 0;
  // a bare difference ("one day less") names no more than a bare figure does
  const need = isBare(a.unitKey) || isBare(b.unitKey) ? MIN_SCORE_NO_UNIT : MIN_SCORE;
  return o.score >= need ? o.score + bonus : 0;
}

/** A key that names no unit: none at all, or a bare difference. */
function isBare(key: string | null): boolean {
  return key === null || key === DELTA;
}

/** The two sides of a score stand next to each other, joined by a dash or "votes to". */
function joinsTally(text: string, a: NumberClaim, b: NumberClaim): boolean {
  if (a.unit !== TALLY_UNIT || b.unit !== TALLY_UNIT || b.span.start - a.span.end > 10) return false;
  const gap = text.slice(a.span.end, b.span.start).trim().toLowerCase();
  return gap === '-' || gap === '\u2013' || gap === '\u2014' || gap === 'votes to' || gap === 'vote to';
}

function buildItems(ctx: RuleContext): Item[] {
  const docs = new Map(ctx.articles.map((d) => [d.id, d] as const));
  const claims = ctx.claims.filter((c): c is NumberClaim => c.type === 'number');
  const bySentence = new Map<string, NumberClaim[]>();
  for (const c of claims) {
    const k = `${c.article}:${c.sentence.start}`;
    const list = bySentence.get(k);
    if (list) list.push(c);
    else bySentence.set(k, [c]);
  }
  // per sentence once, not per figure: a sentence of thousands of figures made this quadratic
  const spansBySentence = new Map([...bySentence].map(([k, list]) => [k, list.map((c) => c.span).sort((a, b) => a.start - b.start)] as const));
  // the sides of each score: "7–2" is two figures, the first compared with first sides only
  const tallySide = new Map<NumberClaim, { side: 1 | 2; span: Span; partner: Span }>();
  for (const list of bySentence.values()) {
    const doc = docs.get(list[0]!.article);
    if (!doc) continue;
    const sorted = [...list].sort((a, b) => a.span.start - b.span.start);
    for (let k = 0; k + 1 < sorted.length; k++) {
      const a = sorted[k]!;
      const b = sorted[k + 1]!;
      if (!joinsTally(doc.text, a, b)) continue;
      const span = { start: a.span.start, end: b.span.end };
      tallySide.set(a, { side: 1, span, partner: b.span });
      tallySide.set(b, { side: 2, span, partner: a.span });
      k++;
    }
  }
  const yearsBySentence = new Map<string, string>();
  const items: Item[] = [];
  for (const claim of claims) {
    const doc = docs.get(claim.article);
    if (!doc) continue;
    const sentenceKey = `${claim.article}:${claim.sentence.start}`;
    const tally = tallySide.get(claim);
    // a score is read as a whole: its anchors are the words around both sides ("a 7–2 vote")
    const span = tally ? tally.span : claim.span;
    const others = spansNear(spansBySentence.get(sentenceKey) ?? [], span.start - ANCHOR_WINDOW, span.end + ANCHOR_WINDOW).filter(
      (o) => !tally || (o !== tally.partner && !(o.start === claim.span.start && o.end === claim.span.end)),
    );
    // a difference ("4.1 fewer days", "rose by 18%") is compared with differences only
    const delta = !tally && isDelta(doc, claim);
    const ignore = claim.unit ? noiseWith(claim.unit) : NUMBER_NOISE;
    const anchors = contextAnchors(doc, claim.sentence, span, others, { ignore, stopWords: CLAUSE_JOINS });
    let years = yearsBySentence.get(sentenceKey);
    if (years === undefined) {
      years = yearsIn(doc.text, claim.sentence);
      yearsBySentence.set(sentenceKey, years);
    }
    const { key: stated, factor } = tally ? { key: `#${TALLY_UNIT}${tally.side}`, factor: 1 } : unitKeyOf(claim.unit);
    // "storm kills at least 12": a bare figure next to a casualty word counts people
    const key = stated ?? ([...anchors].some(([c, w]) => w >= 0.5 && PEOPLE_CONCEPTS.has(c)) ? '=people' : null);
    const { low, high } = interval(claim, factor);
    items.push({
      claim,
      doc,
      index: items.length,
      anchors,
      anchorList: anchorList(anchors),
      headline: isHeadlineAt(doc, claim.span.start),
      unitKey: key === null ? (delta ? DELTA : null) : delta ? `${DELTA}${key}` : key,
      low,
      high,
      converted: factor !== 1,
      years,
    });
  }
  return items;
}

/** Prefix of the unit key of a difference: differences never compare with amounts. */
const DELTA = '\u0394';

/**
 * Links between the figures of sentences that make the same statement in two articles: figure by
 * figure in order when both sentences hold the same number of figures of compatible units, else
 * unit by unit. A pairing that disagrees on more than one figure is more likely a different order
 * than a different statement, and is dropped.
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
  const statements: Statement[] = groups.map((list) => {
    const first = list[0]!;
    const span = trimSpan(first.doc.text, first.claim.sentence);
    return {
      article: first.claim.article,
      span,
      stems: statementStems(first.doc.text, span, list.map((it) => it.claim.span)),
      marks: list.map((it) => `${it.claim.value}`),
    };
  });
  const links: Link[] = [];
  for (const pair of sameStatements(ctx, statements)) {
    const a = groups[pair.a]!;
    const b = groups[pair.b]!;
    // years named on both sides must agree; a side without one may have lost it to a sentence split
    const ya = a[0]!.years;
    const yb = b[0]!.years;
    if (a[0]!.headline !== b[0]!.headline || (ya !== '' && yb !== '' && ya !== yb)) continue;
    const score = 1 + pair.similarity;
    const inOrder = pairInOrder(a, b);
    if (inOrder === null) for (const [x, y] of pairFigures(a, b)) links.push({ a: x.index, b: y.index, score });
    else if (inOrder) for (let k = 0; k < a.length; k++) links.push({ a: a[k]!.index, b: b[k]!.index, score });
    // a figure the other sentence repeats is that figure, wherever it stands: linking the two keeps
    // a reordered sentence ("5% in the north and 3% in the south") from pairing 5 with 3. The
    // links are sorted whole before grouping, so one already made in order need not be made twice.
    for (let k = 0; k < a.length; k++) {
      const x = a[k]!;
      const y = sameValue(x, b);
      if (y !== null && !(inOrder === true && y === b[k])) links.push({ a: x.index, b: y.index, score });
    }
  }
  return links;
}

/** The one figure of `b` of a compatible unit and the same value as `x`, or null when none or several. */
function sameValue(x: Item, b: readonly Item[]): Item | null {
  let found: Item | null = null;
  for (const y of b) {
    if (!unitsCompatible(x, y) || !consistent(x, y)) continue;
    if (found !== null) return null;
    found = y;
  }
  return found;
}

/**
 * `pairFigures` for sentences of as many figures of compatible units, position by position,
 * without building the pairs: true when they pair in order, false when they disagree on more
 * than one figure; null when the counts or units differ and `pairFigures` must search.
 */
function pairInOrder(a: readonly Item[], b: readonly Item[]): boolean | null {
  if (a.length !== b.length) return null;
  for (let k = 0; k < a.length; k++) if (!unitsCompatible(a[k]!, b[k]!)) return null;
  let bad = 0;
  for (let k = 0; k < a.length; k++) if (!consistent(a[k]!, b[k]!)) bad++;
  return bad <= 1;
}

/**
 * Which figure of one sentence stands for which of the other's. Same count and compatible units:
 * position by position. Otherwise the longest run of compatible figures from the start or from the
 * end ("A took 40,100 votes, or 51.2%, to B's 38,200. Turnout was 44%" against the same sentence
 * without its last clause), or unit by unit where both give the same count; such partial pairings
 * need two agreeing figures to show they line up.
 */
function pairFigures(a: readonly Item[], b: readonly Item[]): [Item, Item][] {
  const mismatches = (pairs: readonly [Item, Item][]): number => pairs.filter(([x, y]) => !consistent(x, y)).length;
  if (a.length === b.length && a.every((x, k) => unitsCompatible(x, b[k]!))) {
    const pairs = a.map((x, k): [Item, Item] => [x, b[k]!]);
    return mismatches(pairs) <= 1 ? pairs : [];
  }
  const options: [Item, Item][][] = [];
  const n = Math.min(a.length, b.length);
  const prefix: [Item, Item][] = [];
  for (let k = 0; k < n && unitsCompatible(a[k]!, b[k]!); k++) prefix.push([a[k]!, b[k]!]);
  options.push(prefix);
  const suffix: [Item, Item][] = [];
  for (let k = 1; k <= n && unitsCompatible(a[a.length - k]!, b[b.length - k]!); k++) suffix.push([a[a.length - k]!, b[b.length - k]!]);
  options.push(suffix);
  const byUnit: [Item, Item][] = [];
  for (const key of new Set(a.map((x) => x.unitKey).filter((k): k is string => k !== null))) {
    const xs = a.filter((x) => x.unitKey === key);
    const ys = b.filter((y) => y.unitKey === key);
    if (xs.length === ys.length) xs.forEach((x, k) => byUnit.push([x, ys[k]!]));
  }
  options.push(byUnit);
  let best: [Item, Item][] = [];
  for (const pairs of options) {
    const bad = mismatches(pairs);
    if (bad > 1 || pairs.length - bad < 2) continue;
    if (pairs.length > best.length) best = pairs;
  }
  return best;
}

/**
 * Figures read from one concept's blocking list for one figure, at most: from a longer list, the
 * ones next to it in article-id order. In a news story no list comes near it; in one of hundreds
 * of long articles about one thing ("people", "million") a list holds every figure, and comparing
 * each with all of them made the rule quadratic. Neighbours still chain every figure of a
 * quantity into one group (the groups are joined links), so a death toll given by 200 articles
 * is still one group.
 */
export const MAX_CONCEPT_WINDOW = 200;
/** Figures compared with one figure, at most, its rarest concepts first when it has more. */
export const MAX_LINK_CANDIDATES = 600;

/** Blocking lists: for each concept, the figures holding it at weight 0.5 or more, in `order`. */
interface ConceptIndex {
  lists: Map<string, number[]>;
  /** Sort key of each figure: article-id rank, then claim order, so no list depends on the order articles came in. */
  order: Float64Array;
}

function conceptIndex(items: readonly Item[]): ConceptIndex {
  const ids = [...new Set(items.map((it) => it.claim.article))].sort();
  const rank = new Map(ids.map((id, k) => [id, k] as const));
  const order = Float64Array.from(items, (it) => rank.get(it.claim.article)! * items.length + it.index);
  const lists = new Map<string, number[]>();
  for (const it of items) {
    for (const [c, w] of it.anchors) {
      if (w < 0.5) continue;
      const list = lists.get(c);
      if (list) list.push(it.index);
      else lists.set(c, [it.index]);
    }
  }
  for (const list of lists.values()) list.sort((x, y) => order[x]! - order[y]!);
  return { lists, order };
}

/** The `MAX_CONCEPT_WINDOW` entries of a sorted list around where `a` stands in it. */
function windowAround(list: readonly number[], a: Item, order: Float64Array): readonly number[] {
  const key = order[a.index]!;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order[list[mid]!]! < key) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.min(Math.max(0, lo - (MAX_CONCEPT_WINDOW >> 1)), list.length - MAX_CONCEPT_WINDOW);
  return list.slice(from, from + MAX_CONCEPT_WINDOW);
}

/**
 * The blocking lists to read for `a`: its concepts in anchor order, each list whole; when a list
 * is longer than `MAX_CONCEPT_WINDOW` or together they hold more than `MAX_LINK_CANDIDATES`,
 * rarest concept first, each list cut to the window around `a`.
 */
function blockingLists(a: Item, index: ConceptIndex): (readonly number[])[] {
  const lists: (readonly number[])[] = [];
  const concepts: string[] = [];
  let total = 0;
  let long = false;
  for (const [c] of a.anchors) {
    const list = index.lists.get(c);
    if (!list) continue;
    lists.push(list);
    concepts.push(c);
    total += list.length;
    if (list.length > MAX_CONCEPT_WINDOW) long = true;
  }
  if (!long && total <= MAX_LINK_CANDIDATES) return lists;
  const byRarity = lists.map((_, k) => k).sort((x, y) => lists[x]!.length - lists[y]!.length || (concepts[x]! < concepts[y]! ? -1 : concepts[x]! > concepts[y]! ? 1 : 0));
  return byRarity.map((k) => (lists[k]!.length > MAX_CONCEPT_WINDOW ? windowAround(lists[k]!, a, index.order) : lists[k]!));
}

/**
 * Links kept per figure, its strongest: one per other article up to this many (stories of the
 * fingerprint corpus have up to 25 articles, so up to 25 links per figure). Groups are joined
 * links, so a figure's strongest links still chain it to its quantity, while one link to every
 * article of a story of hundreds made the links (and their sort) grow with articles × figures.
 */
export const MAX_LINKS_PER_FIGURE = 48;

/** The `MAX_LINKS_PER_FIGURE` strongest links, ties to the counterpart first in article-id order. */
function strongest(best: ReadonlyMap<string, Link>, order: Float64Array): Link[] {
  return [...best.values()].sort((x, y) => y.score - x.score || order[x.b]! - order[y.b]!).slice(0, MAX_LINKS_PER_FIGURE);
}

/** Link each figure to its best counterpart in every other article (and a headline to its body), then group. */
function linkItems(items: readonly Item[], extra: readonly Link[]): number[][] {
  // block by concept so only figures sharing a near anchor are compared
  const index = conceptIndex(items);
  const links: Link[] = [];
  // candidates are marked with the figure they were taken for, instead of a fresh Set per figure
  const seenBy = new Int32Array(items.length).fill(-1);
  // one map for every figure, emptied between them: its links are copied out before the next
  const best = new Map<string, Link>();
  for (const a of items) {
    seenBy[a.index] = a.index;
    let taken = 0;
    best.clear();
    scan: for (const list of blockingLists(a, index)) {
      for (const j of list) {
        if (seenBy[j] === a.index) continue;
        if (taken >= MAX_LINK_CANDIDATES) break scan;
        seenBy[j] = a.index;
        taken++;
        const b = items[j]!;
        const sameArticle = a.claim.article === b.claim.article;
        if (sameArticle && a.headline === b.headline) continue; // inside one article only headline vs body
        const score = linkScore(a, b);
        if (score <= 0) continue;
        const key = sameArticle ? `${b.claim.article}#body` : b.claim.article;
        const prev = best.get(key);
        if (!prev || score > prev.score) best.set(key, { a: a.index, b: j, score });
      }
    }
    if (best.size <= MAX_LINKS_PER_FIGURE) for (const l of best.values()) links.push(l);
    else for (const l of strongest(best, index.order)) links.push(l);
  }
  for (const l of extra) links.push(l);
  // different units never share a group, so a chain cannot glue a magnitude to a toll; one article
  // gives one figure per quantity, though a headline may disagree with its body
  return groupByValue(items.length, links, {
    kind: (i) => items[i]!.unitKey,
    slot: (i) => `${items[i]!.claim.article}\u0000${items[i]!.headline}`,
    low: (i) => items[i]!.low,
    high: (i) => items[i]!.high,
    converted: (i) => items[i]!.converted,
    slack: CONVERSION_SLACK,
  });
}

function sentenceOf(item: Item): LocatedText {
  const span = trimSpan(item.doc.text, item.claim.sentence);
  return { article: item.doc.id, start: span.start, end: span.end, text: item.doc.text.slice(span.start, span.end) };
}

/** The figure with the word before it and its counted noun after: "kills at least 12", "killing at least 31 people". */
function phrase(item: Item): string {
  const text = item.doc.text;
  const sentence = item.claim.sentence;
  let start = item.claim.span.start;
  let k = start;
  while (k > sentence.start && /\s/.test(text[k - 1]!)) k--;
  let w = k;
  while (w > sentence.start && /[\p{L}'\u2019-]/u.test(text[w - 1]!)) w--;
  if (w < k && k - w <= 30) start = w;
  let end = item.claim.span.end;
  const unit = item.claim.unit;
  if (unit && !item.claim.text.toLowerCase().includes(unit)) {
    let e = end;
    while (e < sentence.end && text[e] === ' ') e++;
    if (text.slice(e, e + unit.length).toLowerCase() === unit) end = e + unit.length;
  }
  return text.slice(start, end).replace(/\s+/g, ' ');
}

function detect(ctx: RuleContext): Finding[] {
  const items = buildItems(ctx);
  if (items.length < 2) return [];
  const clusters = linkItems(items, statementLinks(ctx, items));
  const order = new Map(ctx.articles.map((d, i) => [d.id, i] as const));
  const findings: Finding[] = [];
  for (const cluster of clusters) {
    const members = cluster.map((i) => items[i]!);
    if (new Set(members.map((m) => `${m.claim.article}:${m.headline}`)).size < 2) continue;
    // the reading most articles agree with; ties go to the more authoritative article, body before headline
    const supportOf = new Map<Item, number>(members.map((m) => [m, new Set(members.filter((o) => consistent(m, o)).map((o) => o.claim.article)).size] as const));
    const support = (m: Item): number => supportOf.get(m) ?? 0;
    const ranked = [...members].sort(
      (x, y) =>
        support(y) - support(x) ||
        authorityRank(ctx, x.claim.article) - authorityRank(ctx, y.claim.article) ||
        Number(x.headline) - Number(y.headline) ||
        (ctx.summaries.get(x.claim.article)?.published ?? '9999').localeCompare(ctx.summaries.get(y.claim.article)?.published ?? '9999') ||
        (order.get(x.claim.article) ?? 0) - (order.get(y.claim.article) ?? 0) ||
        x.claim.span.start - y.claim.span.start,
    );
    const reference = ranked[0]!;
    const agreeing = members.filter((m) => consistent(reference, m));
    const reported = new Set<string>();
    for (const m of members) {
      if (consistent(reference, m)) continue;
      // a one-against-one split between articles of equal standing names no culprit: stay silent
      const sameStanding =
        support(m) === support(reference) &&
        m.claim.article !== reference.claim.article &&
        authorityRank(ctx, m.claim.article) === authorityRank(ctx, reference.claim.article) &&
        m.headline === reference.headline;
      if (sameStanding) continue;
      const key = `${m.claim.article}:${m.claim.value}`;
      if (reported.has(key)) continue;
      reported.add(key);
      // one counterpart per article, the body's own figure when the headline disagrees with it
      const perArticle = new Map<string, Item>();
      for (const a of agreeing) if (!perArticle.has(a.claim.article)) perArticle.set(a.claim.article, a);
      const counterparts = [...perArticle.values()];
      if (counterparts.length === 0) continue;
      const subjectOutlet = outletOf(ctx, m.claim.article);
      const others = counterparts.map((c) => (c.claim.article === m.claim.article ? 'its own body' : outletOf(ctx, c.claim.article)));
      const where = m.headline ? `${subjectOutlet}'s headline` : subjectOutlet;
      findings.push({
        subject: sentenceOf(m),
        counterparts: counterparts.map(sentenceOf),
        message: `Different figures for the same quantity: ${where} has "${phrase(m)}", while ${listOutlets(others)} ${others.length > 1 ? 'have' : 'has'} "${phrase(reference)}".`,
        claims: [m.claim.id, ...counterparts.map((c) => c.claim.id)],
      });
    }
  }
  return findings.sort((a, b) => (order.get(a.subject.article) ?? 0) - (order.get(b.subject.article) ?? 0) || a.subject.start - b.subject.start);
}

/**
 * number-mismatch: the same quantity given different values across articles (or by a headline
 * against its own body). Figures are aligned by unit and by the words around them in their clause,
 * and by sentences that make the same statement in two articles (grouped by the align stage or
 * restating two of the same figures, content words alike: see `same-statement.ts`), figure by
 * figure. A score or tally ("7–2", "23 votes to 14") is two figures compared side by side; a
 * difference ("4.1 fewer days", "rose by 18%") compares with differences only. Values compare after
 * scale and unit conversion, within the slack their hedges allow (`HEDGE_SLACK`). The subject is
 * the figure that disagrees with the reading most articles share (ties: the less authoritative
 * article, the headline, the later one).
 */
export const numberMismatchRule: Rule = { kind: 'number-mismatch', severity: 'high', detect };
