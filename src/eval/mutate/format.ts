import { formatRatio } from '../format.js';
import type { ChangingOutcome, FindingBrief, MutationEvaluation, PreservingOutcome } from './run.js';
import type { MutationSummary, MutationThresholdFailure } from './summary.js';

const flat = (text: string, max = 90): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
};

const findingLine = (f: FindingBrief): string => `${f.id} ${f.kind} (${f.severity}) ${f.article} ${flat(f.text, 70)}`;

function missLines(o: ChangingOutcome): string[] {
  const lines = [`  ${o.case} ${o.article} ${o.mutation}: ${o.description}`, `      why: ${o.why ?? ''}`];
  for (const f of o.atEdit) lines.push(`      at the edit: ${findingLine(f)}`);
  for (const c of o.claims) lines.push(`      claim ${c.id} ${c.type}${c.speaker ? ` (speaker ${c.speaker})` : ''}${c.aligned.length ? ` aligned with ${c.aligned.slice(0, 3).join(', ')}` : ''}`);
  return lines;
}

function falseLines(o: PreservingOutcome): string[] {
  return [`  ${o.case} ${o.article} ${o.mutation}: ${o.description}`, ...o.newFindings.map((f) => `      new: ${findingLine(f)}: ${f.message}`)];
}

/** The mutation run as text: rates per kind, then every miss and every false finding with why. */
export function formatMutationEvaluation(e: MutationEvaluation, s: MutationSummary, failures: readonly MutationThresholdFailure[] = []): string {
  const width = 22;
  const lines = [`crosscheck mutation eval: ${s.cases} case${s.cases === 1 ? '' : 's'}, seed ${s.seed}`, ''];
  lines.push(`${'meaning-changing'.padEnd(width)}  ${'detected'.padEnd(16)}  not applicable`);
  for (const r of s.detection) lines.push(`${r.kind.padEnd(width)}  ${formatRatio(r.detection).padEnd(16)}  ${r.skipped}`);
  lines.push(`${'overall'.padEnd(width)}  ${formatRatio(s.overallDetection)}`, '');
  lines.push(`${'meaning-preserving'.padEnd(width)}  ${'false-finding rate'.padEnd(18)}  not applicable`);
  for (const r of s.falseFindings) lines.push(`${r.kind.padEnd(width)}  ${formatRatio(r.falseRate).padEnd(18)}  ${r.skipped}`);
  lines.push(`${'overall'.padEnd(width)}  ${formatRatio(s.overallFalseRate)}`);
  const misses = e.changing.filter((o) => !o.detected);
  if (misses.length) lines.push('', `missed (${misses.length})`, ...misses.flatMap(missLines));
  const falses = e.preserving.filter((o) => o.newFindings.length > 0);
  if (falses.length) lines.push('', `false findings (${falses.length} edits)`, ...falses.flatMap(falseLines));
  if (e.skipped.length) lines.push('', `not applicable (${e.skipped.length})`, ...e.skipped.map((k) => `  ${k.case} ${k.mutation}: ${k.reason}`));
  if (failures.length) {
    lines.push('');
    for (const f of failures) lines.push(`FAILED: ${f.name} ${f.value.toFixed(3)} ${f.bound === 'min' ? '<' : '>'} ${f.limit}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The mutation run as plain data for `--json`: the figures, the failures and every outcome. */
export function mutationEvaluationToJson(e: MutationEvaluation, s: MutationSummary, failures: readonly MutationThresholdFailure[] = []) {
  return {
    summary: s,
    failures,
    misses: e.changing.filter((o) => !o.detected),
    falseFindings: e.preserving.filter((o) => o.newFindings.length > 0),
    detected: e.changing.filter((o) => o.detected),
    preserved: e.preserving.filter((o) => o.newFindings.length === 0),
    skipped: e.skipped,
  };
}

/** The JSON shape of `npm run eval -- --mutate --json`. */
export type MutationEvaluationJson = ReturnType<typeof mutationEvaluationToJson>;
