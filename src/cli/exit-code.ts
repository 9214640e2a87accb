import type { Severity } from '../schema/discrepancy.js';
import type { Report } from '../schema/report.js';

/** `--fail-on` values: the lowest severity that fails the run, or `none`. */
export const FAIL_ON = ['high', 'medium', 'low', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Exit codes: textlint's convention. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1, info: 0 };

/** Whether a report has a finding at or above `failOn`. `info` never fails a check. */
export function hasFailingFinding(report: Pick<Report, 'discrepancies'>, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  const min = RANK[failOn];
  return report.discrepancies.some((d) => d.severity !== 'info' && RANK[d.severity] >= min);
}

/** 2 when any input failed (even if others were checked), else 1 on failing findings, else 0. */
export function exitCodeFor(reports: readonly Pick<Report, 'discrepancies' | 'errors'>[], failOn: FailOn): number {
  if (reports.some((r) => r.errors.length > 0)) return EXIT.error;
  return reports.some((r) => hasFailingFinding(r, failOn)) ? EXIT.findings : EXIT.ok;
}
