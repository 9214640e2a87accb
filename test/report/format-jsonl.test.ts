import { describe, expect, it } from 'vitest';
import { formatJsonl } from '../../src/report/format-jsonl.js';
import { formatReport, formatReports, isReportFormat } from '../../src/report/format.js';
import { fixtureReport } from './fixture.js';

describe('formatJsonl', () => {
  it('prints one finding per line, story first, nothing for a report without findings', () => {
    const out = formatJsonl([
      { name: 'budget', report: fixtureReport },
      { name: 'empty', report: { discrepancies: [] } },
    ]);
    const lines = out.trimEnd().split('\n');
    expect(out.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(fixtureReport.discrepancies.length);
    expect(lines[0]!.startsWith('{"story":"budget","id":"d1","kind":"quote-altered"')).toBe(true);
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(fixtureReport.discrepancies.map((d) => ({ story: 'budget', ...d })));
    expect(formatJsonl([{ name: 'empty', report: { discrepancies: [] } }])).toBe('');
  });

  it('is a format of formatReport and formatReports', () => {
    expect(isReportFormat('jsonl')).toBe(true);
    expect(formatReport(fixtureReport, 'jsonl', { story: 'budget' })).toBe(formatJsonl([{ name: 'budget', report: fixtureReport }]));
    expect(formatReport(fixtureReport, 'jsonl').startsWith('{"story":"report",')).toBe(true);
    expect(formatReports([{ name: 'one', report: fixtureReport }], 'jsonl')).toBe(formatJsonl([{ name: 'one', report: fixtureReport }]));
  });
});
