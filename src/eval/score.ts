import type { CaseEntry, CaseQuote } from '../ingest/case.js';
import { findingMatchesEntry, textsMatch, type ScoredFinding } from './match.js';
import { scoreQuotes, type QuoteScore, type ScoredClaim } from './quotes.js';
import { sharedTokenCount, wordTokens } from './text.js';

/** What the scorer needs of a case: its id and labels. A parsed `CaseFile` fits. */
export interface CaseLabels {
  id: string;
  expected?: readonly CaseEntry[];
  allowed?: readonly CaseEntry[];
  forbidden?: readonly CaseEntry[];
  quotes?: readonly CaseQuote[];
}

/** What the scorer needs of a report. A `Report` fits. */
export interface ScorableReport {
  discrepancies: readonly ScoredFinding[];
  claims?: readonly ScoredClaim[];
}

/** How one expected entry fared. */
export interface EntryOutcome {
  entry: CaseEntry;
  /** Indexes into the report's discrepancies that match it. */
  matchedBy: number[];
  /** Why it was missed; null when matched. */
  why: string | null;
}

/** How one reported finding fared. */
export interface FindingOutcome {
  finding: ScoredFinding;
  index: number;
  /** `info` findings never count for precision. */
  counted: boolean;
  /** Matches an expected or allowed entry and no forbidden one. */
  correct: boolean;
  expected: number[];
  allowed: number[];
  forbidden: number[];
  /** Why it is not correct; null when correct. */
  why: string | null;
}

/** The scores of one case, with every outcome so a person can read why. */
export interface CaseScore {
  case: string;
  expected: EntryOutcome[];
  findings: FindingOutcome[];
  /** null when the case lists no gold quotes. */
  quotes: QuoteScore | null;
}

const quoted = (text: string, max = 90): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
};

function overlapShare(a: string, b: string): number {
  const ta = wordTokens(a);
  const tb = wordTokens(b);
  const shorter = Math.min(ta.length, tb.length);
  return shorter === 0 ? 0 : sharedTokenCount(ta, tb) / shorter;
}

function closest(text: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let score = -1;
  for (const c of candidates) {
    const s = overlapShare(text, c);
    if (s > score) {
      score = s;
      best = c;
    }
  }
  return best;
}

function indexesMatching(finding: ScoredFinding, entries: readonly CaseEntry[]): number[] {
  const out: number[] = [];
  entries.forEach((e, i) => {
    if (findingMatchesEntry(finding, e)) out.push(i);
  });
  return out;
}

function whyUnmatched(finding: ScoredFinding, labels: CaseLabels, forbidden: number[]): string {
  const f = labels.forbidden?.[forbidden[0] ?? -1];
  if (f) return `matches forbidden ${f.kind} entry ${quoted(f.text)}${f.why ? ` (${f.why})` : ''}`;
  const wanted = [...(labels.expected ?? []), ...(labels.allowed ?? [])];
  const sameArticle = wanted.filter((e) => e.article === finding.subject.article);
  const sameKind = sameArticle.filter((e) => e.kind === finding.kind || e.kind === '*');
  if (sameKind.length > 0) {
    const near = closest(finding.subject.text, sameKind.map((e) => e.text));
    return `text matches no expected or allowed ${finding.kind} entry in ${finding.subject.article}${near ? ` (closest: ${quoted(near)})` : ''}`;
  }
  const otherKind = sameArticle.find((e) => textsMatch(finding.subject.text, e.text));
  if (otherKind) return `no ${finding.kind} entry here; the text matches an entry of kind ${otherKind.kind}`;
  return `no expected or allowed ${finding.kind} entry for article ${finding.subject.article}`;
}

function whyMissed(entry: CaseEntry, findings: readonly ScoredFinding[]): string {
  const inArticle = findings.filter((f) => f.subject.article === entry.article);
  const sameKind = inArticle.filter((f) => entry.kind === '*' || f.kind === entry.kind);
  if (sameKind.length > 0) {
    const near = closest(entry.text, sameKind.map((f) => f.subject.text));
    return `${sameKind.length} ${entry.kind} finding(s) in ${entry.article}, none on this text${near ? ` (closest: ${quoted(near)})` : ''}`;
  }
  const otherKind = inArticle.find((f) => textsMatch(f.subject.text, entry.text));
  if (otherKind) return `reported as ${otherKind.kind} instead`;
  return `no ${entry.kind} finding in ${entry.article}`;
}

/**
 * Score one report against one case's labels, as ../shared/eval/FORMAT.md defines it.
 * @example scoreCase(caseFile, check(articles)).expected.filter((e) => !e.matchedBy.length)
 */
export function scoreCase(labels: CaseLabels, report: ScorableReport): CaseScore {
  const findings = report.discrepancies;
  const outcomes: FindingOutcome[] = findings.map((finding, index) => {
    const expected = indexesMatching(finding, labels.expected ?? []);
    const allowed = indexesMatching(finding, labels.allowed ?? []);
    const forbidden = indexesMatching(finding, labels.forbidden ?? []);
    const correct = (expected.length > 0 || allowed.length > 0) && forbidden.length === 0;
    const counted = finding.severity !== 'info';
    return {
      finding,
      index,
      counted,
      correct,
      expected,
      allowed,
      forbidden,
      why: correct ? null : whyUnmatched(finding, labels, forbidden),
    };
  });
  // Recall counts a match by any finding, info included: an expected single-source entry is met by an info finding.
  const expected: EntryOutcome[] = (labels.expected ?? []).map((entry, ei) => {
    const matchedBy = outcomes.filter((o) => o.expected.includes(ei)).map((o) => o.index);
    return { entry, matchedBy, why: matchedBy.length ? null : whyMissed(entry, findings) };
  });
  const quotes = labels.quotes ? scoreQuotes(report.claims ?? [], labels.quotes) : null;
  return { case: labels.id, expected, findings: outcomes, quotes };
}
