export { ingestArticles, DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_ARTICLES, DEFAULT_MAX_TOTAL_CHARS } from './validate.js';
export type { IngestOptions, IngestResult } from './validate.js';
