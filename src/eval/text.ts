/** Text normalisation and tokens exactly as ../shared/eval/FORMAT.md defines them. */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

/**
 * Normalise for comparison: NFKC, lower case, curly quotes and apostrophes to straight,
 * `…` to `...`, runs of white space to one space, trimmed.
 */
export function normalizeForScoring(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\u2026/g, '...')
    .replace(/\s+/gu, ' ')
    .trim();
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** Word tokens of normalised text; an apostrophe inside a word keeps it whole ("don't"). */
export function wordTokens(text: string): string[] {
  return normalizeForScoring(text).match(WORD) ?? [];
}

/**
 * Tokens with punctuation dropped, for quote F1: apostrophes vanish ("don't" → "dont") and every
 * other mark separates words, so "Two or three years ago," equals "two or three years ago".
 */
export function bareTokens(text: string): string[] {
  return normalizeForScoring(text)
    .replace(/'/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

function counts(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Size of the multiset intersection of two token lists. */
export function sharedTokenCount(a: readonly string[], b: readonly string[]): number {
  const cb = counts(b);
  let shared = 0;
  for (const [t, n] of counts(a)) shared += Math.min(n, cb.get(t) ?? 0);
  return shared;
}

/** Token F1 of two token lists (multiset); 0 when either is empty. */
export function tokenF1(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = sharedTokenCount(a, b);
  if (shared === 0) return 0;
  const precision = shared / a.length;
  const recall = shared / b.length;
  return (2 * precision * recall) / (precision + recall);
}
