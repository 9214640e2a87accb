/**
 * Sentences of different articles that make the same statement: the number and date rules compare
 * the figures and dates of such sentences position by position, whatever words stand around them
 * ("passed by 12 votes to 9" / "passed by 15 votes to 9"; "the board met on Monday to …" /
 * "the board met on Wednesday to …").
 */
import { contentStems } from '../align/tokens.js';
import type { Span } from '../schema/span.js';
import type { RuleContext } from './types.js';

/** A sentence of one article holding the items (figures or dates) a rule compares. */
export interface Statement {
  article: string;
  /** The sentence. */
  span: Span;
  /** Content stems of the sentence with the compared items and all digits left out. */
  stems: ReadonlySet<string>;
  /**
   * Values that fingerprint the sentence: two sentences of different articles sharing two of them
   * restate the same figures, even when the align stage did not pair them.
   */
  marks: readonly string[];
}

/** A pair of statements (indices into the list given) and their stem similarity. */
export interface StatementPair {
  a: number;
  b: number;
  similarity: number;
}

/**
 * Least share of the shorter sentence's content stems the other must hold for the two to be one
 * statement. Stems of the compared figures and dates are left out, so the sentence with another
 * date or figure still scores 1.
 */
export const SAME_STATEMENT = 0.6;
/** Fewest content stems a sentence needs for the similarity to mean anything. */
const MIN_STEMS = 4;
/** At most this many partners per statement: a story of hundreds of copies stays near-linear. */
const MAX_PARTNERS = 12;
/** A fingerprint value shared by more sentences than this is too common to pair sentences. */
const MAX_MARK_SHARE = 40;

/** Content stems of `text[span]` with `holes` (the compared items) and digit tokens left out. */
export function statementStems(text: string, span: Span, holes: readonly Span[]): Set<string> {
  let plain = '';
  let at = span.start;
  for (const h of [...holes].sort((x, y) => x.start - y.start)) {
    if (h.start > at) plain += ` ${text.slice(at, h.start)}`;
    at = Math.max(at, h.end);
  }
  if (at < span.end) plain += ` ${text.slice(at, span.end)}`;
  const out = new Set<string>();
  for (const s of contentStems(plain)) {
    const c = s.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    out.add(s);
  }
  return out;
}

/** Shared stems over the smaller set; 0 when the smaller set is too small to tell. */
export function statementSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_STEMS) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/** Index of the statement of `list` (sorted by start, not overlapping) that overlaps `span`. */
function statementAt(statements: readonly Statement[], list: readonly number[], span: Span): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (statements[list[mid]!]!.span.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const k = list[lo];
  return k !== undefined && statements[k]!.span.start < span.end ? k : -1;
}

/**
 * Pairs of statements, in different articles, that say the same thing: sentences the align stage
 * grouped, or that share two fingerprint values, and whose content stems agree at least
 * `SAME_STATEMENT` (`threshold`). Each statement keeps its `MAX_PARTNERS` most similar partners.
 */
export function sameStatements(ctx: RuleContext, statements: readonly Statement[], threshold = SAME_STATEMENT): StatementPair[] {
  const byArticle = new Map<string, number[]>();
  statements.forEach((s, i) => {
    const list = byArticle.get(s.article);
    if (list) list.push(i);
    else byArticle.set(s.article, [i]);
  });
  for (const list of byArticle.values()) list.sort((x, y) => statements[x]!.span.start - statements[y]!.span.start);
  // Pairs are keyed by one number (low index × count + high index), not a "i:j" string built,
  // hashed and split again for every candidate pair.
  const count = statements.length;
  const candidates = new Set<number>();
  const add = (i: number, j: number): void => {
    if (i < 0 || j < 0 || i === j || statements[i]!.article === statements[j]!.article) return;
    candidates.add(i < j ? i * count + j : j * count + i);
  };
  // sentences the align stage grouped
  for (const c of ctx.claims) {
    if (c.type !== 'narration' && c.type !== 'reported') continue;
    const mineList = byArticle.get(c.article);
    if (!mineList) continue;
    const mine = statementAt(statements, mineList, c.span);
    if (mine < 0) continue;
    for (const al of ctx.alignmentsOf.get(c.id) ?? []) {
      let taken = 0;
      for (const id of al.claims) {
        if (taken >= MAX_PARTNERS * 4) break;
        const o = ctx.claimById.get(id);
        if (!o || o.article === c.article || (o.type !== 'narration' && o.type !== 'reported')) continue;
        const theirs = byArticle.get(o.article);
        if (!theirs) continue;
        add(mine, statementAt(statements, theirs, o.span));
        taken++;
      }
    }
  }
  // sentences restating two of the same values
  const byMark = new Map<string, number[]>();
  statements.forEach((s, i) => {
    if (s.marks.length < 2) return;
    for (const m of new Set(s.marks)) {
      const list = byMark.get(m);
      if (list) list.push(i);
      else byMark.set(m, [i]);
    }
  });
  const shared = new Map<number, number>();
  for (const list of byMark.values()) {
    if (list.length < 2 || list.length > MAX_MARK_SHARE) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (statements[i]!.article === statements[j]!.article) continue;
        const key = i * count + j; // list holds indices in increasing order: i < j
        const n = (shared.get(key) ?? 0) + 1;
        shared.set(key, n);
        if (n === 2) candidates.add(key);
      }
    }
  }
  // keys in numeric order are pairs in (a, b) order, the order returned
  const keys = Float64Array.from(candidates).sort();
  const pairs: StatementPair[] = [];
  const partnerCount = new Int32Array(count);
  for (const key of keys) {
    const a = Math.floor(key / count);
    const b = key - a * count;
    const similarity = statementSimilarity(statements[a]!.stems, statements[b]!.stems);
    if (similarity < threshold) continue;
    pairs.push({ a, b, similarity });
    partnerCount[a]!++;
    partnerCount[b]!++;
  }
  // A pair is kept when it ranks among the MAX_PARTNERS most similar of either statement; a
  // statement with no more partners than that keeps all of them, so only longer lists are ranked.
  const ranked = new Map<number, StatementPair[]>();
  const rank = (k: number, p: StatementPair): void => {
    if (partnerCount[k]! <= MAX_PARTNERS) return;
    const list = ranked.get(k);
    if (list) list.push(p);
    else ranked.set(k, [p]);
  };
  for (const p of pairs) {
    rank(p.a, p);
    rank(p.b, p);
  }
  if (ranked.size === 0) return pairs;
  const top = new Set<StatementPair>();
  for (const list of ranked.values()) {
    list.sort((p, q) => q.similarity - p.similarity || p.a - q.a || p.b - q.b);
    for (const p of list.slice(0, MAX_PARTNERS)) top.add(p);
  }
  return pairs.filter((p) => partnerCount[p.a]! <= MAX_PARTNERS || partnerCount[p.b]! <= MAX_PARTNERS || top.has(p));
}
