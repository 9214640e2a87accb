import { check, type CheckRunOptions } from '../../check.js';
import { readInputs } from '../../ingest/files.js';
import type { Discrepancy, DiscrepancyKind, Severity } from '../../schema/discrepancy.js';
import type { InputError, Report } from '../../schema/report.js';
import type { Span } from '../../schema/span.js';
import { expandCaseFolders } from '../run.js';
import { toOriginal } from './map.js';
import { CHANGING_MUTATORS, PRESERVING_MUTATORS } from './registry.js';
import { rngFor } from './rng.js';
import { overlaps } from './scan.js';
import { CHANGING_KINDS, PRESERVING_KINDS, type ChangingKind, type Mutation, type MutationArticle, type MutationKind, type PreservingKind } from './types.js';

/** A finding, shortened for the report of a mutation run. */
export interface FindingBrief {
  id: string;
  kind: DiscrepancyKind;
  severity: Severity;
  article: string;
  start: number;
  end: number;
  text: string;
  message: string;
}

/** A claim the checker extracted at an edit, and the claims of other articles it was aligned with. */
export interface ClaimBrief {
  id: string;
  type: string;
  speaker: string | null;
  aligned: string[];
}

/** What was edited, common to both sorts of outcome. */
export interface EditBrief {
  case: string;
  article: string;
  edit: Span;
  before: string;
  after: string;
  description: string;
}

/** A meaning-changing mutation and whether the checker found it. */
export interface ChangingOutcome extends EditBrief {
  mutation: ChangingKind;
  detected: boolean;
  /** The finding of the intended kind at the edit, when detected. */
  finding: FindingBrief | null;
  /** Findings of other kinds whose subject overlaps the edit. */
  atEdit: FindingBrief[];
  /** Findings of the intended kind in the edited article that miss the edit. */
  elsewhere: FindingBrief[];
  /** Claims (entity mentions left out) overlapping the edit. */
  claims: ClaimBrief[];
  /** Why it was missed, for a person to read; null when detected. */
  why: string | null;
}

/** A meaning-preserving edit and the findings it created or lost. */
export interface PreservingOutcome extends EditBrief {
  mutation: PreservingKind;
  /** Findings (severity other than info) the unedited case did not have. */
  newFindings: FindingBrief[];
  /** Findings (severity other than info) of the unedited case that vanished; shown, not counted. */
  lost: FindingBrief[];
}

/** A mutation that could not be applied to a case, and why. */
export interface SkippedMutation {
  case: string;
  mutation: MutationKind;
  reason: string;
}

/** Everything a mutation run found. */
export interface MutationEvaluation {
  seed: number;
  cases: string[];
  changing: ChangingOutcome[];
  preserving: PreservingOutcome[];
  skipped: SkippedMutation[];
  errors: InputError[];
}

/** Options of `evaluateMutations`. */
export interface MutationRunOptions {
  /** The run seed; the same seed gives the same edits. Default 1. */
  seed?: number;
  /** Only these mutation kinds. Default: all. */
  kinds?: readonly MutationKind[];
  /** Options passed to every `check()`. */
  check?: CheckRunOptions;
}

const brief = (d: Discrepancy): FindingBrief => ({
  id: d.id,
  kind: d.kind,
  severity: d.severity,
  article: d.subject.article,
  start: d.subject.start,
  end: d.subject.end,
  text: d.subject.text,
  message: d.message,
});

const counted = (d: Discrepancy): boolean => d.severity !== 'info';

/** True when a finding of the mutated report stands where the unedited report had the same one. */
function sameFinding(mutation: Mutation, edited: Discrepancy, original: Discrepancy): boolean {
  if (edited.kind !== original.kind || edited.subject.article !== original.subject.article) return false;
  if (edited.subject.article !== mutation.article) return overlaps(edited.subject, original.subject);
  return toOriginal(mutation.segments, edited.subject).some((s) => overlaps(s, original.subject));
}

function claimsAt(report: Report, article: string, edit: Span): ClaimBrief[] {
  const articleOf = new Map(report.claims.map((c) => [c.id, c.article]));
  return report.claims
    .filter((c) => c.article === article && c.type !== 'entity-mention' && overlaps(c.span, edit))
    .map((c) => ({
      id: c.id,
      type: c.type,
      speaker: 'speaker' in c && c.speaker ? c.speaker.name : null,
      aligned: report.alignments.filter((a) => a.claims.includes(c.id)).flatMap((a) => a.claims.filter((id) => articleOf.get(id) !== article)),
    }));
}

function whyMissed(kind: ChangingKind, atEdit: FindingBrief[], elsewhere: FindingBrief[], claims: ClaimBrief[]): string {
  const parts: string[] = [];
  if (atEdit.length > 0) parts.push(`reported as ${[...new Set(atEdit.map((f) => f.kind))].join(', ')} instead`);
  else if (elsewhere.length > 0) parts.push(`${kind} reported in the article but not at the edit`);
  else parts.push('no finding at the edit');
  if (claims.length === 0) parts.push('no claim extracted at the edit');
  else if (claims.every((c) => c.aligned.length === 0)) parts.push(`claims at the edit (${[...new Set(claims.map((c) => c.type))].join(', ')}) aligned with nothing in another article`);
  else parts.push(`claims at the edit aligned with ${[...new Set(claims.flatMap((c) => c.aligned))].slice(0, 3).join(', ')}, but no ${kind} rule fired`);
  return parts.join('; ');
}

