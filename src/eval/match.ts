import type { Discrepancy } from '../schema/discrepancy.js';
import type { CaseEntry } from '../ingest/case.js';
import { normalizeForScoring, sharedTokenCount, wordTokens } from './text.js';

/** The part of a finding the scorer looks at, so hand-made findings need no ids or spans. */
export type ScoredFinding = Pick<Discrepancy, 'kind' | 'severity' | 'message'> & {
  id?: string;
  subject: Pick<Discrepancy['subject'], 'article' | 'text'>;
};

/**
 * Whether two texts are "the same place" by FORMAT.md: one normalised text contains the other,
 * or they share at least half of the shorter one's word tokens.
 */
export function textsMatch(a: string, b: string): boolean {
  const na = normalizeForScoring(a);
  const nb = normalizeForScoring(b);
  if (na.length > 0 && nb.length > 0 && (na.includes(nb) || nb.includes(na))) return true;
  const ta = wordTokens(a);
  const tb = wordTokens(b);
  const shorter = Math.min(ta.length, tb.length);
  if (shorter === 0) return false;
  return sharedTokenCount(ta, tb) * 2 >= shorter;
}

/** Whether a reported finding matches a labelled entry: kind (or `*`), subject article and text. */
export function findingMatchesEntry(finding: ScoredFinding, entry: CaseEntry): boolean {
  if (entry.kind !== '*' && entry.kind !== finding.kind) return false;
  if (entry.article !== finding.subject.article) return false;
  return textsMatch(finding.subject.text, entry.text);
}
