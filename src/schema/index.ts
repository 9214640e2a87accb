export * from './span.js';
export * from './article.js';
export * from './claim.js';
export * from './alignment.js';
export * from './discrepancy.js';
export * from './report.js';
export * from './options.js';
