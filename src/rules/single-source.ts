import { GAP, quoteWords } from './compare.js';
import { alignedWith, isMediaSpeaker, located, outletOf, sentenceClaimAround } from './shared.js';
import type { Finding, Rule } from './types.js';

/** single-source: a quotation that only one article carries, so nothing can confirm it. */
export const singleSourceRule: Rule = {
  kind: 'single-source',
  severity: 'info',
  detect(ctx) {
    if (ctx.articles.length < 2) return [];
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const q of ctx.claims) {
      if (q.type !== 'quote' || isMediaSpeaker(ctx, q.speaker?.name)) continue;
      const words = quoteWords(q.text).filter((w) => w !== GAP);
      if (words.length < 4) continue;
      const key = `${q.article}\u0000${words.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const around = sentenceClaimAround(ctx, q.article, q.span);
      const elsewhere = [q, around]
        .filter((c) => c !== undefined)
        .some((c) => alignedWith(ctx, c).some((o) => o.article !== q.article));
      if (elsewhere) continue;
      out.push({
        subject: located(q),
        counterparts: [],
        message: `Only ${outletOf(ctx, q.article)} carries this quotation${q.speaker ? ` of ${q.speaker.name}` : ''}; no other article confirms it.`,
        claims: [q.id],
      });
    }
    return out;
  },
};
