import { ArticleSchema, type Article } from '../schema/article.js';
import type { InputError } from '../schema/report.js';

/** Options of the ingest stage. */
export interface IngestOptions {
  /** Largest article accepted, in UTF-16 code units. Default: 2,000,000. */
  maxArticleChars?: number;
}

/** Articles that passed, and a typed error for each one that did not. */
export interface IngestResult {
  articles: Article[];
  errors: InputError[];
}

export const DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;

/** Text that is mostly control characters or has NUL bytes is not an article. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function describe(input: unknown, index: number): string {
  if (input && typeof input === 'object' && 'id' in input && typeof input.id === 'string' && input.id) return input.id;
  return `#${index + 1}`;
}

/**
 * Validate raw article objects. Never throws: each bad input becomes an `InputError`, the rest pass.
 * @example ingestArticles([{ id: 'a', text: 'Hello.' }, { id: 'b' }]).errors[0].code // 'invalid-article'
 */
export function ingestArticles(inputs: readonly unknown[], options: IngestOptions = {}): IngestResult {
  const max = options.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  const articles: Article[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const name = describe(input, index);
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
    if (!article.text.trim()) {
      errors.push({ code: 'empty', input: name, message: `${name}: the article is empty` });
      return;
    }
    seen.add(article.id);
    articles.push(article);
  });
  return { articles, errors };
}
