import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const runEval = (...args: string[]) =>
  spawnSync(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'scripts', 'eval.ts'), ...args], { cwd: repo, encoding: 'utf8', timeout: 120_000 });

let root = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'crosscheck-eval-'));
  const dir = join(root, 'cases', 'tiny');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'a.txt'), '"We will win the vote next week," the mayor said on Monday.\n');
  await writeFile(join(dir, 'b.txt'), 'The mayor said they would win the vote.\n');
  await writeFile(
    join(dir, 'case.json'),
    JSON.stringify({
      id: 'tiny',
      articles: [{ id: 'a', file: 'a.txt', published: '2024-03-04' }, { id: 'b', file: 'b.txt' }],
      expected: [{ kind: 'number-mismatch', article: 'b', text: 'forty-two ships sank' }],
      quotes: [{ article: 'a', text: 'We will win the vote next week,', speaker: 'the mayor' }],
    }),
  );
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('npm run eval', () => {
  it('prints scores as JSON for a folder of case folders', () => {
    const r = runEval(join(root, 'cases'), '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { summary: { cases: number; overall: { recall: { total: number } } }; cases: { case: string }[] };
    expect(out.summary.cases).toBe(1);
    expect(out.summary.overall.recall.total).toBe(1);
    expect(out.cases.map((c) => c.case)).toEqual(['tiny']);
  });

  it('prints the table and every missed entry as text', () => {
    const r = runEval(join(root, 'cases', 'tiny'));
    expect(r.stdout).toMatch(/^crosscheck eval: 1 case\n/);
    expect(r.stdout).toMatch(/\n {2}missed {5}number-mismatch b "forty-two ships sank": /);
  });

  it('exits 1 below a threshold and 2 with no case or a bad option', () => {
    const below = runEval(join(root, 'cases'), '--min-recall', '1');
    expect(below.status).toBe(1);
    expect(below.stdout).toMatch(/FAILED: recall 0\.000 < 1/);
    expect(runEval(root).status).toBe(2);
    expect(runEval(join(root, 'cases'), '--min-recall', '2').status).toBe(2);
  });
});
