import { alignClaims } from './align/align.js';
import { inferProvenance } from './align/provenance.js';
import { extractClaims } from './extract/index.js';
import { linkEntities, type LinkedEntities } from './extract/entities.js';
import { ingestArticles } from './ingest/validate.js';
import { normalizeArticle } from './normalize/index.js';
import type { NormalizedArticle } from './normalize/types.js';
import { buildReport, summarizeArticle } from './report/build.js';
import { builtinRules } from './rules/index.js';
import { runRules, type RuleInputs } from './rules/run.js';
import type { Rule } from './rules/types.js';
import type { Alignment } from './schema/alignment.js';
import type { Article, ArticleSummary } from './schema/article.js';
import type { Claim } from './schema/claim.js';
import type { Discrepancy } from './schema/discrepancy.js';
import type { CheckOptions } from './schema/options.js';
import type { Entity, InputError, Report } from './schema/report.js';

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
 * A check in progress: the articles accepted by ingestion and what has been made of them so far.
 * The stage helpers below fill it in order; `check` and `checkAsync` share them so both give
 * the same report byte for byte.
 */
export interface CheckState {
  /** Articles that passed ingestion, in input order. */
  articles: readonly Article[];
  /** Input errors and articles that could not be checked, in the order found. */
  errors: InputError[];
  /** Normalized articles that were checked. */
  docs: NormalizedArticle[];
  /** Their claims, article after article, before entity linking. */
  claims: Claim[];
}

/** Stage 1: validate the input articles against the limits in `options`. */
export function ingestStage(articles: readonly unknown[], options: CheckOptions): CheckState {
  const ingested = ingestArticles(articles, {
    maxArticleChars: options.maxArticleChars,
    maxArticles: options.maxArticles,
    maxTotalChars: options.maxTotalChars,
  });
  return { articles: ingested.articles, errors: [...ingested.errors], docs: [], claims: [] };
}

/** Stage 2, once per article: normalize it and extract its claims; a failure becomes an error entry. */
export function articleStage(state: CheckState, article: Article): void {
  try {
    const doc = normalizeArticle(article);
    const claims = extractClaims(doc);
    state.docs.push(doc);
    for (const c of claims) state.claims.push(c);
  } catch (e) {
    // A bug of ours on one article must not lose the others.
    state.errors.push({ code: 'internal', input: article.id, message: `${article.id}: could not be checked: ${errorMessage(e)}` });
  }
}

/** What linking and alignment make of a story's claims. */
export interface AlignedStory {
  linked: LinkedEntities;
  alignments: Alignment[];
  reference: string | null;
}

/** Stage 3: check the reference article, link entities across articles and align claims. */
export function alignStage(state: CheckState, options: CheckOptions): AlignedStory {
  const reference = options.reference ?? null;
  if (reference !== null && !state.docs.some((d) => d.id === reference)) {
    state.errors.push({ code: 'invalid-article', input: reference, message: `${reference}: the reference article is not among the checked articles` });
  }
  const linked = linkEntities(state.docs, state.claims);
  const alignments = alignClaims(linked.claims, { threshold: options.alignThreshold });
  return { linked, alignments, reference };
}

/** The inputs every rule sees, with the article summaries the report lists. */
export interface StoryInputs extends RuleInputs {
  summaries: ArticleSummary[];
  claims: Claim[];
  alignments: Alignment[];
  entities: Entity[];
  reference: string | null;
}

/** Stage 4: infer who copied whom and build the inputs every rule sees. */
export function provenanceStage(state: CheckState, story: AlignedStory): StoryInputs {
  const { docs } = state;
  const provenance = inferProvenance(docs, story.linked.claims, story.alignments);
  const summaries = docs.map((doc) => {
    const p = provenance.get(doc.id);
    return p ? { ...summarizeArticle(doc), role: p.role, basedOn: p.basedOn, evidence: p.evidence } : summarizeArticle(doc);
  });
  return { docs, summaries, claims: story.linked.claims, alignments: story.alignments, entities: story.linked.entities, reference: story.reference };
}

/** The built-in rules followed by the caller's own. */
export function rulesOf(options: CheckRunOptions): Rule[] {
  return [...builtinRules, ...(options.rules ?? [])];
}

/** Last stage: the report, with claims left out when `options.claims` is false. */
export function reportStage(state: CheckState, inputs: StoryInputs, discrepancies: Omit<Discrepancy, 'id'>[], options: CheckOptions): Report {
  return buildReport({
    summaries: inputs.summaries,
    claims: options.claims === false ? [] : inputs.claims,
    alignments: inputs.alignments,
    discrepancies,
    entities: inputs.entities,
    errors: state.errors,
  });
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
  const state = ingestStage(articles, options);
  for (const article of state.articles) {
    signal?.throwIfAborted();
    articleStage(state, article);
  }
  signal?.throwIfAborted();
  const story = alignStage(state, options);
  signal?.throwIfAborted();
  const inputs = provenanceStage(state, story);
  const discrepancies = runRules(rulesOf(options), inputs, options, state.errors);
  return reportStage(state, inputs, discrepancies, options);
}
