import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiscrepancySchema } from '../../src/schema/discrepancy.js';

const repo = join(import.meta.dirname, '..', '..');
const run = (script: string, ...args: string[]) =>
  spawnSync(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'examples', script), ...args], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
const runWithInput = (script: string, input: string) =>
  spawnSync(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'examples', script)], { cwd: repo, encoding: 'utf8', timeout: 120_000, input });

describe('examples', () => {
  it('mixed-intake groups the test cases back into their folders, one line per story', () => {
    const r = run('mixed-intake.ts');
    expect(r.status).toBe(0);
    const [head, ...lines] = r.stdout.trimEnd().split('\n');
    const m = /^(\d+) articles from (\d+) folders → (\d+) stories$/.exec(head!)!;
    expect(m).not.toBeNull();
    expect(lines).toHaveLength(Number(m[3]));
    expect(Number(m[3])).toBe(Number(m[2]));
    const placed: string[] = [];
    for (const line of lines) {
      const [id, terms, articles, findings] = line.split('\t');
      expect(id).toMatch(/^s\d+$/);
      expect(terms!.split(' ').length).toBeGreaterThanOrEqual(3);
      const ids = articles!.split(' ');
      // one folder per story: grouping put nothing from another story in it
      expect(new Set(ids.map((a) => a.split('/')[0])).size).toBe(1);
      expect(findings).toMatch(/^\d+ high, \d+ medium, \d+ low, \d+ info$/);
      placed.push(...ids);
    }
    expect(placed).toHaveLength(Number(m[1]));
  });

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

  it('check-seeds --html writes the HTML report titled with the case story', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crosscheck-example-'));
    try {
      const out = join(dir, 'report.html');
      const r = run('check-seeds.ts', '--html', out);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^seeds: 5 articles, \d+ findings\n/);
      const html = await readFile(out, 'utf8');
      expect(html).toMatch(/^<!DOCTYPE html>/i);
      expect(html).toContain('<title>Iraqi Foreign Minister Fuad Hussein');
      expect(run('check-seeds.ts', '--html').status).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('pipeline-jsonl turns JSON Lines articles on stdin into JSON Lines findings on stdout', async () => {
    const r = runWithInput('pipeline-jsonl.ts', await readFile(join(repo, 'examples', 'data', 'articles.jsonl'), 'utf8'));
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { story: string });
    expect(lines.length).toBeGreaterThan(0);
    for (const { story, ...finding } of lines) {
      expect(story).toBe('port-strike');
      DiscrepancySchema.parse(finding);
    }
    expect(lines.some((l) => (l as unknown as { kind: string; subject: { article: string } }).kind === 'quote-altered')).toBe(true);
    const bad = runWithInput('pipeline-jsonl.ts', '{"id":"a","text":"Hello."}\n{oops\n');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^stdin:2: not valid JSON: /m);
  });

  it('custom-rule reports long quotations only one article carries, through a Rule of its own', () => {
    const r = run('custom-rule.ts', '--words', '10');
    expect(r.status).toBe(0);
    const [head, ...lines] = r.stdout.trimEnd().split('\n');
    expect(head).toMatch(/^seeds: (\d+) long quotations carried by one article only \(>= 10 words\)$/);
    expect(lines).toHaveLength(Number(/: (\d+) long/.exec(head!)![1]));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^[\w-]+\t\d+-\d+\tLong quotation only this article prints \((\d+) words, given to .+\): check it against the recording\.$/);
    // A higher bar flags fewer quotations.
    const strict = run('custom-rule.ts', '--words', '25');
    expect(strict.stdout.trimEnd().split('\n').length - 1).toBeLessThan(lines.length);
  });

  it('prepublish-gate blocks a rewrite that alters a quote and passes a faithful one', () => {
    const altered = run('prepublish-gate.ts');
    expect(altered.status).toBe(1);
    expect(altered.stdout).toMatch(/^BLOCK\tquote-altered\t"We will block the ships that carry medicines and food,"\t/m);
    expect(altered.stdout).toMatch(/rewrite: not ready: 1 quotation problem\(s\) against wire\n$/);
    const faithful = run('prepublish-gate.ts', 'examples/data/rewrite-faithful.txt', 'examples/data/wire.txt');
    expect(faithful.status).toBe(0);
    expect(faithful.stdout).toMatch(/rewrite-faithful: quotations match wire\n$/);
    expect(run('prepublish-gate.ts', 'examples/data/missing.txt').status).toBe(2);
  });
});
