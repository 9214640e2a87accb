import { alignClaims } from './align/align.js';
import { inferProvenance } from './align/provenance.js';
import { extractClaims } from './extract/index.js';
import { linkEntities } from './extract/entities.js';
import { ingestArticles } from './ingest/validate.js';
import { normalizeArticle } from './normalize/index.js';
import type { NormalizedArticle } from './normalize/types.js';
import { buildReport, summarizeArticle } from './report/build.js';
import { builtinRules } from './rules/index.js';
import { runRules } from './rules/run.js';
import type { Rule } from './rules/types.js';
import type { Claim } from './schema/claim.js';
import type { CheckOptions } from './schema/options.js';
import type { InputError, Report } from './schema/report.js';

/** `check()` options: the serialisable `CheckOptions` plus rules of your own. */
export interface CheckRunOptions extends CheckOptions {
  /** Extra rules to run after the built-in ones. */
  rules?: readonly Rule[];
  /** Stops the check between stages and articles; `check` then throws the signal's reason. */
  signal?: AbortSignal;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Check a story's articles against each other and return the report.
 * Never throws on bad article text: a bad article becomes an entry in `report.errors`. It throws
 * only when `options.signal` aborts, with the signal's reason.
 * @example
 * const report = check([{ id: 'wire', text: wireText }, { id: 'copy', text: copyText }]);
 * for (const d of report.discrepancies) console.log(d.severity, d.message);
 */
export function check(articles: readonly unknown[], options: CheckRunOptions = {}): Report {
  const signal = options.signal;
  signal?.throwIfAborted();
  const ingested = ingestArticles(articles, {
    maxArticleChars: options.maxArticleChars,
    maxArticles: options.maxArticles,
    maxTotalChars: options.maxTotalChars,
  });
  const errors: InputError[] = [...ingested.errors];
  const docs: NormalizedArticle[] = [];
  const perArticle: Claim[] = [];
  for (const article of ingested.articles) {
    signal?.throwIfAborted();
    try {
      const doc = normalizeArticle(article);
      const claims = extractClaims(doc);
      docs.push(doc);
      perArticle.push(...claims);
    } catch (e) {
      // A bug of ours on one article must not lose the others.
      errors.push({ code: 'internal', input: article.id, message: `${article.id}: could not be checked: ${errorMessage(e)}` });
    }
  }
  signal?.throwIfAborted();
  const reference = options.reference ?? null;
  if (reference !== null && !docs.some((d) => d.id === reference)) {
    errors.push({ code: 'invalid-article', input: reference, message: `${reference}: the reference article is not among the checked articles` });
  }
  const linked = linkEntities(docs, perArticle);
  const alignments = alignClaims(linked.claims, { threshold: options.alignThreshold });
  signal?.throwIfAborted();
  const provenance = inferProvenance(docs, linked.claims, alignments);
  const summaries = docs.map((doc) => {
    const p = provenance.get(doc.id);
    return p ? { ...summarizeArticle(doc), role: p.role, basedOn: p.basedOn, evidence: p.evidence } : summarizeArticle(doc);
  });
  const rules = [...builtinRules, ...(options.rules ?? [])];
  const discrepancies = runRules(rules, { docs, summaries, claims: linked.claims, alignments, entities: linked.entities, reference }, options);
  return buildReport({
    summaries,
    claims: options.claims === false ? [] : linked.claims,
    alignments,
    discrepancies,
    entities: linked.entities,
    errors,
  });
}
