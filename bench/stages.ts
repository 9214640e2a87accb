/**
 * The `check()` pipeline with a timer around each stage function, so the benchmark reports where
 * the time goes. It calls the same stage functions in the same order as src/check.ts; run.ts
 * asserts that its reports are byte-identical to `check()`'s.
 */
import { performance } from 'node:perf_hooks';
import { alignClaims } from '../src/align/align.js';
import { inferProvenance } from '../src/align/provenance.js';
import { extractClaims } from '../src/extract/index.js';
import { linkEntities } from '../src/extract/entities.js';
import { ingestArticles } from '../src/ingest/validate.js';
import { normalizeArticle } from '../src/normalize/index.js';
import type { NormalizedArticle } from '../src/normalize/types.js';
import { buildReport, summarizeArticle } from '../src/report/build.js';
import { builtinRules } from '../src/rules/index.js';
import { runRules } from '../src/rules/run.js';
import type { Claim } from '../src/schema/claim.js';
import type { Article } from '../src/schema/article.js';
import type { Report } from '../src/schema/report.js';

/** The stages timed, in pipeline order. */
export const STAGES = ['ingest', 'normalize', 'extract', 'align', 'detect', 'report'] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimes = Record<Stage, number>;

/** Zeroed stage timers. */
export function emptyTimes(): StageTimes {
  return { ingest: 0, normalize: 0, extract: 0, align: 0, detect: 0, report: 0 };
}

/** Check one story like `check()` does, adding each stage's milliseconds to `times`. */
export function checkTimed(articles: readonly Article[], times: StageTimes): Report {
  let t = performance.now();
  const lap = (stage: Stage): void => {
    const now = performance.now();
    times[stage] += now - t;
    t = now;
  };
  const ingested = ingestArticles(articles, {});
  lap('ingest');
  const docs: NormalizedArticle[] = [];
  const normalized: NormalizedArticle[] = [];
  for (const article of ingested.articles) normalized.push(normalizeArticle(article));
  lap('normalize');
  const perArticle: Claim[] = [];
  for (const doc of normalized) {
    perArticle.push(...extractClaims(doc));
    docs.push(doc);
  }
  const linked = linkEntities(docs, perArticle);
  lap('extract');
  const alignments = alignClaims(linked.claims, {});
  const provenance = inferProvenance(docs, linked.claims, alignments);
  lap('align');
  const summaries = docs.map((doc) => {
    const p = provenance.get(doc.id);
    return p ? { ...summarizeArticle(doc), role: p.role, basedOn: p.basedOn, evidence: p.evidence } : summarizeArticle(doc);
  });
  const discrepancies = runRules(builtinRules, { docs, summaries, claims: linked.claims, alignments, entities: linked.entities, reference: null }, {});
  lap('detect');
  const report = buildReport({ summaries, claims: linked.claims, alignments, discrepancies, entities: linked.entities, errors: [...ingested.errors] });
  lap('report');
  return report;
}
