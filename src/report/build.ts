import type { NormalizedArticle } from '../normalize/types.js';
import type { Alignment } from '../schema/alignment.js';
import type { ArticleSummary } from '../schema/article.js';
import type { Claim } from '../schema/claim.js';
import type { Discrepancy, Severity } from '../schema/discrepancy.js';
import type { Entity, InputError, Report } from '../schema/report.js';

/** The severities from most to least urgent. */
export const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low', 'info'];

/** Summary of a normalized article for the report. */
export function summarizeArticle(doc: NormalizedArticle): ArticleSummary {
  return {
    id: doc.id,
    outlet: doc.outlet,
    url: doc.url,
    published: doc.published,
    chars: doc.text.length,
    inferred: { ...doc.inferred },
  };
}

/** What goes into a report. */
export interface ReportParts {
  summaries: ArticleSummary[];
  claims: Claim[];
  alignments: Alignment[];
  discrepancies: Omit<Discrepancy, 'id'>[];
  entities: Entity[];
  errors: InputError[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function canonical(f: Omit<Discrepancy, 'id'>, i: number): Discrepancy {
  const d: Discrepancy = {
    id: `d${i + 1}`,
    kind: f.kind,
    severity: f.severity,
    subject: f.subject,
    counterparts: f.counterparts,
    message: f.message,
  };
  if (f.diff) d.diff = f.diff;
  if (f.claims) d.claims = f.claims;
  return d;
}

/**
 * Assemble the report: findings sorted by severity, kind, article and position, then numbered,
 * so the same input always gives the same bytes.
 */
export function buildReport(parts: ReportParts): Report {
  const findings = [...parts.discrepancies].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      cmp(a.kind, b.kind) ||
      cmp(a.subject.article, b.subject.article) ||
      a.subject.start - b.subject.start ||
      a.subject.end - b.subject.end ||
      cmp(a.message, b.message),
  );
  return {
    version: 1,
    articles: parts.summaries,
    claims: parts.claims,
    alignments: parts.alignments,
    discrepancies: findings.map((f, i) => canonical(f, i)),
    entities: parts.entities,
    errors: parts.errors,
  };
}
