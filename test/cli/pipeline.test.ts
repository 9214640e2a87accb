// The CLI in-process: formats (html, jsonl), inputs (JSON, JSONL, stdin, patterns), --reference,
// the config file, atomic --out and the progress bar.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/atomic-write.js';
import { parseConfig } from '../../src/cli/config.js';
import { runCli, type CliIo } from '../../src/cli/run.js';
import { DiscrepancySchema } from '../../src/schema/discrepancy.js';
import { ReportSchema } from '../../src/schema/report.js';
import { repo } from './helpers.js';

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stream that says it is a terminal, for the progress bar. */
class FakeTty extends Writable {
  isTTY = true;
  columns = 120;
  written = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.written += chunk.toString();
    done();
  }
  cursorTo(_x: number, _y?: number, cb?: () => void): boolean {
    cb?.();
    return true;
  }
  moveCursor(_dx: number, _dy: number, cb?: () => void): boolean {
    cb?.();
    return true;
  }
  clearLine(_dir: number, cb?: () => void): boolean {
    cb?.();
    return true;
  }
}

async function cli(args: string[], io: Partial<CliIo> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: repo,
    ...io,
  });
  return { code, stdout, stderr };
}

const seeds = join(repo, 'seeds');
const wire = join(seeds, '001_caf2b3d3ea5ec32d.txt');
const copy = join(seeds, '002_8d1afd464b80b134.txt');
const text = (path: string) => readFile(path, 'utf8');
let tmp = '';

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'crosscheck-pipeline-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('--format jsonl', () => {
  it('prints one Discrepancy per line with its story, the same findings as json', async () => {
    const jsonl = await cli(['check', 'seeds', '-f', 'jsonl', '--fail-on', 'none']);
    const json = await cli(['check', 'seeds', '-f', 'json', '--fail-on', 'none']);
    expect(jsonl.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(json.stdout));
    const lines = jsonl.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(report.discrepancies.length);
    lines.forEach((line, i) => {
      const { story, ...finding } = JSON.parse(line) as { story: string };
      expect(story).toBe('seeds');
      expect(DiscrepancySchema.parse(finding)).toEqual(report.discrepancies[i]);
    });
  });

  it('streams the findings of several stories, each line naming its story', async () => {
    const r = await cli(['check', 'test/cases/altered-quote', 'test/cases/flood-toll', '-f', 'jsonl', '--fail-on', 'none']);
    const stories = new Set(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { story: string }).story));
    expect([...stories].sort()).toEqual(['altered-quote', 'flood-toll']);
  });
});

