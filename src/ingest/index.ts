export { ingestArticles, DEFAULT_MAX_ARTICLE_CHARS } from './validate.js';
export type { IngestOptions, IngestResult } from './validate.js';
