import { z } from 'zod';
import { SpanSchema } from './span.js';

/** Who a quote or reported statement is attributed to. */
export const SpeakerSchema = z
  .object({
    /** Canonical name after resolving pronouns, titles and spelling variants. */
    name: z.string(),
    /** Where the attribution itself stands ("he", "Roe", "the minister"); null when inferred. */
    span: SpanSchema.nullable(),
    /** Canonical entity id (see `entity-mention` claims), when the speaker is a known entity. */
    entity: z.string().nullable(),
    /** How the name was found. */
    via: z.enum(['name', 'pronoun', 'title', 'previous', 'context']),
  })
  .meta({ id: 'Speaker' });
export type Speaker = z.infer<typeof SpeakerSchema>;

const claimBase = {
  /** Stable id: article id + `#` + kind letter + ordinal, e.g. `reuters#q3`. */
  id: z.string(),
  article: z.string(),
  span: SpanSchema,
  /** `text.slice(span.start, span.end)` of the article. */
  text: z.string(),
};

/** Text inside quotation marks given as someone's words. */
export const QuoteClaimSchema = z
  .object({
    ...claimBase,
    type: z.literal('quote'),
    speaker: SpeakerSchema.nullable(),
    /** The attribution verb ("said", "stated", "told"), when one was found. */
    verb: z.string().nullable(),
    /** A fragment quoted inside a sentence of the reporter's ("warm ties"). */
    partial: z.boolean(),
    /** Contains an ellipsis standing for omitted words. */
    elided: z.boolean(),
    /** Pieces of one quotation (interrupted by "he said", or over several paragraphs) share this id. */
    quotation: z.string(),
    /** The sentence that holds the quote. */
    sentence: SpanSchema,
    /** The reporter's words that introduce the quote in its sentence or paragraph ("Referring to X, he stated:"). */
    context: z.object({ span: SpanSchema, text: z.string() }).nullable(),
  })
  .meta({ id: 'QuoteClaim' });
export type QuoteClaim = z.infer<typeof QuoteClaimSchema>;

/** Reported (indirect) speech: "X said (that) …", "…, he said." */
export const ReportedClaimSchema = z
  .object({
    ...claimBase,
    type: z.literal('reported'),
    speaker: SpeakerSchema.nullable(),
    verb: z.string(),
    /** The reported content without the attribution. */
    content: z.object({ span: SpanSchema, text: z.string() }),
  })
  .meta({ id: 'ReportedClaim' });
export type ReportedClaim = z.infer<typeof ReportedClaimSchema>;

/** A sentence in the reporter's own voice, neither quote nor attributed speech. */
export const NarrationClaimSchema = z
  .object({
    ...claimBase,
    type: z.literal('narration'),
  })
  .meta({ id: 'NarrationClaim' });
export type NarrationClaim = z.infer<typeof NarrationClaimSchema>;

/** A quantity: value, unit and hedge ("about 2,500 troops"). */
export const NumberClaimSchema = z
  .object({
    ...claimBase,
    type: z.literal('number'),
    value: z.number(),
    unit: z.string().nullable(),
    /** "about", "more than", "at least", … when the figure is hedged. */
    hedge: z.string().nullable(),
    /** The sentence holding the number, for aligning what it counts. */
    sentence: SpanSchema,
  })
  .meta({ id: 'NumberClaim' });
export type NumberClaim = z.infer<typeof NumberClaimSchema>;

/** A date, resolved against the article's publication date where possible. */
export const DateClaimSchema = z
  .object({
    ...claimBase,
    type: z.literal('date'),
    /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when relative and the article has no date. */
    iso: z.string().nullable(),
    grain: z.enum(['day', 'month', 'year']),
    relative: z.boolean(),
    sentence: SpanSchema,
  })
  .meta({ id: 'DateClaim' });
export type DateClaim = z.infer<typeof DateClaimSchema>;

/** A mention of a person, organisation or place, linked to a canonical entity. */
export const EntityMentionClaimSchema = z
  .object({
    ...claimBase,
    type: z.literal('entity-mention'),
    entity: z.string(),
    name: z.string(),
    kind: z.enum(['person', 'organization', 'place', 'other']),
  })
  .meta({ id: 'EntityMentionClaim' });
export type EntityMentionClaim = z.infer<typeof EntityMentionClaimSchema>;

/** Every typed claim, discriminated on `type`. */
export const ClaimSchema = z
  .discriminatedUnion('type', [
    QuoteClaimSchema,
    ReportedClaimSchema,
    NarrationClaimSchema,
    NumberClaimSchema,
    DateClaimSchema,
    EntityMentionClaimSchema,
  ])
  .meta({ id: 'Claim' });
export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimType = Claim['type'];
