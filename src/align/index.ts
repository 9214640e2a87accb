export { alignClaims } from './align.js';
export type { AlignOptions } from './align.js';
export { tokenize, stem, contentStems, plainWords, isStopword } from './tokens.js';
export type { Token } from './tokens.js';
