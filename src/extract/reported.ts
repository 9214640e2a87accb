import type { NormalizedArticle } from '../normalize/types.js';
import type { ReportedClaim } from '../schema/claim.js';
import { extractSpeech } from './speech.js';

/** Reported (indirect) speech of an article: "X said (that) …", "…, he said.", "According to X, …". */
export function extractReported(doc: NormalizedArticle): ReportedClaim[] {
  return extractSpeech(doc).reported;
}
