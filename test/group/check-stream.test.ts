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
    // The whole corpus fits in the default warm-up, so word counts are as full as the batch's.
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const { story, report } of out) {
      expect(report.stories).toEqual([story]);
      expect(JSON.stringify(report)).toBe(JSON.stringify({ ...check(story.articles.map((id) => byId.get(id)!)), stories: [story] }));
    }
  });

  it('closes a story after the idle window, before the input ends', async () => {
    // Stories one after the other: with a window of 3 articles, the first story must be reported
    // while later articles are still unread.
    const sequential = [...articles].sort((a, b) => (truth.get(a.id)! < truth.get(b.id)! ? -1 : truth.get(a.id)! > truth.get(b.id)! ? 1 : 0));
    const seen: string[] = [];
    const readWhenYielded: number[] = [];
    for await (const _ of checkStream(slowly(sequential, seen), { idleArticles: 3, warmUpArticles: 0 })) readWhenYielded.push(seen.length);
    expect(readWhenYielded[0]).toBeLessThan(sequential.length);
    expect(readWhenYielded.length).toBeGreaterThanOrEqual(10);
  });

  it('places nothing before the warm-up is read, then goes on closing stories', async () => {
    const sequential = [...articles].sort((a, b) => (truth.get(a.id)! < truth.get(b.id)! ? -1 : truth.get(a.id)! > truth.get(b.id)! ? 1 : 0));
    const seen: string[] = [];
    const readWhenYielded: number[] = [];
    const out = [];
    for await (const r of checkStream(slowly(sequential, seen), { idleArticles: 3, warmUpArticles: 20 })) {
      readWhenYielded.push(seen.length);
      out.push(r.story);
    }
    expect(readWhenYielded[0]).toBeGreaterThanOrEqual(20);
    expect(readWhenYielded[0]).toBeLessThan(sequential.length);
    expect(out.flatMap((s) => s.articles).sort()).toEqual(sequential.map((a) => a.id).sort());
  });

  it('warms up on a short input that ends before the warm-up does', async () => {
    const out = [];
    for await (const r of checkStream(articles.slice(0, 5), { warmUpArticles: 1_000 })) out.push(r.story);
    expect(out.flatMap((s) => s.articles).sort()).toEqual(articles.slice(0, 5).map((a) => a.id).sort());
  });

  it('accepts a plain iterable and an empty input', async () => {
    const out = [];
    for await (const r of checkStream([])) out.push(r);
    expect(out).toEqual([]);
  });
});
