import { mkdtemp, readFile, rm, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodeFor, hasFailingFinding } from '../../src/cli/exit-code.js';
import { ReportSchema, type Report } from '../../src/schema/report.js';
import { repo, runCrosscheck } from './helpers.js';

let tmp = '';
const seed = (name: string): string => join(repo, 'seeds', name);
const wire = seed('001_caf2b3d3ea5ec32d.txt');
const copy = seed('002_8d1afd464b80b134.txt');

/** The exit code the CLI should give for a report, so these tests hold whatever the rules find. */
const expectedCode = (report: Report, failOn: 'high' | 'medium' | 'low' | 'none' = 'high'): number =>
  report.errors.length ? 2 : hasFailingFinding(report, failOn) ? 1 : 0;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'crosscheck-cli-'));
  await writeFile(join(tmp, 'latin1.txt'), Buffer.from('caf\xe9 au lait\n', 'latin1'));
  await writeFile(join(tmp, 'empty.txt'), '');
  await mkdir(join(tmp, 'story-b'));
  await copyFile(wire, join(tmp, 'story-b', 'wire.txt'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('crosscheck check', () => {
  it('prints exactly a valid report with --format json, the same bytes twice', () => {
    const first = runCrosscheck(['check', 'seeds', '--format', 'json']);
    const second = runCrosscheck(['check', 'seeds', '--format', 'json']);
    expect(first.stderr).toBe('');
    const report = ReportSchema.parse(JSON.parse(first.stdout));
    expect(report.articles.map((a) => a.id)).toEqual(['shafaq', 'reuters', 'iranfocus', 'shafaq-alhadath', 'foxnews-summary']);
    expect(second.stdout).toBe(first.stdout);
    expect(first.code).toBe(expectedCode(report));
  });

  it('exits by --fail-on: none never fails on findings, low fails on any non-info finding', () => {
    const json = runCrosscheck(['check', 'seeds', '--format', 'json', '--fail-on', 'low']);
    const report = ReportSchema.parse(JSON.parse(json.stdout));
    expect(json.code).toBe(expectedCode(report, 'low'));
    expect(runCrosscheck(['check', 'seeds', '--fail-on', 'none']).code).toBe(0);
  });

  it('reports a missing file on one stderr line, still checks the others, and exits 2', () => {
    const r = runCrosscheck(['check', wire, join(tmp, 'nope.txt'), copy, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`crosscheck: ${join(tmp, 'nope.txt')}: file not found\n`);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.articles.map((a) => a.id)).toEqual(['001_caf2b3d3ea5ec32d', '002_8d1afd464b80b134']);
    expect(report.errors).toEqual([{ code: 'not-found', input: join(tmp, 'nope.txt'), message: `${join(tmp, 'nope.txt')}: file not found` }]);
  });

  it('rejects a file that is not UTF-8 and an empty file, naming each', () => {
    const r = runCrosscheck(['check', wire, join(tmp, 'latin1.txt'), join(tmp, 'empty.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `crosscheck: ${join(tmp, 'latin1.txt')}: not valid UTF-8 text`,
      `crosscheck: ${join(tmp, 'empty.txt')}: the file is empty`,
    ]);
    expect(r.stdout).toMatch(/^crosscheck: 1 article: 001_caf2b3d3ea5ec32d\n/);
    expect(r.stdout).toMatch(/2 input errors:/);
  });

  it('still prints a report when no input could be read', () => {
    const r = runCrosscheck(['check', join(tmp, 'nope.txt'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(ReportSchema.parse(JSON.parse(r.stdout)).errors.map((e) => e.code)).toEqual(['not-found']);
  });

  it('prints a JSON array for several stories and Markdown on request', () => {
    const r = runCrosscheck(['check', 'seeds', join(tmp, 'story-b'), '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const reports = ReportSchema.array().parse(JSON.parse(r.stdout));
    expect(reports.map((x) => x.articles.length)).toEqual([5, 1]);
    const md = runCrosscheck(['check', 'seeds', '--format', 'markdown', '--no-info', '--fail-on', 'none']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^## crosscheck: \d+ findings? in 5 articles\n/);
  });

  it('writes to --out and nothing to stdout', async () => {
    const out = join(tmp, 'report.json');
    const r = runCrosscheck(['check', 'seeds', '--format', 'json', '--out', out, '--fail-on', 'none']);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')));
  });

  it('exits 2 on usage errors, 0 on --help and --version', async () => {
    const bad = runCrosscheck(['check', 'seeds', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/argument 'xml' is invalid/);
    expect(runCrosscheck(['check']).code).toBe(2);
    expect(runCrosscheck(['check', 'seeds', '--bogus']).code).toBe(2);
    expect(runCrosscheck([]).code).toBe(2);
    const pkg = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')) as { version: string };
    expect(runCrosscheck(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = runCrosscheck(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--fail-on <severity>/);
  });
});

describe('exitCodeFor', () => {
  const finding = (severity: Report['discrepancies'][number]['severity']): Report['discrepancies'][number] => ({
    id: 'd1',
    kind: 'quote-altered',
    severity,
    subject: { article: 'a', start: 0, end: 1, text: 'x' },
    counterparts: [],
    message: 'm',
  });
  it('is 0, 1 or 2 by findings, --fail-on and errors', () => {
    expect(exitCodeFor([{ discrepancies: [finding('medium')], errors: [] }], 'high')).toBe(0);
    expect(exitCodeFor([{ discrepancies: [finding('medium')], errors: [] }], 'medium')).toBe(1);
    expect(exitCodeFor([{ discrepancies: [finding('high')], errors: [] }], 'low')).toBe(1);
    expect(exitCodeFor([{ discrepancies: [finding('info')], errors: [] }], 'low')).toBe(0);
    expect(exitCodeFor([{ discrepancies: [finding('high')], errors: [] }], 'none')).toBe(0);
    expect(exitCodeFor([{ discrepancies: [], errors: [{ code: 'empty', input: 'x', message: 'x: empty' }] }], 'none')).toBe(2);
  });
});
