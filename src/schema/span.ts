import { z } from 'zod';

/** Half-open UTF-16 range `[start, end)` into an article's text as given. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .meta({ id: 'Span' });
export type Span = z.infer<typeof SpanSchema>;

/** A span in a named article together with the text it covers. */
export const LocatedTextSchema = z
  .object({
    article: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .meta({ id: 'LocatedText' });
export type LocatedText = z.infer<typeof LocatedTextSchema>;
