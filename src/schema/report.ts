import { z } from 'zod';
import { AlignmentSchema } from './alignment.js';
import { ArticleSummarySchema } from './article.js';
import { ClaimSchema } from './claim.js';
import { DiscrepancySchema } from './discrepancy.js';

/** Why an input could not be checked. Data first: the CLI renders `message`. */
export const InputErrorCodeSchema = z.enum([
  'not-found',
  'unreadable',
  'not-text',
  'empty',
  'too-large',
  'invalid-article',
  'duplicate-id',
  'invalid-case',
  'internal',
]);
export type InputErrorCode = z.infer<typeof InputErrorCodeSchema>;

export const InputErrorSchema = z
  .object({
    code: InputErrorCodeSchema,
    /** The file, folder or article id the error is about. */
    input: z.string(),
    /** Line number in the input, where one applies (JSON Lines, case.json). */
    line: z.number().int().positive().optional(),
    message: z.string(),
  })
  .meta({ id: 'InputError' });
export type InputError = z.infer<typeof InputErrorSchema>;

/** A canonical entity and the spellings it appears under. */
export const EntitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['person', 'organization', 'place', 'other']),
    variants: z.array(z.object({ name: z.string(), articles: z.array(z.string()) })),
  })
  .meta({ id: 'Entity' });
export type Entity = z.infer<typeof EntitySchema>;

/** One story of a mixed intake: the articles that report the same event, and the terms that tell it apart. */
export const StoryGroupSchema = z
  .object({
    /** `s1`, `s2`, … in the order stories are first seen. */
    id: z.string(),
    /** Article ids, in input order. */
    articles: z.array(z.string()),
    /** The story's leading terms (content stems), most telling first. */
    terms: z.array(z.string()),
  })
  .meta({ id: 'StoryGroup' });
export type StoryGroup = z.infer<typeof StoryGroupSchema>;

/** The whole result of a check (CONTRACT.md). */
export const ReportSchema = z
  .object({
    version: z.literal(1),
    articles: z.array(ArticleSummarySchema),
    claims: z.array(ClaimSchema),
    alignments: z.array(AlignmentSchema),
    discrepancies: z.array(DiscrepancySchema),
    entities: z.array(EntitySchema),
    errors: z.array(InputErrorSchema),
    /**
     * Only in reports of a grouped intake (`checkMany`, `checkStream`, `crosscheck check --group`):
     * the story this report covers, as grouping found it.
     */
    stories: z.array(StoryGroupSchema).optional(),
  })
  .meta({ id: 'Report', title: 'crosscheck report' });
export type Report = z.infer<typeof ReportSchema>;
