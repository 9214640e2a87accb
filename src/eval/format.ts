import type { CaseScore } from './score.js';
import type { EvalSummary, Ratio } from './summary.js';
import type { ThresholdFailure } from './thresholds.js';

const flat = (text: string, max = 100): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
};

/** `0.75 (3/4)`, or `n/a (0/0)` when there is nothing to measure. */
export function formatRatio(r: Ratio): string {
  return `${r.value === null ? ' n/a' : r.value.toFixed(2)} (${r.hit}/${r.total})`;
}

function summaryLines(summary: EvalSummary): string[] {
  const width = Math.max(7, ...summary.kinds.map((k) => k.kind.length));
  const row = (name: string, p: Ratio, r: Ratio): string =>
    `${name.padEnd(width)}  ${formatRatio(p).padEnd(16)}  ${formatRatio(r)}`;
  const lines = [`${'kind'.padEnd(width)}  ${'precision'.padEnd(16)}  recall`];
  for (const k of summary.kinds) lines.push(row(k.kind, k.precision, k.recall));
  lines.push(row('overall', summary.overall.precision, summary.overall.recall));
  lines.push(`info findings (never counted for precision): ${summary.info}`);
  if (summary.quotes) {
    const q = summary.quotes;
    lines.push('', `quotes: precision ${formatRatio(q.precision)}  recall ${formatRatio(q.recall)}  speaker ${formatRatio(q.speaker)}`);
  }
  return lines;
}

function caseLines(score: CaseScore): string[] {
  const lines: string[] = [];
  for (const e of score.expected) {
    if (e.why) lines.push(`  missed     ${e.entry.kind} ${e.entry.article} ${flat(e.entry.text)}: ${e.why}`);
  }
  for (const f of score.findings) {
    if (!f.counted || f.correct) continue;
    const id = f.finding.id ? `${f.finding.id} ` : '';
    lines.push(`  unmatched  ${id}${f.finding.kind} ${f.finding.subject.article} ${flat(f.finding.subject.text)}: ${f.why}`);
  }
  if (score.quotes) {
    for (const g of score.quotes.gold) {
      if (g.matched) continue;
      const near = g.closest ? ` (best F1 ${g.f1.toFixed(2)}: ${flat(g.closest, 60)})` : ' (no quote claim in the article)';
      lines.push(`  quote missed     ${g.quote.article} ${flat(g.quote.text)}${near}`);
    }
    for (const c of score.quotes.claims) {
      if (!c.matched) lines.push(`  quote unmatched  ${c.claim.article} ${flat(c.best.text)} (best F1 ${c.f1.toFixed(2)})`);
      else if (c.speakerRight === false) {
        const gold = c.gold === null ? undefined : score.quotes.gold[c.gold]?.quote.speaker;
        lines.push(`  wrong speaker    ${c.claim.article} ${flat(c.best.text, 60)}: ${c.best.speaker?.name ?? 'none'}, expected ${gold ?? '?'}`);
      }
    }
  }
  return lines.length ? [`${score.case}`, ...lines] : [`${score.case}: nothing missed, nothing unmatched`];
}

/** The evaluation as text: per-kind and overall scores, then every miss and unmatched finding with why. */
export function formatEvaluation(cases: readonly CaseScore[], summary: EvalSummary, failures: readonly ThresholdFailure[] = []): string {
  const lines = [`crosscheck eval: ${summary.cases} case${summary.cases === 1 ? '' : 's'}`, '', ...summaryLines(summary)];
  for (const c of cases) lines.push('', ...caseLines(c));
  if (failures.length) {
    lines.push('');
    for (const f of failures) lines.push(`FAILED: ${f.name} ${f.value.toFixed(3)} < ${f.min}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The evaluation as plain data for `--json`: scores, failures and every miss with why. */
export function evaluationToJson(cases: readonly CaseScore[], summary: EvalSummary, failures: readonly ThresholdFailure[] = []) {
  return {
    summary,
    failures,
    cases: cases.map((c) => ({
      case: c.case,
      missed: c.expected.filter((e) => e.why).map((e) => ({ kind: e.entry.kind, article: e.entry.article, text: e.entry.text, why: e.why })),
      unmatched: c.findings
        .filter((f) => f.counted && !f.correct)
        .map((f) => ({ id: f.finding.id ?? null, kind: f.finding.kind, severity: f.finding.severity, article: f.finding.subject.article, text: f.finding.subject.text, why: f.why })),
      quotes: c.quotes && {
        missed: c.quotes.gold.filter((g) => !g.matched).map((g) => ({ article: g.quote.article, text: g.quote.text, bestF1: g.f1, closest: g.closest })),
        unmatched: c.quotes.claims.filter((q) => !q.matched).map((q) => ({ article: q.claim.article, text: q.best.text, bestF1: q.f1 })),
        wrongSpeaker: c.quotes.claims
          .filter((q) => q.speakerRight === false)
          .map((q) => ({ article: q.claim.article, text: q.best.text, speaker: q.best.speaker?.name ?? null, expected: q.gold === null ? null : (c.quotes?.gold[q.gold]?.quote.speaker ?? null) })),
      },
    })),
  };
}

/** The JSON shape of `npm run eval -- --json`. */
export type EvaluationJson = ReturnType<typeof evaluationToJson>;
