import type { Rng } from './rng.js';
import { mutated, skipped } from './common.js';
import { paragraphBreak, paragraphs, rankArticles, TextBuilder } from './scan.js';
import type { MutationAttempt, MutationInput } from './types.js';

/** Page furniture of the kind scraped with articles (sharing, related links, comments). */
export const BOILERPLATE = ['Share this article', 'Read more: What we know so far', 'Comments'];

/** boilerplate (meaning-preserving): insert a share / read-more / comments block between paragraphs or at the end. */
export function addBoilerplate(input: MutationInput, rng: Rng): MutationAttempt {
  const article = rankArticles(input.articles, input.roles)[0];
  if (!article) return skipped('no article');
  const text = article.text;
  const paras = paragraphs(text);
  if (paras.length === 0) return skipped('empty article');
  // Somewhere in the second half, or after the last paragraph: where sites put their furniture.
  const from = Math.floor(paras.length / 2);
  const after = paras[from + rng.int(paras.length - from)] ?? paras[paras.length - 1];
  if (!after) return skipped('empty article');
  const br = paragraphBreak(text);
  const b = new TextBuilder(text);
  b.copy(0, after.end);
  b.insert(br);
  const edit = b.insert(BOILERPLATE.join(br));
  b.copy(after.end, text.length);
  return mutated('boilerplate', input, article, { text: b.text(), segments: b.segments }, edit, '', `share / read-more / comments block inserted after paragraph ${paras.indexOf(after) + 1} of ${paras.length}`);
}
