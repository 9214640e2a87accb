import type { Alignment } from '../schema/alignment.js';
import type { Claim } from '../schema/claim.js';
import { contentStemSet } from './tokens.js';

/** Options of the align stage. */
export interface AlignOptions {
  /** Minimum similarity (0–1) for two claims to be grouped. Default: 0.6. */
  threshold?: number;
  /** Fewest shared content stems for two claims to be compared at all. Default: 3. */
  minShared?: number;
}

/** A claim reduced to what alignment compares. */
interface Unit {
  claim: string;
  article: string;
  order: number;
  stems: ReadonlySet<string>;
}

/** The words an alignable claim asserts: a quote's words, reported content, a narration sentence. */
export function alignableText(claim: Claim): string | null {
  switch (claim.type) {
    case 'quote':
    case 'narration':
      return claim.text;
    case 'reported':
      return claim.content.text;
    default:
      return null;
  }
}

/** Similarity of two stem sets: shared stems over the smaller set, so a fragment matches its whole. */
export function stemSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>, minShared = 3): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  if (shared < Math.min(minShared, small.size) || shared < 2) return 0;
  return shared / small.size;
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Group equivalent claims across articles. Candidates come from an inverted index over content
 * stems that skips stems common to most of the story, so cost grows near-linearly with the number
 * of claims instead of with all pairs. Each claim links to its best match in every other article
 * (so one summary sentence cannot glue a whole story together), and linked claims form groups.
 * @example alignClaims(report.claims).map((a) => a.claims)
 */
export function alignClaims(claims: readonly Claim[], options: AlignOptions = {}): Alignment[] {
  const threshold = options.threshold ?? 0.6;
  const minShared = options.minShared ?? 3;
  const units: Unit[] = [];
  for (const claim of claims) {
    const text = alignableText(claim);
    if (text === null) continue;
    // the memoized set (shared, read-only): copies of a story repeat the same sentences
    const stems = contentStemSet(text);
    if (stems.size < 2) continue;
    units.push({ claim: claim.id, article: claim.article, order: units.length, stems });
  }
  const articles = new Set(units.map((u) => u.article));
  // Identical stem sets (verbatim copies) share one posting list entry per copy but are compared once.
  const postings = new Map<string, number[]>();
  units.forEach((u, i) => {
    for (const s of u.stems) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  // A stem in more claims than a few per article says nothing about which claims match.
  const cap = Math.max(24, articles.size * 3);
  // Edges as two flat arrays (the other end is not needed after the union): a story of hundreds of
  // copies links every claim to its match in every other article, millions of edges, and a tuple
  // per edge made alignment mostly garbage collection.
  const edgeFrom: number[] = [];
  const edgeScore: number[] = [];
  const uf = new UnionFind(units.length);
  // Units with the very same stem set (the memoized set of one sentence text, printed by every
  // copy of a story) have the same candidates and the same scores, so the same best match in
  // every article: that list is worked out once per distinct set ("class") and kept only until
  // the class's last unit is done. A unit's own article is the only difference, and it is left
  // out when the edges are taken (its own unit is in that article, so it never was a candidate).
  // A story of hundreds of verbatim copies was quadratic in set comparisons.
  const classIds = new Map<ReadonlySet<string>, number>();
  const classOf: number[] = [];
  const remaining: number[] = [];
  for (const u of units) {
    let c = classIds.get(u.stems);
    if (c === undefined) {
      classIds.set(u.stems, (c = remaining.length));
      remaining.push(0);
    }
    classOf.push(c);
    remaining[c]!++;
  }
  type Match = { article: string; unit: number; score: number };
  const classBest = new Map<number, Match[]>();
  // Candidates are marked with their class instead of counted in a fresh Map per unit.
  const seenBy = new Int32Array(units.length).fill(-1);
  const bestOf = (c: number, stems: ReadonlySet<string>): Match[] => {
    let found = classBest.get(c);
    if (found) return found;
    const candidates: number[] = [];
    for (const s of stems) {
      const posting = postings.get(s)!;
      if (posting.length > cap) continue;
      for (const j of posting) {
        if (seenBy[j] === c) continue;
        seenBy[j] = c;
        candidates.push(j);
      }
    }
    candidates.sort((x, y) => x - y);
    const scores = new Map<number, number>();
    // Best per article in order of each article's first match, ties to the lowest unit.
    const best = new Map<string, Match>();
    for (const j of candidates) {
      const v = units[j]!;
      const d = classOf[j]!;
      let score = scores.get(d);
      if (score === undefined) scores.set(d, (score = stemSimilarity(stems, v.stems, minShared)));
      if (score < threshold) continue;
      const current = best.get(v.article);
      if (!current) best.set(v.article, { article: v.article, unit: j, score });
      else if (score > current.score) {
        current.unit = j;
        current.score = score;
      }
    }
    found = [...best.values()];
    classBest.set(c, found);
    return found;
  };
  units.forEach((u, i) => {
    const c = classOf[i]!;
    // Same-article pairs are for duplicate detection, which has its own rule; align across articles.
    for (const m of bestOf(c, u.stems)) {
      if (m.article === u.article) continue;
      edgeFrom.push(i);
      edgeScore.push(m.score);
      uf.union(i, m.unit);
    }
    if (--remaining[c]! === 0) classBest.delete(c);
  });
  // Scores summed per group in edge order, as a list per group summed left to right would be.
  const groups = new Map<number, { members: number[]; sum: number; count: number }>();
  for (let k = 0; k < edgeFrom.length; k++) {
    const root = uf.find(edgeFrom[k]!);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { members: [], sum: 0, count: 0 }));
    g.sum += edgeScore[k]!;
    g.count++;
  }
  units.forEach((_, i) => {
    const g = groups.get(uf.find(i));
    if (g) g.members.push(i);
  });
  const out: Alignment[] = [];
  for (const g of [...groups.values()].sort((x, y) => x.members[0]! - y.members[0]!)) {
    if (g.members.length < 2) continue;
    const score = g.sum / g.count;
    out.push({ id: `a${out.length + 1}`, claims: g.members.map((m) => units[m]!.claim), score: Math.round(score * 1000) / 1000 });
  }
  return out;
}
