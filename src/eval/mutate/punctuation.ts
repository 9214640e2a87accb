import type { Rng } from './rng.js';
import { mutated, skipped } from './common.js';
import { applyReplacements, inQuotation, quotations, rankArticles, type Replacement } from './scan.js';
import type { MutationAttempt, MutationInput } from './types.js';

/** Punctuation swaps that change no meaning: a comma before a conjunction, spaced hyphen ↔ dash. */
const SWAPS: readonly [string, string][] = [
  [', and ', ' and '],
  [', but ', ' but '],
  [' - ', ' \u2014 '],
  [' \u2014 ', ' - '],
  ['; ', ', '],
];

/**
 * punctuation (meaning-preserving): up to three punctuation swaps outside quotations — drop the
 * comma before "and"/"but", spaced hyphen ↔ em dash, semicolon → comma.
 */
export function swapPunctuation(input: MutationInput, rng: Rng): MutationAttempt {
  for (const article of rankArticles(input.articles, input.roles)) {
    const text = article.text;
    const quotes = quotations(text);
    const options: Replacement[] = [];
    for (const [from, to] of SWAPS) {
      for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + 1)) {
        const span = { start: at, end: at + from.length };
        if (!inQuotation(quotes, span) && !text.slice(span.start, span.end).includes('\n')) options.push({ ...span, text: to });
      }
    }
    if (options.length === 0) continue;
    const chosen: Replacement[] = [];
    while (chosen.length < 3 && options.length > 0) {
      const [pick] = options.splice(rng.int(options.length), 1);
      if (pick && !chosen.some((c) => c.start < pick.end && pick.start < c.end)) chosen.push(pick);
    }
    const result = applyReplacements(text, chosen);
    const spans = result.spans;
    const edit = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
    const what = chosen.map((c) => `"${text.slice(c.start, c.end)}" → "${c.text}"`).join(', ');
    return mutated('punctuation', input, article, result, edit, '', what);
  }
  return skipped('no punctuation outside quotations to swap');
}
