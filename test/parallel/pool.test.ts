import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { groupStories } from '../../src/group/group-stories.js';
import { checkStoriesInWorkers, startWorkers } from '../../src/parallel/pool.js';
import { checkClaimed, claimBoard, claimOrder } from '../../src/parallel/claim.js';
import type { Article } from '../../src/schema/article.js';
import { mixedCorpus } from '../group/helpers.js';

function storiesOf(articles: readonly Article[]): Article[][] {
  const byId = new Map(articles.map((a) => [a.id, a] as const));
  return groupStories(articles).stories.map((s) => s.articles.map((id) => byId.get(id)!));
}

const stories = storiesOf(mixedCorpus().articles);
const expected = JSON.stringify(stories.map((s) => check(s)));

describe('claimOrder', () => {
  it('puts the costliest stories first and keeps input order between equals', () => {
    const a = (text: string): Article => ({ id: text, text });
    const order = claimOrder([[a('x')], [a('long text'), a('more text')], [a('y')], [a('a longer one')]]);
    expect(order).toEqual([1, 3, 0, 2]);
  });

  it('counts articles without text as costing nothing, and never throws on odd input', () => {
    expect(claimOrder([[null, 7], [{ text: 5 }], []])).toEqual([0, 1, 2]);
  });
});

describe('checkClaimed', () => {
  it('checks every story once, as check() does, when one thread claims them all', () => {
    const got = new Map<number, unknown>();
    const checked = checkClaimed(claimBoard(stories, {}), (i, report) => {
      expect(got.has(i)).toBe(false);
      got.set(i, report);
    });
    expect(checked).toBe(stories.length);
    expect(JSON.stringify(stories.map((_, i) => got.get(i)))).toBe(expected);
  });

  it('leaves nothing for a second thread once the stories are taken', () => {
    const board = claimBoard(stories, {});
    checkClaimed(board, () => undefined);
    expect(checkClaimed(board, () => expect.unreachable())).toBe(0);
  });
});

describe('checkStoriesInWorkers', () => {
  it('gives the same bytes on worker threads alone as check() story by story', async () => {
    expect(JSON.stringify(await checkStoriesInWorkers(stories, {}, { workers: 2 }))).toBe(expected);
  });

  it('gives the same bytes when this thread checks stories alongside the workers', async () => {
    const workers = startWorkers(1);
    try {
      // The first run brings the worker up, so in the second it claims stories beside this thread.
      expect(JSON.stringify(await workers.check(stories, {}))).toBe(expected);
      expect(JSON.stringify(await workers.check(stories, {}, { alsoThisThread: true }))).toBe(expected);
    } finally {
      await workers.destroy();
    }
  });

  it('passes the check options to every thread', async () => {
    const options = { info: false, claims: false };
    const want = JSON.stringify(stories.map((s) => check(s, options)));
    expect(JSON.stringify(await checkStoriesInWorkers(stories, options, { workers: 1, alsoThisThread: true }))).toBe(want);
  });

  it('rejects with the reason once the signal aborts', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(checkStoriesInWorkers(stories, {}, { workers: 1, signal: controller.signal })).rejects.toBe(reason);
    const late = new AbortController();
    const run = checkStoriesInWorkers(stories, {}, { workers: 1, alsoThisThread: true, signal: late.signal });
    late.abort(reason);
    await expect(run).rejects.toBeDefined();
  });
});
