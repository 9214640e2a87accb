import type { NormalizedArticle } from '../normalize/types.js';
import type { NarrationClaim, QuoteClaim, ReportedClaim } from '../schema/claim.js';

/**
 * Every body sentence in the reporter's own voice: not reported speech and not holding a full
 * quotation, so a quote elsewhere can be compared with the same words given as narration here.
 */
export function extractNarration(doc: NormalizedArticle, quotes: readonly QuoteClaim[], reported: readonly ReportedClaim[]): NarrationClaim[] {
  const taken = new Set<number>();
  for (const r of reported) taken.add(r.span.start);
  for (const q of quotes) if (!q.partial) taken.add(q.sentence.start);
  const out: NarrationClaim[] = [];
  for (const s of doc.sentences) {
    if (taken.has(s.start)) continue;
    out.push({ id: `${doc.id}#s${out.length + 1}`, article: doc.id, type: 'narration', span: { start: s.start, end: s.end }, text: doc.text.slice(s.start, s.end) });
  }
  return out;
}
