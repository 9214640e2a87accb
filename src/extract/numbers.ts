import type { NormalizedArticle } from '../normalize/types.js';
import type { NumberClaim } from '../schema/claim.js';

/** Numbers of an article with value, unit and hedge. (Placeholder.) */
export function extractNumbers(doc: NormalizedArticle): NumberClaim[] {
  void doc;
  return [];
}
