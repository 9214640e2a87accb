import type { DiscrepancyKind } from '../../schema/discrepancy.js';
import type { Span } from '../../schema/span.js';
import type { Rng } from './rng.js';

/** An article as a mutation sees it: the fields `check()` takes. */
export interface MutationArticle {
  id: string;
  text: string;
  outlet?: string;
  url?: string;
  published?: string;
}

/** What every mutation gets: the case's articles and what it must leave alone. */
export interface MutationInput {
  articles: readonly MutationArticle[];
  /**
   * Spans per article id that already carry a finding in the unedited case: a meaning-changing
   * edit there could be "detected" by the old finding, so those places are not edited.
   */
  avoid?: ReadonlyMap<string, readonly Span[]>;
  /** Provenance role per article id (`copy`, `rewrite`, `original`, …): copies are edited first. */
  roles?: ReadonlyMap<string, string>;
  /** People named in the story (e.g. the speakers of the case's gold quotes), full names. */
  people?: readonly string[];
}

/** `[start, end)` of the mutated text copies `[from, from + end - start)` of the original text. */
export interface Segment {
  start: number;
  end: number;
  from: number;
}

/** One controlled edit of one article. */
export interface Mutation {
  /** The mutation kind (see `MUTATION_KINDS`). */
  kind: MutationKind;
  /** The id of the edited article. */
  article: string;
  /** Where the edit stands in the mutated text. */
  edit: Span;
  /** The original text the edit replaced (empty for an insertion), for the report. */
  before: string;
  /** The mutated text at `edit`. */
  after: string;
  /** A one-line description a person can read ("'will' → 'will not' in a quote of …"). */
  description: string;
  /** The case's articles with the one edited article replaced. */
  articles: MutationArticle[];
  /** How the edited article's mutated text maps back onto the original, to match old findings. */
  segments: Segment[];
}

/** Meaning-changing mutations, named after the finding each should produce. */
export const CHANGING_KINDS = [
  'quote-altered',
  'quote-speaker',
  'paraphrase-as-quote',
  'number-mismatch',
  'date-mismatch',
  'polarity-conflict',
  'duplicate-passage',
  'quote-context',
] as const satisfies readonly DiscrepancyKind[];

/** Meaning-preserving edits, which must produce no new finding. */
export const PRESERVING_KINDS = ['quote-style', 'punctuation', 'paragraph-order', 'synonyms', 'boilerplate'] as const;

/** A meaning-changing mutation kind: also the discrepancy kind it should be found as. */
export type ChangingKind = (typeof CHANGING_KINDS)[number];
/** A meaning-preserving edit kind. */
export type PreservingKind = (typeof PRESERVING_KINDS)[number];
/** Every mutation kind. */
export type MutationKind = ChangingKind | PreservingKind;

/** The outcome of trying one mutation on one case: the mutation, or why none could be made. */
export type MutationAttempt = { ok: true; mutation: Mutation } | { ok: false; reason: string };

/** A pure mutation: same input and same PRNG state give the same bytes. */
export type Mutator = (input: MutationInput, rng: Rng) => MutationAttempt;
