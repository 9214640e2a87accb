import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandGlob, hasGlobMagic, matchSegment } from '../../src/ingest/glob.js';

describe('matchSegment', () => {
  it.each([
    ['*.txt', 'wire.txt', true],
    ['*.txt', 'wire.html', false],
    ['w?re.txt', 'wire.txt', true],
    ['w?re.txt', 'wre.txt', false],
    ['*', '', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['*', '.hidden', false], // like a shell: a wildcard does not match a leading dot
    ['.*', '.hidden', true],
    ['[a].txt', '[a].txt', true], // brackets are plain characters here
  ])('%s ~ %s = %s', (pattern, name, expected) => {
    expect(matchSegment(pattern, name)).toBe(expected);
  });

  it('stays fast on a hostile pattern', () => {
    const started = performance.now();
    expect(matchSegment('*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('knows a pattern from a file name', () => {
    expect(hasGlobMagic('cases/*/')).toBe(true);
    expect(hasGlobMagic('cases/a/wire.txt')).toBe(false);
  });
});

describe('expandGlob', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crosscheck-glob-'));
    for (const f of ['cases/b/case.json', 'cases/a/case.json', 'cases/a/x.txt', 'cases/notes.txt', 'top.txt', 'top.html', 'deep/one/two/w.txt', '.hidden/h.txt']) {
      await mkdir(join(dir, f, '..'), { recursive: true });
      await writeFile(join(dir, f), 'x');
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('matches folders only with a trailing slash, files by extension, sorted', async () => {
    expect(await expandGlob('cases/*/', { cwd: dir })).toEqual(['cases/a/', 'cases/b/']);
    expect(await expandGlob('*.txt', { cwd: dir })).toEqual(['top.txt']);
    expect(await expandGlob('cases/*', { cwd: dir })).toEqual(['cases/a', 'cases/b', 'cases/notes.txt']);
    expect(await expandGlob('cases/?/case.json', { cwd: dir })).toEqual(['cases/a/case.json', 'cases/b/case.json']);
  });

  it('** crosses any number of folders, skipping hidden ones', async () => {
    expect(await expandGlob('**/*.txt', { cwd: dir })).toEqual(['cases/a/x.txt', 'cases/notes.txt', 'deep/one/two/w.txt', 'top.txt']);
  });

  it('keeps absolute patterns absolute and gives nothing for no match', async () => {
    expect(await expandGlob(join(dir, 'top.*'), { cwd: '/' })).toEqual([join(dir, 'top.html'), join(dir, 'top.txt')]);
    expect(await expandGlob('nope/*.txt', { cwd: dir })).toEqual([]);
  });
});