describe('--format html', () => {
  it('prints a self-contained page titled with the case story', async () => {
    const r = await cli(['check', 'seeds', '-f', 'html', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(r.stdout).toContain('<title>Iraqi Foreign Minister Fuad Hussein on disarming Iran-backed armed factions, January 2025</title>');
    expect(r.stdout).not.toMatch(/<script[^>]+src=/);
  });

  it('takes --title, and needs an --out folder for several stories: one page each', async () => {
    const titled = await cli(['check', wire, copy, '-f', 'html', '--title', 'Desk check', '--fail-on', 'none']);
    expect(titled.stdout).toContain('<title>Desk check</title>');
    const many = await cli(['check', 'test/cases/altered-quote', 'test/cases/flood-toll', '-f', 'html']);
    expect(many).toMatchObject({ code: 2, stdout: '', stderr: 'crosscheck: --format html makes one page per story: give --out <folder> for the 2 stories\n' });
    const out = join(tmp, 'pages');
    const written = await cli(['check', 'test/cases/altered-quote', 'test/cases/flood-toll', '-f', 'html', '-o', out, '--fail-on', 'none']);
    expect(written).toMatchObject({ code: 0, stdout: '' });
    expect((await readdir(out)).sort()).toEqual(['altered-quote.html', 'flood-toll.html']);
  });
});

describe('inputs', () => {
  it('reads a JSON file of articles, a JSONL file, and JSONL on stdin, with the same report as the text files', async () => {
    const articles = [
      { id: 'reuters', text: await text(wire), outlet: 'Reuters' },
      { id: 'iranfocus', text: await text(copy) },
    ];
    await writeFile(join(tmp, 'story.json'), JSON.stringify({ articles }, null, 2));
    await writeFile(join(tmp, 'story.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n'));
    const fromJson = await cli(['check', join(tmp, 'story.json'), '-f', 'json', '--fail-on', 'none']);
    const fromJsonl = await cli(['check', join(tmp, 'story.jsonl'), '-f', 'json', '--fail-on', 'none']);
    const fromStdin = await cli(['check', '-', '-f', 'json', '--fail-on', 'none'], { readStdin: async () => articles.map((a) => JSON.stringify(a)).join('\n') });
    const report = ReportSchema.parse(JSON.parse(fromJson.stdout));
    expect(report.articles.map((a) => [a.id, a.outlet])).toEqual([
      ['reuters', 'Reuters'],
      ['iranfocus', 'iranfocus'],
    ]);
    expect(report.discrepancies.length).toBeGreaterThan(0);
    expect(fromJsonl.stdout).toBe(fromJson.stdout);
    expect(fromStdin.stdout).toBe(fromJson.stdout);
  });

  it('names the file and line of a bad JSONL line on stderr and exits 2', async () => {
    const r = await cli(['check', '-', '--fail-on', 'none'], { readStdin: async () => `${JSON.stringify({ id: 'a', text: await text(wire) })}\n{"id": "b"}\n` });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('crosscheck: stdin:2: not an article (text): Invalid input: expected string, received undefined\n');
  });

  it('reads saved HTML pages with their metadata', async () => {
    const r = await cli(['check', 'test/fixtures/pages/reuters-iraq-factions.html', 'test/fixtures/pages/iranfocus-iraq-militias.html', '-f', 'json', '--fail-on', 'none']);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.articles.map((a) => [a.id, a.outlet, a.published])).toEqual([
      ['reuters-iraq-factions', 'Reuters', '2025-01-16T06:07:41Z'],
      ['iranfocus-iraq-militias', 'Iran Focus', '2025-01-16T09:45:12+00:00'],
    ]);
  });

  it('expands quoted patterns: folders with a trailing slash, files by name; no match is an input error', async () => {
    const cases = await cli(['check', 'test/cases/*/', '-f', 'json', '--fail-on', 'none', '--quiet']);
    const reports = ReportSchema.array().parse(JSON.parse(cases.stdout));
    const folders = (await readdir(join(repo, 'test', 'cases'), { withFileTypes: true })).filter((e) => e.isDirectory());
    expect(reports).toHaveLength(folders.length);
    const txt = await cli(['check', 'seeds/*.txt', '-f', 'json', '--fail-on', 'none']);
    expect(ReportSchema.parse(JSON.parse(txt.stdout)).articles).toHaveLength(5);
    const none = await cli(['check', 'seeds/*.doc', '-f', 'json']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('crosscheck: seeds/*.doc: no file or folder matches the pattern\n');
  });
});

describe('--reference', () => {
  it('by id: findings only have the other articles as subjects', async () => {
    const r = await cli(['check', 'seeds', '-r', 'reuters', '-f', 'json', '--fail-on', 'none']);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.discrepancies.length).toBeGreaterThan(0);
    expect(report.discrepancies.filter((d) => d.subject.article === 'reuters')).toEqual([]);
  });

  it('by file: the file joins the story as the authority, id = file name', async () => {
    await copyFile(wire, join(tmp, 'wire.txt'));
    const r = await cli(['check', copy, '--reference', join(tmp, 'wire.txt'), '-f', 'json', '--fail-on', 'none']);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.articles.map((a) => a.id)).toEqual(['wire', '002_8d1afd464b80b134']);
    expect(report.discrepancies.some((d) => d.subject.article === 'wire')).toBe(false);
    expect(report.discrepancies.some((d) => d.counterparts.some((c) => c.article === 'wire'))).toBe(true);
  });

  it('neither an id nor a file: exit 2 naming it', async () => {
    const r = await cli(['check', 'seeds', '--reference', 'nobody']);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'crosscheck: --reference nobody: no article has this id and there is no such file\n' });
  });
});

