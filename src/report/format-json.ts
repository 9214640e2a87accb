import type { Report } from '../schema/report.js';

/** The report as JSON: two-space indent and a final newline, the same bytes for the same report. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
