/**
 * All-pairs alignment, for comparison only: the same scoring and grouping as `alignClaims`
 * (best match per other article, then union-find), but every pair of claims is compared instead
 * of the pairs an inverted index proposes.
 */
import { alignableText, stemSimilarity } from '../src/align/align.js';
import { contentStems } from '../src/align/tokens.js';
import type { Claim } from '../src/schema/claim.js';

/** Groups of claim ids, as sorted lists, for comparing with `alignClaims`. */
export function naiveAlignGroups(claims: readonly Claim[], threshold = 0.6, minShared = 3): string[][] {
  const units = claims
    .map((c) => ({ c, t: alignableText(c) }))
    .filter((u): u is { c: Claim; t: string } => u.t !== null)
    .map((u) => ({ id: u.c.id, article: u.c.article, stems: new Set(contentStems(u.t)) }))
    .filter((u) => u.stems.size >= 2);
  const parent = units.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < units.length; i++) {
    const best = new Map<string, { j: number; score: number }>();
    for (let j = 0; j < units.length; j++) {
      if (j === i || units[j]!.article === units[i]!.article) continue;
      const score = stemSimilarity(units[i]!.stems, units[j]!.stems, minShared);
      if (score < threshold) continue;
      const cur = best.get(units[j]!.article);
      if (!cur || score > cur.score) best.set(units[j]!.article, { j, score });
    }
    for (const { j } of best.values()) {
      const a = find(i);
      const b = find(j);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const groups = new Map<number, string[]>();
  units.forEach((u, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(u.id);
    else groups.set(r, [u.id]);
  });
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}
