import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const run = (script: string, ...args: string[]) =>
  spawnSync(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'examples', script), ...args], { cwd: repo, encoding: 'utf8', timeout: 120_000 });

describe('examples', () => {
  it('check-seeds prints a story line, then one tab-separated line per finding', () => {
    const r = run('check-seeds.ts');
    expect(r.status).toBe(0);
    const [head, ...findings] = r.stdout.trimEnd().split('\n');
    expect(head).toMatch(/^seeds: 5 articles, (\d+) findings$/);
    expect(findings).toHaveLength(Number(/(\d+) findings/.exec(head!)![1]));
    for (const line of findings) expect(line).toMatch(/^(high|medium|low|info)\t[a-z-]+\t[\w-]+\t".*"\tagainst: .+\t.+$/);
  });

  it('extract-quotes prints a count line, then offsets, speaker and text per quote', () => {
    const r = run('extract-quotes.ts', 'seeds/001_caf2b3d3ea5ec32d.txt');
    expect(r.status).toBe(0);
    const [head, ...quotes] = r.stdout.trimEnd().split('\n');
    expect(head).toMatch(/^001_caf2b3d3ea5ec32d: (\d+) quotes \(outlet: .+, published: .+\)$/);
    expect(quotes).toHaveLength(Number(/: (\d+) quotes/.exec(head!)![1]));
    for (const line of quotes) expect(line).toMatch(/^\d+-\d+\t.+\t".*"$/);
  });

  it('extract-quotes without a file is a usage error', () => {
    expect(run('extract-quotes.ts').status).toBe(2);
  });
});
