import { diffWords } from 'diff';
import type { Discrepancy, DiffPart, Severity } from '../schema/discrepancy.js';
import type { Report } from '../schema/report.js';
import type { LocatedText } from '../schema/span.js';
import { SEVERITY_ORDER } from './build.js';

/** Kinds about quoted words, whose findings show a word diff against the first counterpart. */
const QUOTE_KINDS = new Set<Discrepancy['kind']>(['paraphrase-as-quote', 'quote-altered', 'quote-speaker', 'quote-context']);

/** Equal runs longer than this many words are shortened to their ends in a compact diff. */
const DIFF_CONTEXT_WORDS = 4;

/** `reuters (Reuters)`, or just the id when the outlet is unknown or the same word. */
export function articleLabel(report: Pick<Report, 'articles'>, id: string): string {
  const outlet = report.articles.find((a) => a.id === id)?.outlet;
  return outlet && outlet.toLowerCase() !== id.toLowerCase() ? `${id} (${outlet})` : id;
}

/** One line of text, shortened in the middle beyond `max` characters. */
export function oneLine(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const half = Math.floor((max - 3) / 2);
  return `${flat.slice(0, half).trimEnd()} … ${flat.slice(flat.length - half).trimStart()}`;
}

/** The finding's own diff, or one computed from its first counterpart for quote kinds. */
export function findingDiff(d: Discrepancy): DiffPart[] | null {
  if (d.diff && d.diff.length > 0) return d.diff;
  const counterpart = d.counterparts[0];
  if (!QUOTE_KINDS.has(d.kind) || !counterpart) return null;
  return diffWords(oneLine(counterpart.text, Infinity), oneLine(d.subject.text, Infinity), { ignoreCase: true }).map((c) => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }));
}

function shortenEqual(text: string, first: boolean, last: boolean): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const keep = DIFF_CONTEXT_WORDS;
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) ? ' ' : '';
  if (first && last) return text;
  if (first && words.length > keep) return `… ${words.slice(-keep).join(' ')}${trail}`;
  if (last && words.length > keep) return `${lead}${words.slice(0, keep).join(' ')} …`;
  if (!first && !last && words.length > keep * 2) return `${lead}${words.slice(0, keep).join(' ')} … ${words.slice(-keep).join(' ')}${trail}`;
  return text;
}

/**
 * A diff as one line with long unchanged runs shortened, each change wrapped by `mark`.
 * Returns null when nothing changed.
 */
export function compactDiff(
  parts: readonly DiffPart[],
  mark: (op: 'insert' | 'delete', text: string) => string,
  plain: (text: string) => string = (text) => text,
): string | null {
  if (!parts.some((p) => p.op !== 'equal')) return null;
  const out = parts.map((p, i) => {
    const text = p.text.replace(/\s+/g, ' ');
    if (p.op === 'equal') return plain(shortenEqual(text, i === 0, i === parts.length - 1));
    const word = text.trim();
    const lead = text.startsWith(' ') ? ' ' : '';
    const trail = text.endsWith(' ') ? ' ' : '';
    return word ? `${lead}${mark(p.op, word)}${trail}` : text;
  });
  return out.join('').replace(/ {2,}/g, ' ').trim();
}

/** `2 high, 1 medium, 0 low, 3 info`. */
export function countLine(report: Pick<Report, 'discrepancies'>): string {
  return SEVERITY_ORDER.map((s) => `${report.discrepancies.filter((d) => d.severity === s).length} ${s}`).join(', ');
}

/** Findings of one severity, in report order. */
export function bySeverity(report: Pick<Report, 'discrepancies'>, severity: Severity): Discrepancy[] {
  return report.discrepancies.filter((d) => d.severity === severity);
}

const where = (report: Report, t: LocatedText): string => `${articleLabel(report, t.article)} @${t.start}-${t.end}`;

function findingLines(report: Report, d: Discrepancy): string[] {
  const lines = [`  ${d.id}  ${d.kind}  ${where(report, d.subject)}`, `      "${oneLine(d.subject.text)}"`];
  for (const c of d.counterparts) lines.push(`      vs ${where(report, c)}: "${oneLine(c.text)}"`);
  lines.push(`      ${d.message}`);
  const diff = findingDiff(d);
  const shown = diff && compactDiff(diff, (op, text) => (op === 'delete' ? `[-${text}-]` : `{+${text}+}`));
  if (shown) lines.push(`      diff: ${shown}`);
  return lines;
}

/**
 * The report for a person at a terminal: the articles, findings grouped by severity with their
 * quoted texts and word diffs, a count line, and input errors. Deterministic, no colour.
 */
export function formatText(report: Report): string {
  const n = report.articles.length;
  const lines = [`crosscheck: ${n} article${n === 1 ? '' : 's'}: ${report.articles.map((a) => articleLabel(report, a.id)).join(', ') || 'none'}`];
  for (const severity of SEVERITY_ORDER) {
    const findings = bySeverity(report, severity);
    if (findings.length === 0) continue;
    lines.push('', `${severity.toUpperCase()} (${findings.length})`);
    for (const d of findings) lines.push(...findingLines(report, d), '');
    lines.pop();
  }
  const total = report.discrepancies.length;
  lines.push('', total === 0 ? 'No discrepancies found.' : `${total} finding${total === 1 ? '' : 's'}: ${countLine(report)}`);
  if (report.errors.length > 0) {
    lines.push('', `${report.errors.length} input error${report.errors.length === 1 ? '' : 's'}:`);
    for (const e of report.errors) lines.push(`  ${e.code}: ${e.message}`);
  }
  return `${lines.join('\n')}\n`;
}
