import type { QuoteClaim } from '../schema/claim.js';
import { alignedWith, isMediaSpeaker, sameSpeaker, sentenceClaimAround } from './shared.js';
import type { RuleContext } from './types.js';

/** Quote claims by article, in claim order, built once per claim list: scanning every claim for each quote was quadratic. */
const quotesByArticle = new WeakMap<readonly unknown[], Map<string, QuoteClaim[]>>();

function quotesOf(ctx: RuleContext): Map<string, QuoteClaim[]> {
  let index = quotesByArticle.get(ctx.claims);
  if (!index) {
    index = new Map();
    for (const c of ctx.claims) {
      if (c.type !== 'quote') continue;
      const list = index.get(c.article);
      if (list) list.push(c);
      else index.set(c.article, [c]);
    }
    quotesByArticle.set(ctx.claims, index);
  }
  return index;
}

/**
 * Quotes in other articles that may be the same quotation as `q`: aligned with it directly, or
 * through its sentence (a fragment such as "warm ties" aligns by the sentence around it),
 * or standing inside a sentence aligned with either. Same speaker (or unknown), no publications.
 */
export function candidateQuotes(ctx: RuleContext, q: QuoteClaim, options: { anySpeaker?: boolean } = {}): QuoteClaim[] {
  // Several rules ask for the same quote's candidates, and `standing` asks again for each
  // counterpart: computed once per quote and context.
  let memo = candidateMemo.get(ctx);
  if (!memo) candidateMemo.set(ctx, (memo = new Map()));
  const key = `${options.anySpeaker ? 'any' : 'same'}\u0000${q.id}`;
  let list = memo.get(key);
  if (!list) memo.set(key, (list = computeCandidates(ctx, q, options)));
  return list;
}

const candidateMemo = new WeakMap<RuleContext, Map<string, QuoteClaim[]>>();

function computeCandidates(ctx: RuleContext, q: QuoteClaim, options: { anySpeaker?: boolean }): QuoteClaim[] {
  const seeds = [q, sentenceClaimAround(ctx, q.article, q.span)].filter((c) => c !== undefined);
  const found = new Map<string, QuoteClaim>();
  for (const seed of seeds) {
    for (const c of alignedWith(ctx, seed)) {
      if (c.article === q.article) continue;
      if (c.type === 'quote') {
        found.set(c.id, c);
        continue;
      }
      for (const inner of quotesOf(ctx).get(c.article) ?? []) {
        if (inner.span.start >= c.span.start && inner.span.end <= c.span.end) {
          found.set(inner.id, inner);
        }
      }
    }
  }
  // A fragment ("warm ties") may come from any quotation of the same named speaker, even one
  // in a passage that does not align with the fragment's sentence.
  if (q.speaker && q.partial) {
    for (const [article, quotes] of quotesOf(ctx)) {
      if (article === q.article) continue;
      for (const c of quotes) if (c.speaker && sameSpeaker(q, c)) found.set(c.id, c);
    }
  }
  return [...found.values()].filter((c) => (options.anySpeaker || sameSpeaker(q, c)) && !isMediaSpeaker(ctx, c.speaker?.name));
}
