import type { NormalizedArticle } from '../normalize/types.js';
import type { Claim } from '../schema/claim.js';

/**
 * Extract the typed claims of one normalized article, in text order.
 * (Placeholder until the extractors land.)
 */
export function extractClaims(doc: NormalizedArticle): Claim[] {
  void doc;
  return [];
}
