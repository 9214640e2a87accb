import { z } from 'zod';
import { DiscrepancyKindSchema, SeveritySchema } from './discrepancy.js';

/** Options of `check()`. Every field is optional; defaults are in the TSDoc of each. */
export const CheckOptionsSchema = z.object({
  /** Rules to leave out, by kind. Default: none. */
  disable: z.array(DiscrepancyKindSchema).optional(),
  /** Severity per kind, overriding the contract's defaults. */
  severity: z.partialRecord(DiscrepancyKindSchema, SeveritySchema).optional(),
  /** Include `info` findings (single-source, name-variant). Default: true. */
  info: z.boolean().optional(),
  /** Include every claim in the report. Default: true. */
  claims: z.boolean().optional(),
  /** Minimum similarity (0–1) for two claims to be aligned. Default: 0.5. */
  alignThreshold: z.number().min(0).max(1).optional(),
  /**
   * Id of the article that is the authority (the wire story a newsroom rewrote): every other
   * article is checked against it and findings only ever have the others as subjects.
   */
  reference: z.string().min(1).optional(),
  /** Largest article accepted, in UTF-16 code units; a larger one is a `too-large` error. Default: 2,000,000. */
  maxArticleChars: z.number().int().positive().optional(),
  /** Most articles checked in one story; each one after it is a `too-large` error. Default: 1,000. */
  maxArticles: z.number().int().positive().optional(),
  /**
   * Most text checked in one story, summed over the accepted articles, in UTF-16 code units; an
   * article that would go past it is a `too-large` error. Default: 200,000,000.
   */
  maxTotalChars: z.number().int().positive().optional(),
});
export type CheckOptions = z.infer<typeof CheckOptionsSchema>;
