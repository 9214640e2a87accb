import type { Span } from '../../schema/span.js';
import type { Rng } from './rng.js';
import { rankArticles } from './scan.js';
import type { Mutation, MutationArticle, MutationAttempt, MutationInput, MutationKind, Segment } from './types.js';

/** A place to edit in one article. */
export interface Site {
  article: MutationArticle;
}

/**
 * Pick where to edit: the first article, in `rankArticles` order (copies first), that has any
 * site, then one of its sites at random. Deterministic for a given PRNG state.
 */
export function chooseSite<T>(input: MutationInput, rng: Rng, sitesOf: (article: MutationArticle) => T[]): { article: MutationArticle; site: T } | undefined {
  for (const article of rankArticles(input.articles, input.roles)) {
    const sites = sitesOf(article);
    const site = rng.pick(sites);
    if (site !== undefined) return { article, site };
  }
  return undefined;
}

/** The attempt for a mutation that found nowhere to apply. */
export const skipped = (reason: string): MutationAttempt => ({ ok: false, reason });

/** Assemble the attempt for an edit of one article. */
export function mutated(
  kind: MutationKind,
  input: MutationInput,
  article: MutationArticle,
  result: { text: string; segments: Segment[] },
  edit: Span,
  before: string,
  description: string,
): MutationAttempt {
  const mutation: Mutation = {
    kind,
    article: article.id,
    edit,
    before,
    after: result.text.slice(edit.start, edit.end),
    description,
    articles: input.articles.map((a) => (a.id === article.id ? { ...a, text: result.text } : { ...a })),
    segments: result.segments,
  };
  return { ok: true, mutation };
}

/** Shorten text for a description line. */
export function clip(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
