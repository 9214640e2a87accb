import type { Article } from '../schema/article.js';
import type { NormalizedArticle, Paragraph, Sentence } from './types.js';

export type { NormalizedArticle, Paragraph, Sentence, ParagraphKind } from './types.js';

/**
 * Normalize one article: find paragraphs, page chrome, sentences and metadata, never touching the text.
 * (Placeholder: one paragraph per line, one sentence per paragraph.)
 */
export function normalizeArticle(article: Article): NormalizedArticle {
  const text = article.text;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim()) {
        paragraphs.push({ start, end: i, kind: 'body' });
        sentences.push({ start, end: i, paragraph: paragraphs.length - 1 });
      }
      start = i + 1;
    }
  }
  return {
    id: article.id,
    text,
    outlet: article.outlet ?? null,
    url: article.url ?? null,
    published: article.published ?? null,
    inferred: { outlet: false, published: false },
    paragraphs,
    sentences,
  };
}
