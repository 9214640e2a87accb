import type { NormalizedArticle } from '../normalize/types.js';
import type { Alignment } from '../schema/alignment.js';
import type { Claim } from '../schema/claim.js';
import type { Discrepancy, DiscrepancyKind, Severity } from '../schema/discrepancy.js';
import type { ArticleSummary } from '../schema/article.js';
import type { Entity } from '../schema/report.js';

/** Everything a rule may read. Rules are pure: they never print and never mutate the context. */
export interface RuleContext {
  articles: readonly NormalizedArticle[];
  /** Provenance and metadata per article, as they will appear in the report. */
  summaries: ReadonlyMap<string, ArticleSummary>;
  claims: readonly Claim[];
  claimById: ReadonlyMap<string, Claim>;
  alignments: readonly Alignment[];
  /** Alignments each claim belongs to. */
  alignmentsOf: ReadonlyMap<string, readonly Alignment[]>;
  entities: readonly Entity[];
  /** The article every other one is checked against, when the caller named one. */
  reference: string | null;
}

/** A rule's finding before the report numbers it. Severity defaults to the rule's. */
export type Finding = Omit<Discrepancy, 'id' | 'severity' | 'kind'> & { severity?: Severity };

/** One discrepancy kind's detector. */
export interface Rule {
  kind: DiscrepancyKind;
  /** The contract's default severity for the kind. */
  severity: Severity;
  detect(context: RuleContext): Finding[];
}
