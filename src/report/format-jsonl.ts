import type { Report } from '../schema/report.js';

/**
 * Findings as JSON Lines: one Discrepancy object per line, each with a `story` field naming its
 * story, for streaming into other tools (`jq`, a queue, a spreadsheet import). Reports without
 * findings print nothing. Deterministic: the same reports give the same bytes.
 * @example formatJsonl([{ name: 'seeds', report }]).split('\n')[0] // '{"story":"seeds","id":"d1",…}'
 */
export function formatJsonl(reports: readonly { name: string; report: Pick<Report, 'discrepancies'> }[]): string {
  let out = '';
  for (const { name, report } of reports) {
    // `story` first so a reader skimming the stream sees which story a line belongs to.
    for (const d of report.discrepancies) out += `${JSON.stringify({ story: name, ...d })}\n`;
  }
  return out;
}
