import { z } from 'zod';

/** ISO calendar date (`2025-01-16`) or full ISO timestamp. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date such as 2025-01-16');

/** One article as a caller hands it in. `text` is never mutated: every offset points into it. */
export const ArticleSchema = z
  .object({
    id: z.string().min(1, 'article id must not be empty'),
    text: z.string(),
    outlet: z.string().optional(),
    url: z.string().optional(),
    published: IsoDateSchema.optional(),
  })
  .meta({ id: 'Article' });
export type Article = z.infer<typeof ArticleSchema>;

/** How an article relates to the others in its story. */
export const ProvenanceRoleSchema = z.enum(['original', 'copy', 'rewrite', 'summary', 'independent', 'unknown']);
export type ProvenanceRole = z.infer<typeof ProvenanceRoleSchema>;

/** An article as it appears in the report: metadata, inferred where the caller gave none. */
export const ArticleSummarySchema = z
  .object({
    id: z.string(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    published: z.string().nullable(),
    chars: z.number().int().nonnegative(),
    /** Where `outlet` and `published` came from: the caller or the text. */
    inferred: z.object({ outlet: z.boolean(), published: z.boolean() }),
    role: ProvenanceRoleSchema.optional(),
    basedOn: z.array(z.string()).optional(),
    evidence: z.array(z.string()).optional(),
  })
  .meta({ id: 'ArticleSummary' });
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