describe('crosscheck.config.json', () => {
  it('applies severity, disable, info and failOn from the working directory; the command line wins', async () => {
    const dir = join(tmp, 'configured');
    await mkdir(dir);
    await writeFile(join(dir, 'crosscheck.config.json'), JSON.stringify({ severity: { 'paraphrase-as-quote': 'low' }, disable: ['quote-altered'], info: false, failOn: 'low' }));
    const r = await cli(['check', seeds, '-f', 'json'], { cwd: dir });
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    const kinds = new Set(report.discrepancies.map((d) => d.kind));
    expect(kinds.has('quote-altered')).toBe(false);
    expect(report.discrepancies.some((d) => d.severity === 'info')).toBe(false);
    const paraphrases = report.discrepancies.filter((d) => d.kind === 'paraphrase-as-quote');
    expect(paraphrases.length).toBeGreaterThan(0);
    expect(paraphrases.every((d) => d.severity === 'low')).toBe(true);
    expect(r.code).toBe(1); // failOn low from the config
    expect((await cli(['check', seeds, '--fail-on', 'none'], { cwd: dir })).code).toBe(0);
  });

  it('a bad config exits 2 with a message naming the key', async () => {
    const dir = join(tmp, 'misconfigured');
    await mkdir(dir);
    await writeFile(join(dir, 'crosscheck.config.json'), JSON.stringify({ severity: { 'quote-alterd': 'high' } }));
    const r = await cli(['check', seeds], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'crosscheck: crosscheck.config.json: severity.quote-alterd: unknown kind\n' });
    const missing = await cli(['check', seeds, '--config', 'nope.json']);
    expect(missing).toMatchObject({ code: 2, stderr: 'crosscheck: nope.json: file not found\n' });
  });

  it.each([
    ['{"severity": {"quote-alterd": "high"}}', 'severity.quote-alterd: unknown kind'],
    ['{"severity": {"quote-altered": "urgent"}}', 'severity.quote-altered: unknown severity "urgent" (high, medium, low or info)'],
    ['{"disable": ["name-variant", "typo"]}', 'disable.1: unknown kind "typo"'],
    ['{"failOn": "critical"}', 'failOn: expected one of high, medium, low, none'],
    ['{"alignThreshold": 2}', 'alignThreshold: Too big: expected number to be <=1'],
    ['{"info": "no"}', 'info: Invalid input: expected boolean, received string'],
    ['{"failon": "high"}', 'failon: unknown key'],
    ['[]', 'expected a JSON object'],
  ])('%s → %s', (config, message) => {
    const parsed = parseConfig(config);
    expect(parsed.ok ? 'ok' : parsed.message).toBe(message);
  });

  it('accepts an empty config and $schema', () => {
    expect(parseConfig('{"$schema": "./node_modules/crosscheck/config.schema.json", "alignThreshold": 0.6}')).toEqual({ ok: true, config: { alignThreshold: 0.6 } });
  });
});

describe('--out', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const out = join(tmp, 'out', 'report.json');
    await mkdir(join(tmp, 'out'));
    await writeFile(out, 'old');
    const r = await cli(['check', 'seeds', '-f', 'json', '-o', out, '--fail-on', 'none']);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    ReportSchema.parse(JSON.parse(await text(out)));
    expect(await readdir(join(tmp, 'out'))).toEqual(['report.json']);
  });

  it('a failed write keeps the old file and removes the temporary one', async () => {
    const dir = join(tmp, 'atomic');
    await mkdir(join(dir, 'target'), { recursive: true }); // renaming a file over a folder fails
    await expect(writeFileAtomic(join(dir, 'target'), 'new')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['target']);
    const r = await cli(['check', 'seeds', '-o', join(tmp, 'no-such-folder', 'r.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^crosscheck: cannot write .*no-such-folder.*r\.txt: /);
  });
});

describe('progress bar', () => {
  it('draws on a terminal when there are more than 20 articles, and not with --quiet or off a terminal', async () => {
    const tty = new FakeTty();
    const r = await cli(['check', 'test/cases/*/', '-f', 'jsonl', '--fail-on', 'none'], { progressStream: tty });
    expect(r.code).toBe(0);
    expect(tty.written).toMatch(/articles checked \| \d+ read \| \d+\/\d+ stories checked \| \d+ findings/);
    expect(r.stderr).toBe('');
    const quiet = new FakeTty();
    await cli(['check', 'test/cases/*/', '-f', 'jsonl', '--quiet'], { progressStream: quiet });
    expect(quiet.written).toBe('');
    const piped = new FakeTty();
    piped.isTTY = false;
    await cli(['check', 'test/cases/*/', '-f', 'jsonl'], { progressStream: piped });
    expect(piped.written).toBe('');
    const small = new FakeTty();
    await cli(['check', 'seeds', '-f', 'jsonl'], { progressStream: small });
    expect(small.written).toBe('');
  });
});
