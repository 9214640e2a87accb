import type { Rng } from './rng.js';
import { mutated, skipped } from './common.js';
import { applyReplacements, quotations, rankArticles, type Replacement } from './scan.js';
import type { MutationAttempt, MutationInput } from './types.js';

const LETTER = /[\p{L}\p{N}]/u;

/**
 * quote-style (meaning-preserving): turn an article's double quotation marks and apostrophes
 * from straight to curly, or from curly to straight. One character for one, so no offset moves.
 */
export function swapQuoteStyle(input: MutationInput, rng: Rng): MutationAttempt {
  void rng;
  for (const article of rankArticles(input.articles, input.roles)) {
    const text = article.text;
    const toStraight = text.includes('\u201C') || text.includes('\u2019');
    const replacements: Replacement[] = [];
    if (toStraight) {
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\u201C' || c === '\u201D') replacements.push({ start: i, end: i + 1, text: '"' });
        else if (c === '\u2019' || c === '\u2018') replacements.push({ start: i, end: i + 1, text: "'" });
      }
    } else {
      for (const q of quotations(text)) {
        replacements.push({ start: q.open, end: q.open + 1, text: '\u201C' }, { start: q.close, end: q.close + 1, text: '\u201D' });
      }
      for (let i = 1; i < text.length; i++) {
        // Only apostrophes inside a word ("don't"): a lone straight single mark may open a quotation.
        if (text[i] === "'" && LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '')) replacements.push({ start: i, end: i + 1, text: '\u2019' });
      }
    }
    if (replacements.length === 0) continue;
    const result = applyReplacements(text, replacements);
    const first = Math.min(...replacements.map((r) => r.start));
    const last = Math.max(...replacements.map((r) => r.end));
    return mutated('quote-style', input, article, result, { start: first, end: last }, '', `${replacements.length} quotation marks and apostrophes made ${toStraight ? 'straight' : 'curly'}`);
  }
  return skipped('no quotation mark or apostrophe to restyle');
}
