import type { Report } from '../schema/report.js';
import { formatJson } from './format-json.js';
import { formatJsonl } from './format-jsonl.js';
import { escapeMarkdown, formatMarkdown } from './format-markdown.js';
import { formatText } from './format-text.js';

/**
 * The text formats of `formatReport`. `jsonl` is one finding per line (with its story); the CLI
 * adds `html`, which needs the article texts as well (`toHtml`).
 */
export const REPORT_FORMATS = ['text', 'json', 'markdown', 'jsonl'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Whether a string names a report format. */
export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** Options of `formatReport`. */
export interface FormatReportOptions {
  /** The story's name, for the `story` field of `jsonl` lines. Default: `"report"`. */
  story?: string;
}

/** Render a report in one of the formats. Pure. */
export function formatReport(report: Report, format: ReportFormat, options: FormatReportOptions = {}): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'jsonl':
      return formatJsonl([{ name: options.story ?? 'report', report }]);
    case 'markdown':
      return formatMarkdown(report);
    case 'text':
      return formatText(report);
  }
}

/**
 * Render several reports (one per story) in one output: json gives an array, jsonl one stream of
 * findings, text and markdown one section per story under its name. A single report renders exactly as `formatReport`.
 */
export function formatReports(reports: readonly { name: string; report: Report }[], format: ReportFormat): string {
  if (format === 'jsonl') return formatJsonl(reports);
  if (reports.length === 1) return formatReport(reports[0]!.report, format);
  if (format === 'json') return `${JSON.stringify(reports.map((r) => r.report), null, 2)}\n`;
  const heading = (name: string): string => (format === 'markdown' ? `# ${escapeMarkdown(name)}\n\n` : `== ${name} ==\n`);
  return reports.map((r) => `${heading(r.name)}${formatReport(r.report, format)}`).join('\n');
}
