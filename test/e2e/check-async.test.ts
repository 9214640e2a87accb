import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { checkAsync } from '../../src/check-async.js';
import { readInputs } from '../../src/ingest/files.js';
import type { Rule } from '../../src/rules/types.js';
import type { Article } from '../../src/schema/article.js';

async function storyOf(folder: string): Promise<Article[]> {
  const { stories } = await readInputs([folder]);
  return stories.flatMap((s) => s.articles);
}

const folders = ['seeds', ...readdirSync('test/cases').map((d) => `test/cases/${d}`)];

describe('checkAsync', () => {
  it('gives the same report as check, byte for byte, on every case', async () => {
    for (const folder of folders) {
      const articles = await storyOf(folder);
      expect(JSON.stringify(await checkAsync(articles)), folder).toBe(JSON.stringify(check(articles)));
    }
  });

  it('gives the same report with options: reference, no claims, disabled kinds, severities, bad input', async () => {
    const articles: unknown[] = [...(await storyOf('seeds')), { id: 'broken' }, 42];
    const ids = (articles.filter((a) => typeof a === 'object' && a !== null && 'text' in a) as Article[]).map((a) => a.id);
    const variants = [
      { reference: ids[0]! },
      { reference: 'nobody' },
      { claims: false },
      { disable: ['quote-altered' as const, 'number-mismatch' as const] },
      { severity: { 'paraphrase-as-quote': 'low' as const }, info: false },
      { maxArticles: 3 },
    ];
    for (const options of variants) {
      expect(JSON.stringify(await checkAsync(articles, options)), JSON.stringify(options)).toBe(JSON.stringify(check(articles, options)));
    }
  });

  it('rejects at once with the reason of an already aborted signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(checkAsync(await storyOf('seeds'), { signal: controller.signal })).rejects.toThrow('stop');
  });

  it('is stopped part-way through a large run by AbortSignal.timeout, where check cannot be', async () => {
    const seeds = await storyOf('seeds');
    const many = Array.from({ length: 24 }, (_, k) => seeds.map((a) => ({ ...a, id: `${a.id}-${k}` }))).flat();
    let rulesRan = 0;
    const probe: Rule = { kind: 'single-source', severity: 'info', detect: () => (rulesRan++, []) };

    // check holds the thread: the timeout's timer cannot fire, so it runs to the end.
    const t0 = performance.now();
    const full = check(many, { rules: [probe], signal: AbortSignal.timeout(20) });
    const syncMs = performance.now() - t0;
    expect(full.articles).toHaveLength(many.length);
    expect(rulesRan).toBe(1);

    rulesRan = 0;
    let turns = 0;
    const ticker = setInterval(() => turns++, 1);
    const t1 = performance.now();
    try {
      await expect(checkAsync(many, { rules: [probe], signal: AbortSignal.timeout(20) })).rejects.toMatchObject({ name: 'TimeoutError' });
    } finally {
      clearInterval(ticker);
    }
    const asyncMs = performance.now() - t1;
    expect(rulesRan).toBe(0); // stopped before the rules stage
    expect(turns).toBeGreaterThan(0); // other work ran while it was checking
    expect(asyncMs).toBeLessThan(syncMs);
  }, 60_000);
});
