import { extractDates } from '../../src/extract/dates.js';
import { extractNumbers } from '../../src/extract/numbers.js';
import type { NormalizedArticle, Paragraph, Sentence } from '../../src/normalize/types.js';
import { createRuleContext } from '../../src/rules/run.js';
import type { Finding, Rule } from '../../src/rules/types.js';
import type { ArticleSummary } from '../../src/schema/article.js';

/** A test article: paragraphs split on blank lines, sentences on ". " (enough for short test texts). */
export function makeDoc(id: string, text: string, published: string | null = null, outlet: string | null = null): NormalizedArticle {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let start = 0;
  const blocks = text.split('\n\n');
  for (const block of blocks) {
    const end = start + block.length;
    const p = paragraphs.length;
    const trimmed = block.trim();
    const headline = p === 0 && blocks.length > 1 && !/[.!?"\u201D]$/.test(trimmed);
    paragraphs.push({ start, end, kind: 'body', headline });
    let s = start;
    for (;;) {
      const at = text.indexOf('. ', s);
      if (at < 0 || at >= end) {
        sentences.push({ start: s, end, paragraph: p });
        break;
      }
      sentences.push({ start: s, end: at + 1, paragraph: p });
      s = at + 2;
    }
    start = end + 2;
  }
  return { id, text, outlet: outlet ?? id, url: null, published, inferred: { outlet: false, published: false }, paragraphs, sentences };
}

/** Run one rule over articles given as `[id, text, published?]`, with number and date claims extracted. */
export function runRule(rule: Rule, articles: readonly (readonly [string, string, string?])[]): Finding[] {
  const docs = articles.map(([id, text, published]) => makeDoc(id, text, published ?? null));
  const claims = docs.flatMap((d) => [...extractNumbers(d), ...extractDates(d)]);
  const summaries: ArticleSummary[] = docs.map((d) => ({
    id: d.id,
    outlet: d.outlet,
    url: null,
    published: d.published,
    chars: d.text.length,
    inferred: { outlet: false, published: false },
  }));
  return rule.detect(createRuleContext({ docs, summaries, claims, alignments: [], entities: [] }));
}
