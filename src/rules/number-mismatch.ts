import { HEDGE_DIRECTION, UNITS } from '../extract/data/numbers-vocabulary.js';
import {
  ANCHOR_WINDOW,
  anchorOverlap,
  contextAnchors,
  groupLinks,
  isHeadlineAt,
  spansNear,
  trimSpan,
  type Anchors,
  type Link,
} from '../extract/number-context.js';
import { readQuantities } from '../extract/number-read.js';
import { scanNumberTokens } from '../extract/number-tokens.js';
import { stem } from '../align/tokens.js';
import type { NormalizedArticle } from '../normalize/types.js';
import type { NumberClaim } from '../schema/claim.js';
import type { LocatedText } from '../schema/span.js';
import { authorityRank, outletOf } from './shared.js';
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

function yearsIn(text: string, sentence: { start: number; end: number }): string {
  const years = new Set<string>();
  for (const t of scanNumberTokens(text, sentence.start, sentence.end)) {
    if (t.kind === 'digits' && t.text.length === 4 && Number(t.text) >= 1800 && Number(t.text) < 2200) years.add(t.text);
  }
  return [...years].sort().join(',');
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
  const after = text.slice(claim.span.end, Math.min(claim.sentence.end, claim.span.end + 40)).toLowerCase().split(/[^a-z']+/).filter(Boolean);
  if (after.slice(0, 3).some((w, k) => COMPARATIVES.has(w) && (k === 0 || k === 1 || (claim.unit !== null && after[k - 1] === claim.unit)))) {
    // "more than" after a figure belongs to the next figure's hedge only when a figure follows; keep it simple: a comparative within two words marks a difference
    return true;
  }
  const before = text.slice(Math.max(claim.sentence.start, claim.span.start - 12), claim.span.start).toLowerCase().split(/[^a-z']+/).filter(Boolean);
  return before[before.length - 1] === 'by';
}

/** Concepts whose bare figures count people (see ANCHOR_CONCEPTS). */
const PEOPLE_CONCEPTS = new Set(['death', 'injur', 'arrest', 'evacu']);
const CURRENCY_CODES = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'inr', 'rub']);

function interval(claim: NumberClaim, factor: number): { low: number; high: number } {
  const step = readQuantities(claim.text)[0]?.step ?? 1;
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

/** How strongly two figures count the same thing; 0 when they do not. */
function linkScore(a: Item, b: Item): number {
  if (!unitsCompatible(a, b)) return 0;
  // "a strike in March 2019 closed the port for five days" is not this week's strike
  if (a.years !== b.years) return 0;
  const o = anchorOverlap(a.anchors, b.anchors);
  if (o.shared === 0 || o.strongest < 0.5) return 0;
  // one shared word is enough only when it stands right next to both figures ("kills" / "killing")
  if (o.shared === 1 && o.closest < 0.9) return 0;
  const bonus = a.unitKey !== null && a.unitKey === b.unitKey ? 0.25 : 0;
  const need = a.unitKey === null || b.unitKey === null ? MIN_SCORE_NO_UNIT : MIN_SCORE;
  return o.score >= need ? o.score + bonus : 0;
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
  const yearsBySentence = new Map<string, string>();
  const items: Item[] = [];
  for (const claim of claims) {
    const doc = docs.get(claim.article);
    if (!doc) continue;
    const sentenceKey = `${claim.article}:${claim.sentence.start}`;
    const others = spansNear(spansBySentence.get(sentenceKey) ?? [], claim.span.start - ANCHOR_WINDOW, claim.span.end + ANCHOR_WINDOW);
    if (isDelta(doc, claim)) continue;
    const ignore = claim.unit ? new Set([...NUMBER_NOISE, claim.unit]) : NUMBER_NOISE;
    const anchors = contextAnchors(doc, claim.sentence, claim.span, others, { ignore, stopWords: CLAUSE_JOINS });
    let years = yearsBySentence.get(sentenceKey);
    if (years === undefined) {
      years = yearsIn(doc.text, claim.sentence);
      yearsBySentence.set(sentenceKey, years);
    }
    const { key: stated, factor } = unitKeyOf(claim.unit);
    // "storm kills at least 12": a bare figure next to a casualty word counts people
    const key = stated ?? ([...anchors].some(([c, w]) => w >= 0.5 && PEOPLE_CONCEPTS.has(c)) ? '=people' : null);
    const { low, high } = interval(claim, factor);
    items.push({
      claim,
      doc,
      index: items.length,
      anchors,
      headline: isHeadlineAt(doc, claim.span.start),
      unitKey: key,
      low,
      high,
      converted: factor !== 1,
      years,
    });
  }
  return items;
}

/** Link each figure to its best counterpart in every other article (and a headline to its body), then group. */
function linkItems(items: readonly Item[]): number[][] {
  // block by concept so only figures sharing a near anchor are compared
  const index = new Map<string, number[]>();
  for (const it of items) {
    for (const [c, w] of it.anchors) {
      if (w < 0.5) continue;
      const list = index.get(c);
      if (list) list.push(it.index);
      else index.set(c, [it.index]);
    }
  }
  const links: Link[] = [];
  for (const a of items) {
    const seen = new Set<number>();
    const best = new Map<string, Link>();
    for (const [c] of a.anchors) {
      for (const j of index.get(c) ?? []) {
        if (j === a.index || seen.has(j)) continue;
        seen.add(j);
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
    links.push(...best.values());
  }
  return groupLinks(items.length, links, (i, j) => {
    const x = items[i]!;
    const y = items[j]!;
    // different units never share a group, so a chain cannot glue a magnitude to a toll
    if (x.unitKey !== null && y.unitKey !== null && x.unitKey !== y.unitKey) return true;
    // one article gives one figure per quantity; a headline may disagree with its body
    return x.claim.article === y.claim.article && x.headline === y.headline && !consistent(x, y);
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

function listOutlets(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function detect(ctx: RuleContext): Finding[] {
  const items = buildItems(ctx);
  if (items.length < 2) return [];
  const clusters = linkItems(items);
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
 * against its own body). Figures are aligned by unit and by the words around them in their clause;
 * values compare after scale and unit conversion, within the slack their hedges allow
 * (`HEDGE_SLACK`). The subject is the figure that disagrees with the reading most articles share
 * (ties: the less authoritative article, the headline, the later one).
 */
export const numberMismatchRule: Rule = { kind: 'number-mismatch', severity: 'high', detect };
