import type { Discrepancy } from '../schema/discrepancy.js';
import type { Report } from '../schema/report.js';
import { SEVERITY_ORDER } from './build.js';
import { articleLabel, bySeverity, compactDiff, countLine, findingDiff, oneLine } from './format-text.js';

/**
 * Backslash-escape what Markdown would read as inline markup or a table cell border, so quoted
 * article text shows as written. Text never starts a line, so block markers (#, -, >) stay as they are.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

const cell = (text: string): string => escapeMarkdown(oneLine(text, 80));

function tableLines(report: Report): string[] {
  const lines = ['| Severity | Kind | Article | Text | Against |', '| --- | --- | --- | --- | --- |'];
  for (const severity of SEVERITY_ORDER) {
    for (const d of bySeverity(report, severity)) {
      const against = [...new Set(d.counterparts.map((c) => c.article))].map((a) => escapeMarkdown(articleLabel(report, a))).join(', ');
      lines.push(`| ${severity} | ${d.kind} | ${escapeMarkdown(articleLabel(report, d.subject.article))} | ${d.id}: ${cell(d.subject.text)} | ${against || '–'} |`);
    }
  }
  return lines;
}

/** A quoted passage; a leading `#`, `-`, `+`, `>` or `1.` would start a block, so it is escaped. */
const blockquote = (text: string): string => `> ${escapeMarkdown(oneLine(text, 2000)).replace(/^([#>+-]|\d+[.)])/, '\\$1')}`;

function findingLines(report: Report, d: Discrepancy): string[] {
  const lines = [
    `### ${d.id}: ${d.kind} (${d.severity}) in ${escapeMarkdown(articleLabel(report, d.subject.article))}`,
    '',
    escapeMarkdown(d.message),
    '',
    `**${escapeMarkdown(articleLabel(report, d.subject.article))}**, characters ${d.subject.start}–${d.subject.end}:`,
    '',
    blockquote(d.subject.text),
  ];
  for (const c of d.counterparts) {
    lines.push('', `**${escapeMarkdown(articleLabel(report, c.article))}**, characters ${c.start}–${c.end}:`, '', blockquote(c.text));
  }
  const diff = findingDiff(d);
  const mark = (op: 'insert' | 'delete', text: string): string => (op === 'delete' ? `~~${escapeMarkdown(text)}~~` : `**${escapeMarkdown(text)}**`);
  const shown = diff && compactDiff(diff, mark, escapeMarkdown);
  if (shown) lines.push('', `Diff (~~removed~~ **added**): ${shown}`);
  return lines;
}

/**
 * The report as Markdown for a CMS or code-review comment: a table of findings by severity, then
 * each finding with its quoted texts, message and word diff. Deterministic.
 */
export function formatMarkdown(report: Report): string {
  const n = report.articles.length;
  const total = report.discrepancies.length;
  const lines = [
    `## crosscheck: ${total} finding${total === 1 ? '' : 's'} in ${n} article${n === 1 ? '' : 's'}`,
    '',
    `Articles: ${report.articles.map((a) => escapeMarkdown(articleLabel(report, a.id))).join(', ') || 'none'}.`,
    '',
  ];
  if (total === 0) lines.push('No discrepancies found.');
  else lines.push(`Findings: ${countLine(report)}.`, '', ...tableLines(report));
  for (const d of report.discrepancies) lines.push('', ...findingLines(report, d));
  if (report.errors.length > 0) {
    lines.push('', '### Input errors', '');
    for (const e of report.errors) lines.push(`- \`${e.code}\`: ${escapeMarkdown(e.message)}`);
  }
  return `${lines.join('\n')}\n`;
}
