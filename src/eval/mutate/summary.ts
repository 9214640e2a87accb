import type { Ratio } from '../summary.js';
import type { MutationEvaluation } from './run.js';
import { CHANGING_KINDS, PRESERVING_KINDS, type ChangingKind, type PreservingKind } from './types.js';

/** Detection of one meaning-changing mutation kind: detected / applied, and how often it could not be applied. */
export interface DetectionRow {
  kind: ChangingKind;
  detection: Ratio;
  skipped: number;
}

/** False findings of one meaning-preserving edit kind: edits with a new finding / edits. */
export interface FalseFindingRow {
  kind: PreservingKind;
  falseRate: Ratio;
  skipped: number;
}

/** The figures of a mutation run. */
export interface MutationSummary {
  seed: number;
  cases: number;
  detection: DetectionRow[];
  overallDetection: Ratio;
  falseFindings: FalseFindingRow[];
  overallFalseRate: Ratio;
}

const ratio = (hit: number, total: number): Ratio => ({ hit, total, value: total === 0 ? null : hit / total });

/** Per-kind and overall detection and false-finding rates (micro-averaged over cases). */
export function summarizeMutations(e: MutationEvaluation): MutationSummary {
  const skippedOf = (kind: string): number => e.skipped.filter((s) => s.mutation === kind).length;
  const detection = CHANGING_KINDS.map((kind) => {
    const rows = e.changing.filter((o) => o.mutation === kind);
    return { kind, detection: ratio(rows.filter((o) => o.detected).length, rows.length), skipped: skippedOf(kind) };
  });
  const falseFindings = PRESERVING_KINDS.map((kind) => {
    const rows = e.preserving.filter((o) => o.mutation === kind);
    return { kind, falseRate: ratio(rows.filter((o) => o.newFindings.length > 0).length, rows.length), skipped: skippedOf(kind) };
  });
  return {
    seed: e.seed,
    cases: e.cases.length,
    detection,
    overallDetection: ratio(e.changing.filter((o) => o.detected).length, e.changing.length),
    falseFindings,
    overallFalseRate: ratio(e.preserving.filter((o) => o.newFindings.length > 0).length, e.preserving.length),
  };
}

/** Limits a mutation run must keep; each optional, 0–1. */
export interface MutationThresholds {
  /** Overall detection rate must be at least this. */
  minDetection?: number;
  /** Overall false-finding rate must be at most this. */
  maxFalseRate?: number;
}

/** A limit a mutation run did not keep. */
export interface MutationThresholdFailure {
  name: 'detection' | 'false-finding rate';
  value: number;
  limit: number;
  /** `min`: the value must not be lower; `max`: it must not be higher. */
  bound: 'min' | 'max';
}

/** The limits a summary misses; a rate with nothing to measure passes. */
export function checkMutationThresholds(summary: MutationSummary, t: MutationThresholds): MutationThresholdFailure[] {
  const out: MutationThresholdFailure[] = [];
  const d = summary.overallDetection.value;
  if (t.minDetection !== undefined && d !== null && d < t.minDetection) out.push({ name: 'detection', value: d, limit: t.minDetection, bound: 'min' });
  const f = summary.overallFalseRate.value;
  if (t.maxFalseRate !== undefined && f !== null && f > t.maxFalseRate) out.push({ name: 'false-finding rate', value: f, limit: t.maxFalseRate, bound: 'max' });
  return out;
}
