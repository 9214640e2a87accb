import { describe, expect, it } from 'vitest';
import { checkStream } from '../../src/stream/check-stream.js';
import { check } from '../../src/check.js';
import type { Article } from '../../src/schema/article.js';
import { mixedCorpus, pairwise } from './helpers.js';

async function* slowly(articles: readonly Article[], seen: string[]): AsyncGenerator<Article> {
  for (const a of articles) {
    seen.push(a.id);
    yield a;
  }
}

describe('checkStream', () => {
  const { articles, truth } = mixedCorpus();

  it('yields a report per story, grouping as well as the batch does', async () => {
    const out = [];
    for await (const r of checkStream(slowly(articles, []))) out.push(r);
    const { precision, recall } = pairwise(truth, out.map((r) => r.story));
    expect(precision).toBeGreaterThanOrEqual(0.95);
    // Lower than the batch: early in a stream the document frequencies are still thin.
    expect(recall).toBeGreaterThanOrEqual(0.8);
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const { story, report } of out) {
      expect(JSON.stringify(report)).toBe(JSON.stringify(check(story.articles.map((id) => byId.get(id)!))));
    }
  });

  it('closes a story after the idle window, before the input ends', async () => {
    // Stories one after the other: with a window of 3 articles, the first story must be reported
    // while later articles are still unread.
    const sequential = [...articles].sort((a, b) => (truth.get(a.id)! < truth.get(b.id)! ? -1 : truth.get(a.id)! > truth.get(b.id)! ? 1 : 0));
    const seen: string[] = [];
    const readWhenYielded: number[] = [];
    for await (const _ of checkStream(slowly(sequential, seen), { idleArticles: 3 })) readWhenYielded.push(seen.length);
    expect(readWhenYielded[0]).toBeLessThan(sequential.length);
    expect(readWhenYielded.length).toBeGreaterThanOrEqual(10);
  });

  it('accepts a plain iterable and an empty input', async () => {
    const out = [];
    for await (const r of checkStream([])) out.push(r);
    expect(out).toEqual([]);
  });
});
