import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { IsoDateSchema } from '../schema/article.js';

/** One article of a case: its id, its file (relative to the case folder) and optional metadata. */
export const CaseArticleSchema = z.looseObject({
  id: z.string().min(1, 'article id must not be empty'),
  file: z.string().min(1, 'file must not be empty'),
  outlet: z.string().optional(),
  url: z.string().optional(),
  published: IsoDateSchema.optional(),
});
export type CaseArticle = z.infer<typeof CaseArticleSchema>;

/**
 * A labelled finding. `kind` is a plain string rather than the kind enum so a case can name a
 * kind the checker does not know yet (it then simply never matches), or `*` in `forbidden`.
 */
export const CaseEntrySchema = z.looseObject({
  kind: z.string().min(1),
  article: z.string().min(1),
  text: z.string().min(1),
  against: z.array(z.string()).optional(),
  why: z.string().optional(),
});
export type CaseEntry = z.infer<typeof CaseEntrySchema>;

/** A direct quotation in one article, for scoring quote extraction. */
export const CaseQuoteSchema = z.looseObject({
  article: z.string().min(1),
  text: z.string().min(1),
  speaker: z.string().nullable().optional(),
  note: z.string().optional(),
});
export type CaseQuote = z.infer<typeof CaseQuoteSchema>;

/** A case folder's `case.json` (../shared/eval/FORMAT.md). */
export const CaseFileSchema = z.looseObject({
  id: z.string().min(1),
  story: z.string().optional(),
  articles: z.array(CaseArticleSchema).min(1, 'a case needs at least one article'),
  expected: z.array(CaseEntrySchema).default([]),
  allowed: z.array(CaseEntrySchema).default([]),
  forbidden: z.array(CaseEntrySchema).default([]),
  quotes: z.array(CaseQuoteSchema).optional(),
});
export type CaseFile = z.infer<typeof CaseFileSchema>;

/** The file name that marks a folder as a case. */
export const CASE_FILE_NAME = 'case.json';

/** A parsed case file, or why it could not be parsed. */
export type ParsedCase = { ok: true; value: CaseFile } | { ok: false; message: string; line?: number };

/** 1-based line of a JSON syntax error, from the offset V8 names ("… at position 42"). */
function syntaxErrorLine(text: string, e: unknown): number | undefined {
  const m = /\bposition (\d{1,10})\b/.exec(e instanceof Error ? e.message : '');
  if (!m) return undefined;
  let line = 1;
  const end = Math.min(Number(m[1]), text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Parse the text of a `case.json`. Pure: the caller reads the file.
 * @example parseCaseFile('{"id":"x","articles":[{"id":"a","file":"a.txt"}]}').ok // true
 */
export function parseCaseFile(text: string): ParsedCase {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const line = syntaxErrorLine(text, e);
    return { ok: false, message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}`, ...(line ? { line } : {}) };
  }
  const parsed = CaseFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? `${issue.path.join('.')}: ` : '';
    return { ok: false, message: `${where}${issue?.message ?? 'invalid case file'}` };
  }
  const ids = new Set<string>();
  for (const article of parsed.data.articles) {
    if (ids.has(article.id)) return { ok: false, message: `articles: the id "${article.id}" appears twice` };
    ids.add(article.id);
  }
  return { ok: true, value: parsed.data };
}

/** Read and parse a `case.json` from disk. Never throws: a failure comes back as `{ ok: false }`. */
export async function loadCaseFile(path: string): Promise<ParsedCase> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return { ok: false, message: `cannot read: ${e instanceof Error ? e.message : String(e)}` };
  }
  return parseCaseFile(text);
}
