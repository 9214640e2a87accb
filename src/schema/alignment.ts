import { z } from 'zod';

/** A group of equivalent claims across (and sometimes within) articles. */
export const AlignmentSchema = z
  .object({
    id: z.string(),
    claims: z.array(z.string()).min(2),
    /** Mean pairwise similarity of the grouped claims, 0–1. */
    score: z.number().min(0).max(1),
  })
  .meta({ id: 'Alignment' });
export type Alignment = z.infer<typeof AlignmentSchema>;
