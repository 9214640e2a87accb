import type { EvalSummary, Ratio } from './summary.js';

/** Minimum scores an evaluation must reach; each is optional, 0–1. */
export interface EvalThresholds {
  minPrecision?: number;
  minRecall?: number;
  minQuotePrecision?: number;
  minQuoteRecall?: number;
  minSpeaker?: number;
}

/** A threshold that was not met. */
export interface ThresholdFailure {
  name: string;
  value: number;
  min: number;
}

/**
 * The thresholds a summary misses. A score with nothing to measure (no findings, no expected
 * entries, no gold quotes) passes: a false-positive-only case must not fail recall.
 */
export function checkThresholds(summary: EvalSummary, thresholds: EvalThresholds): ThresholdFailure[] {
  const rows: [string, Ratio | undefined, number | undefined][] = [
    ['precision', summary.overall.precision, thresholds.minPrecision],
    ['recall', summary.overall.recall, thresholds.minRecall],
    ['quote precision', summary.quotes?.precision, thresholds.minQuotePrecision],
    ['quote recall', summary.quotes?.recall, thresholds.minQuoteRecall],
    ['speaker accuracy', summary.quotes?.speaker, thresholds.minSpeaker],
  ];
  const failures: ThresholdFailure[] = [];
  for (const [name, ratio, min] of rows) {
    if (min === undefined || ratio?.value == null) continue;
    if (ratio.value < min) failures.push({ name, value: ratio.value, min });
  }
  return failures;
}
