import { z } from 'zod';
import { LocatedTextSchema } from './span.js';

/** The discrepancy kinds of CONTRACT.md; rule ids and rule file names use the same words. */
export const DiscrepancyKindSchema = z.enum([
  'paraphrase-as-quote',
  'quote-altered',
  'quote-speaker',
  'quote-context',
  'number-mismatch',
  'date-mismatch',
  'polarity-conflict',
  'source-misattribution',
  'duplicate-passage',
  'single-source',
  'name-variant',
]);
export type DiscrepancyKind = z.infer<typeof DiscrepancyKindSchema>;

export const SeveritySchema = z.enum(['high', 'medium', 'low', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** One step of a word diff from counterpart (`delete`) to subject (`insert`). */
export const DiffPartSchema = z
  .object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })
  .meta({ id: 'DiffPart' });
export type DiffPart = z.infer<typeof DiffPartSchema>;

/** A finding: where an editor must look, and the places in other articles that show why. */
export const DiscrepancySchema = z
  .object({
    id: z.string(),
    kind: DiscrepancyKindSchema,
    severity: SeveritySchema,
    subject: LocatedTextSchema,
    counterparts: z.array(LocatedTextSchema),
    message: z.string(),
    /** Word-level diff: `delete` is counterpart-only text, `insert` is subject-only text. */
    diff: z.array(DiffPartSchema).optional(),
    /** Ids of the claims the finding rests on. */
    claims: z.array(z.string()).optional(),
  })
  .meta({ id: 'Discrepancy' });
export type Discrepancy = z.infer<typeof DiscrepancySchema>;
