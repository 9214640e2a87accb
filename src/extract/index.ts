import type { NormalizedArticle } from '../normalize/types.js';
import type { Claim } from '../schema/claim.js';
import { extractDates } from './dates.js';
import { extractMentions } from './mentions.js';
import { extractNarration } from './narration.js';
import { extractNumbers } from './numbers.js';
import { extractSpeech } from './speech.js';

export { extractQuotes } from './quotes.js';
export { extractReported } from './reported.js';
export { extractNarration } from './narration.js';
export { extractMentions } from './mentions.js';
export { linkEntities, type LinkedEntities } from './entities.js';

const TYPE_ORDER: Record<Claim['type'], number> = { quote: 0, reported: 1, narration: 2, number: 3, date: 4, 'entity-mention': 5 };

/**
 * Extract the typed claims of one normalized article — quotes, reported speech, narration,
 * numbers, dates, entity mentions — sorted by span start, then type.
 */
export function extractClaims(doc: NormalizedArticle): Claim[] {
  const speech = extractSpeech(doc);
  const claims: Claim[] = [
    ...speech.quotes,
    ...speech.reported,
    ...extractNarration(doc, speech.quotes, speech.reported),
    ...extractNumbers(doc),
    ...extractDates(doc),
    ...extractMentions(doc, speech.people),
  ];
  return claims.sort((a, b) => a.span.start - b.span.start || TYPE_ORDER[a.type] - TYPE_ORDER[b.type]);
}
