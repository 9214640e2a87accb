import type { NormalizedArticle } from '../normalize/types.js';
import type { QuoteClaim } from '../schema/claim.js';
import { extractSpeech } from './speech.js';

/** Direct quotations of an article, one claim per pair of quotation marks, with speakers. */
export function extractQuotes(doc: NormalizedArticle): QuoteClaim[] {
  return extractSpeech(doc).quotes;
}
