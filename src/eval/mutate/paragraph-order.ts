import type { Rng } from './rng.js';
import { clip, mutated, skipped } from './common.js';
import { paragraphs, rankArticles, TextBuilder, wordsIn } from './scan.js';
import type { Span } from '../../schema/span.js';
import type { MutationAttempt, MutationInput } from './types.js';

const PERSONAL = new Set(['he', 'she', 'they', 'him', 'them', 'his', 'her', 'their']);

/**
 * A paragraph that can move without changing what it says: a body paragraph (8+ words) whose
 * quotation marks pair up and that refers to nobody by pronoun (a moved "she said" would point
 * at someone else).
 */
function movable(text: string, p: Span): boolean {
  const words = wordsIn(text, p);
  if (words.length < 8 || words.some((w) => PERSONAL.has(w.word.toLowerCase()))) return false;
  const body = text.slice(p.start, p.end);
  const straight = body.split('"').length - 1;
  const open = body.split('\u201C').length - 1;
  const close = body.split('\u201D').length - 1;
  return straight % 2 === 0 && open === close;
}

/** paragraph-order (meaning-preserving): swap two adjacent body paragraphs below the lead. */
export function swapParagraphs(input: MutationInput, rng: Rng): MutationAttempt {
  for (const article of rankArticles(input.articles, input.roles)) {
    const text = article.text;
    const paras = paragraphs(text);
    // The first long paragraph is the lead: it sets the story and often holds the dateline.
    const lead = paras.findIndex((p) => wordsIn(text, p).length >= 8);
    const pairs: [Span, Span][] = [];
    for (let i = Math.max(lead + 1, 1); i + 1 < paras.length; i++) {
      const a = paras[i];
      const b = paras[i + 1];
      if (a && b && movable(text, a) && movable(text, b)) pairs.push([a, b]);
    }
    const pair = rng.pick(pairs);
    if (!pair) continue;
    const [a, b] = pair;
    const builder = new TextBuilder(text);
    builder.copy(0, a.start);
    builder.copy(b.start, b.end);
    builder.copy(a.end, b.start);
    builder.copy(a.start, a.end);
    builder.copy(b.end, text.length);
    return mutated('paragraph-order', input, article, { text: builder.text(), segments: builder.segments }, { start: a.start, end: b.end }, '', `swapped "${clip(text.slice(a.start, a.end), 40)}" and "${clip(text.slice(b.start, b.end), 40)}"`);
  }
  return skipped('no two adjacent body paragraphs free of pronouns');
}
