import type { NormalizedArticle } from '../normalize/types.js';
import type { DateClaim } from '../schema/claim.js';

/** Dates of an article resolved against its publication date. (Placeholder.) */
export function extractDates(doc: NormalizedArticle): DateClaim[] {
  void doc;
  return [];
}