/** Score a meaning-changing mutation on the report of its mutated case. */
export function scoreChanging(caseId: string, mutation: Mutation & { kind: ChangingKind }, report: Report): ChangingOutcome {
  const mine = report.discrepancies.filter((d) => d.subject.article === mutation.article && overlaps(d.subject, mutation.edit));
  const hit = mine.find((d) => d.kind === mutation.kind);
  const atEdit = mine.filter((d) => d.kind !== mutation.kind).map(brief);
  const elsewhere = report.discrepancies.filter((d) => d.kind === mutation.kind && d.subject.article === mutation.article && d !== hit).map(brief);
  const claims = claimsAt(report, mutation.article, mutation.edit);
  return {
    case: caseId,
    mutation: mutation.kind,
    article: mutation.article,
    edit: mutation.edit,
    before: mutation.before,
    after: mutation.after,
    description: mutation.description,
    detected: hit !== undefined,
    finding: hit ? brief(hit) : null,
    atEdit,
    elsewhere: hit ? [] : elsewhere,
    claims,
    why: hit ? null : whyMissed(mutation.kind, atEdit, elsewhere, claims),
  };
}

/** Score a meaning-preserving edit: the findings it added (and lost) against the unedited report. */
export function scorePreserving(caseId: string, mutation: Mutation & { kind: PreservingKind }, baseline: Report, report: Report): PreservingOutcome {
  const before = baseline.discrepancies.filter(counted);
  const after = report.discrepancies.filter(counted);
  const newFindings = after.filter((d) => !before.some((b) => sameFinding(mutation, d, b)));
  const lost = before.filter((b) => !after.some((d) => sameFinding(mutation, d, b)));
  return {
    case: caseId,
    mutation: mutation.kind,
    article: mutation.article,
    edit: mutation.edit,
    before: mutation.before,
    after: mutation.after,
    description: mutation.description,
    newFindings: newFindings.map(brief),
    lost: lost.map(brief),
  };
}

/** Subject spans of the unedited report's findings, per article: places a meaning-changing edit leaves alone. */
export function findingSpans(report: Report): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const d of report.discrepancies.filter(counted)) {
    const list = out.get(d.subject.article) ?? [];
    list.push({ start: d.subject.start, end: d.subject.end });
    out.set(d.subject.article, list);
  }
  return out;
}

const isChanging = (k: MutationKind): k is ChangingKind => (CHANGING_KINDS as readonly string[]).includes(k);

/**
 * Mutate every case folder's articles (one article per mutation kind, chosen and edited from the
 * seed), check each mutated case and score it: meaning-changing edits must be found at the
 * edit, meaning-preserving ones must add no finding. Never prints.
 */
export async function evaluateMutations(paths: readonly string[], options: MutationRunOptions = {}): Promise<MutationEvaluation> {
  const seed = options.seed ?? 1;
  const kinds = options.kinds ?? [...CHANGING_KINDS, ...PRESERVING_KINDS];
  const expanded = await expandCaseFolders(paths);
  const errors = [...expanded.errors];
  const evaluation: MutationEvaluation = { seed, cases: [], changing: [], preserving: [], skipped: [], errors };
  for (const dir of expanded.dirs) {
    const read = await readInputs([dir], { maxArticleChars: options.check?.maxArticleChars });
    errors.push(...read.errors);
    const story = read.stories[0];
    if (!story?.caseFile) continue;
    const caseId = story.caseFile.id;
    evaluation.cases.push(caseId);
    const articles: MutationArticle[] = story.articles.map((a) => ({ ...a }));
    const baseline = check(articles, options.check);
    const people = [...new Set((story.caseFile.quotes ?? []).flatMap((q) => (q.speaker ? [q.speaker] : [])))];
    const roles = new Map(baseline.articles.flatMap((a) => (a.role ? [[a.id, a.role] as const] : [])));
    const input = { articles, avoid: findingSpans(baseline), people, roles };
    for (const kind of kinds) {
      const mutator = isChanging(kind) ? CHANGING_MUTATORS[kind] : PRESERVING_MUTATORS[kind];
      const attempt = mutator(isChanging(kind) ? input : { articles, people, roles }, rngFor(seed, caseId, kind));
      if (!attempt.ok) {
        evaluation.skipped.push({ case: caseId, mutation: kind, reason: attempt.reason });
        continue;
      }
      const m = attempt.mutation;
      const report = check(m.articles, options.check);
      if (isChanging(kind)) evaluation.changing.push(scoreChanging(caseId, { ...m, kind }, report));
      else evaluation.preserving.push(scorePreserving(caseId, { ...m, kind: kind as PreservingKind }, baseline, report));
    }
  }
  return evaluation;
}

