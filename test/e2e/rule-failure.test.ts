import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { checkAsync } from '../../src/check-async.js';
import { readInputs } from '../../src/ingest/files.js';
import type { Rule } from '../../src/rules/types.js';

const broken: Rule = {
  kind: 'single-source',
  severity: 'info',
  detect: () => {
    throw new Error('index out of range');
  },
};

describe('a rule that throws', () => {
  it('is reported as an internal error, and every other rule still reports', async () => {
    const { stories } = await readInputs(['seeds']);
    const articles = stories.flatMap((s) => s.articles);
    const plain = check(articles);
    const report = check(articles, { rules: [broken] });
    expect(report.errors).toEqual([
      { code: 'internal', input: 'rule:single-source', message: 'rule single-source failed and was skipped: index out of range' },
    ]);
    expect(report.discrepancies).toEqual(plain.discrepancies);
    expect(JSON.stringify(await checkAsync(articles, { rules: [broken] }))).toBe(JSON.stringify(report));
  });
});
