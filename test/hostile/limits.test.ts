/** The story limits and the signal: clear typed errors, nothing else lost, and a check that stops. */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ingestArticles } from '../../src/ingest/validate.js';
import { NORMAL_ARTICLE } from './corpus.js';

const article = (id: string, text = NORMAL_ARTICLE.text) => ({ id, text });

describe('story limits', () => {
  it('rejects the articles past maxArticles, each by name, and checks the rest', () => {
    const report = check([article('a'), article('b'), article('c'), article('d')], { maxArticles: 2 });
    expect(report.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(report.errors.map((e) => [e.code, e.input])).toEqual([
      ['too-large', 'c'],
      ['too-large', 'd'],
    ]);
    expect(report.errors[0]!.message).toContain('more than 2 articles');
  });

  it('rejects an article that would pass maxTotalChars, but not a later one that still fits', () => {
    const n = NORMAL_ARTICLE.text.length;
    const { articles, errors } = ingestArticles([article('a'), article('big', 'x '.repeat(n)), article('b')], { maxTotalChars: 2 * n + 1 });
    expect(articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(errors.map((e) => [e.code, e.input])).toEqual([['too-large', 'big']]);
  });

  it('rejects an article over maxArticleChars with its size in the message', () => {
    const { errors } = ingestArticles([article('a', 'word '.repeat(30))], { maxArticleChars: 100 });
    expect(errors).toEqual([{ code: 'too-large', input: 'a', message: 'a: 150 characters, more than the limit of 100' }]);
  });

  it('names the offset of a lone surrogate', () => {
    const { errors } = ingestArticles([article('a', 'ok \ud800 no')]);
    expect(errors).toEqual([{ code: 'not-text', input: 'a', message: 'a: not valid Unicode text (a lone surrogate at offset 3)' }]);
  });

  it('accepts well-formed surrogate pairs', () => {
    expect(ingestArticles([article('a', 'Flags 🏳️‍🌈 and 𝒳.')]).errors).toEqual([]);
  });

  it('falls back to the defaults for limits that are not positive numbers', () => {
    expect(ingestArticles([article('a')], { maxArticles: 0, maxTotalChars: -1, maxArticleChars: Number.NaN }).articles).toHaveLength(1);
  });
});

describe('AbortSignal', () => {
  it('throws the reason of an already aborted signal', () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    expect(() => check([article('a')], { signal: controller.signal })).toThrow('stop');
  });

  it('stops a large run that is aborted while it is going on', () => {
    // check() is synchronous, so a timer cannot fire inside it; the abort comes from the run itself:
    // reading the 50th article's text aborts, and check must stop at its next checkpoint.
    const controller = new AbortController();
    const articles = Array.from({ length: 200 }, (_, i) => ({
      id: `a${i}`,
      get text() {
        if (i === 49) controller.abort(new Error('aborted mid-run'));
        return `${NORMAL_ARTICLE.text}\n\nArticle ${i} adds ${i} more words here.`;
      },
    }));
    expect(() => check(articles, { signal: controller.signal })).toThrow('aborted mid-run');
  });

  it('lets a timeout abort between checks of a batch', async () => {
    // The way to bound time with a timeout signal: it fires between synchronous runs.
    const signal = AbortSignal.timeout(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(() => check([article('a')], { signal })).toThrow(expect.objectContaining({ name: 'TimeoutError' }));
  });
});
