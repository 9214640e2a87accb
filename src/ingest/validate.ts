import { ArticleSchema, type Article } from '../schema/article.js';
import type { InputError } from '../schema/report.js';

/** Options of the ingest stage: the limits that keep one check's time and memory bounded. */
export interface IngestOptions {
  /** Largest article accepted, in UTF-16 code units. Default: 2,000,000 (`DEFAULT_MAX_ARTICLE_CHARS`). */
  maxArticleChars?: number;
  /** Most articles accepted in one story; the ones after it are rejected. Default: 1,000 (`DEFAULT_MAX_ARTICLES`). */
  maxArticles?: number;
  /**
   * Most text accepted in one story, summed over the accepted articles, in UTF-16 code units; an
   * article that would go past it is rejected. Default: 200,000,000 (`DEFAULT_MAX_TOTAL_CHARS`).
   */
  maxTotalChars?: number;
}

/** Articles that passed, and a typed error for each one that did not. */
export interface IngestResult {
  articles: Article[];
  errors: InputError[];
}

/** Default of `maxArticleChars`: 2,000,000 UTF-16 code units (about 2 MB of English text). */
export const DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;
/** Default of `maxArticles`: 1,000 articles per story. */
export const DEFAULT_MAX_ARTICLES = 1_000;
/** Default of `maxTotalChars`: 200,000,000 UTF-16 code units per story. */
export const DEFAULT_MAX_TOTAL_CHARS = 200_000_000;

/**
 * NUL anywhere means binary (text files never hold one; `decodeArticleBytes` rejects it the same
 * way, so a file and an in-memory article get the same answer). Otherwise a start that is mostly
 * control characters is binary too.
 */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/**
 * Index of the first lone surrogate, or -1. A lone surrogate cannot be encoded as UTF-8, so the
 * text did not come from valid UTF-8, and every later stage (and JSON output) would carry it on.
 */
function firstLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    return i;
  }
  return -1;
}

function describe(input: unknown, index: number): string {
  if (input && typeof input === 'object' && 'id' in input && typeof input.id === 'string' && input.id) return input.id;
  return `#${index + 1}`;
}

/** A limit given by the caller, or the default when it is absent or not a positive number. */
function limit(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && value > 0 ? value : fallback;
}

/**
 * Validate raw article objects. Never throws: each bad input becomes an `InputError`, the rest pass.
 * Checks, in order: the article count limit, the shape, a duplicate id, the per-article size
 * limit, binary data, invalid UTF-16 (lone surrogates), empty text, and the total size limit.
 * @example ingestArticles([{ id: 'a', text: 'Hello.' }, { id: 'b' }]).errors[0].code // 'invalid-article'
 */
export function ingestArticles(inputs: readonly unknown[], options: IngestOptions = {}): IngestResult {
  const max = limit(options.maxArticleChars, DEFAULT_MAX_ARTICLE_CHARS);
  const maxArticles = limit(options.maxArticles, DEFAULT_MAX_ARTICLES);
  const maxTotal = limit(options.maxTotalChars, DEFAULT_MAX_TOTAL_CHARS);
  const articles: Article[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  let total = 0;
  inputs.forEach((input, index) => {
    const name = describe(input, index);
    // Counted by position, not by accepted articles, so which articles pass never depends on
    // whether an earlier one was bad.
    if (index >= maxArticles) {
      errors.push({ code: 'too-large', input: name, message: `${name}: more than ${maxArticles} articles in one story; this one was not checked` });
      return;
    }
    const parsed = ArticleSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length ? ` (${issue.path.join('.')})` : '';
      errors.push({ code: 'invalid-article', input: name, message: `${name}: not an article${where}: ${issue?.message ?? 'invalid'}` });
      return;
    }
    const article = parsed.data;
    if (seen.has(article.id)) {
      errors.push({ code: 'duplicate-id', input: name, message: `${name}: another article has the same id` });
      return;
    }
    if (article.text.length > max) {
      errors.push({ code: 'too-large', input: name, message: `${name}: ${article.text.length} characters, more than the limit of ${max}` });
      return;
    }
    if (looksBinary(article.text)) {
      errors.push({ code: 'not-text', input: name, message: `${name}: binary data, not text` });
      return;
    }
    const lone = firstLoneSurrogate(article.text);
    if (lone >= 0) {
      errors.push({ code: 'not-text', input: name, message: `${name}: not valid Unicode text (a lone surrogate at offset ${lone})` });
      return;
    }
    if (!article.text.trim()) {
      errors.push({ code: 'empty', input: name, message: `${name}: the article is empty` });
      return;
    }
    if (total + article.text.length > maxTotal) {
      errors.push({
        code: 'too-large',
        input: name,
        message: `${name}: the story's articles together would pass the limit of ${maxTotal} characters; this one was not checked`,
      });
      return;
    }
    total += article.text.length;
    seen.add(article.id);
    articles.push(article);
  });
  return { articles, errors };
}
