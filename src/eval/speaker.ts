import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { normalizeForScoring, wordTokens } from './text.js';

/** Jaro–Winkler similarity at or above which two names are the same speaker. */
export const SPEAKER_SIMILARITY = 0.9;

/**
 * Whether a reported speaker is the gold speaker: same last word of the name, or Jaro–Winkler
 * similarity ≥ 0.9 ("Jon Smyth" for "John Smith").
 */
export function speakerMatches(reported: string | null | undefined, gold: string | null | undefined): boolean {
  if (!reported || !gold) return false;
  const r = wordTokens(reported);
  const g = wordTokens(gold);
  const lastR = r[r.length - 1];
  if (lastR !== undefined && lastR === g[g.length - 1]) return true;
  return jaroWinkler(normalizeForScoring(reported), normalizeForScoring(gold)) >= SPEAKER_SIMILARITY;
}
