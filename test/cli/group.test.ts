import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/schema/report.js';
import { mixedCorpus, pairwise } from '../group/helpers.js';
import { repo, runCrosscheck } from './helpers.js';

let tmp = '';
let intake = '';
const { articles, truth } = mixedCorpus();

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'crosscheck-group-'));
  intake = join(tmp, 'intake.jsonl');
  await writeFile(intake, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const reportsOf = (stdout: string): Report[] => (JSON.parse(stdout) as unknown[]).map((r) => ReportSchema.parse(r));

describe('crosscheck check --group', () => {
  it('splits a mixed JSON Lines intake into its stories and reports each, naming the story', () => {
    const run = runCrosscheck(['check', '--group', intake, '--format', 'json']);
    const reports = reportsOf(run.stdout);
    const stories = reports.map((r) => r.stories![0]!);
    // every article in exactly one story, each report holding its story's articles
    expect(stories.flatMap((s) => s.articles).sort()).toEqual(articles.map((a) => a.id).sort());
    for (const r of reports) expect(r.articles.map((a) => a.id)).toEqual(r.stories![0]!.articles);
    const { precision, recall } = pairwise(truth, stories);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    // findings stay inside a story: nothing compares the articles of two stories
    for (const r of reports) {
      const own = new Set(r.articles.map((a) => a.id));
      for (const d of r.discrepancies) for (const c of [d.subject, ...d.counterparts]) expect(own.has(c.article)).toBe(true);
    }
    expect(run.stderr).toBe('');
    expect(run.code).toBe(reports.some((r) => r.discrepancies.some((d) => d.severity === 'high')) ? 1 : 0);
  });

  it('heads each story in text with its leading terms, as words its articles use', () => {
    const run = runCrosscheck(['check', '-g', intake, '-q']);
    const json = reportsOf(runCrosscheck(['check', '-g', intake, '-f', 'json']).stdout);
    const headings = run.stdout.split('\n').filter((l) => l.startsWith('== s'));
    expect(headings).toHaveLength(json.length);
    for (const [i, heading] of headings.entries()) {
      const m = /^== (s\d+) \((.+)\) ==$/.exec(heading)!;
      expect(m[1]).toBe(json[i]!.stories![0]!.id);
      const texts = articles.filter((a) => json[i]!.stories![0]!.articles.includes(a.id)).map((a) => a.text.toLowerCase()).join(' ');
      const words = m[2]!.split(', ');
      expect(words.length).toBeGreaterThanOrEqual(3);
      for (const w of words) expect(texts).toContain(w);
    }
  });

  it('groups folders too, keeping the ids of two folders apart', () => {
    const run = runCrosscheck(['check', '--group', 'test/cases/altered-quote', 'test/cases/flood-toll', 'test/cases/faithful-copy', '--format', 'json'], repo);
    const reports = reportsOf(run.stdout);
    const ids = reports.flatMap((r) => r.articles.map((a) => a.id));
    expect(ids).toContain('flood-toll/mpa');
    expect(ids).toContain('faithful-copy/mpa');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists bad lines with their line numbers, exits 2 and still checks the rest', async () => {
    const bad = join(tmp, 'bad.jsonl');
    const lines = articles.slice(0, 20).map((a) => JSON.stringify(a));
    lines.splice(3, 0, '{"id": "broken", "text": ');
    lines.splice(7, 0, '{"id": "no-text"}');
    await writeFile(bad, Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from('{"id":"latin","text":"caf\xe9"}\n', 'latin1')]));
    const run = runCrosscheck(['check', '--group', bad, '--format', 'json']);
    expect(run.code).toBe(2);
    const reports = reportsOf(run.stdout);
    expect(reports.flatMap((r) => r.articles).length).toBe(20);
    const errors = reports.flatMap((r) => r.errors);
    expect(errors.map((e) => [e.code, e.line])).toEqual([
      ['invalid-article', 4],
      ['invalid-article', 8],
      ['not-text', 23],
    ]);
    for (const e of errors) expect(run.stderr).toContain(e.message);
  });

  it('refuses --reference, which names the authority of one story', () => {
    const run = runCrosscheck(['check', '--group', '--reference', 'reuters', 'seeds']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--reference');
  });
});

describe('grouped output, a story at a time', () => {
  it('joins to exactly what the whole-output formats give: a json array, headed text sections', async () => {
    const { formatGroupedEnd, formatGroupedStory } = await import('../../src/cli/grouped.js');
    const { check } = await import('../../src/check.js');
    const { formatReports } = await import('../../src/report/format.js');
    const items = [articles.slice(0, 3), articles.slice(3, 4), []].map((members, i) => ({ story: { name: `s${i + 1}`, articles: members }, report: check(members) }));
    const join = (format: 'json' | 'text' | 'markdown' | 'jsonl'): string =>
      items.map((item, i) => formatGroupedStory(item, i, format)).join('') + formatGroupedEnd(items.length, format);
    expect(join('json')).toBe(`${JSON.stringify(items.map((i) => i.report), null, 2)}\n`);
    for (const format of ['text', 'markdown', 'jsonl'] as const) {
      expect(join(format)).toBe(formatReports(items.map((i) => ({ name: i.story.name, report: i.report })), format));
    }
    expect(formatGroupedStory(items[0]!, 0, 'json') + formatGroupedEnd(1, 'json')).toBe(`${JSON.stringify([items[0]!.report], null, 2)}\n`);
    expect(formatGroupedEnd(0, 'json')).toBe('[]\n');
  });
});
