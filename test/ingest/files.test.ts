import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/ingest/case.js';
import { articleIdFromPath, decodeArticleBytes, readInputs } from '../../src/ingest/files.js';

let root = '';
const at = (...parts: string[]): string => join(root, ...parts);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'crosscheck-ingest-'));
  await mkdir(at('plain'));
  await writeFile(at('plain', 'b.txt'), 'Second article.\n');
  await writeFile(at('plain', 'a.txt'), '\uFEFFFirst article, with a BOM kept.\n');
  await writeFile(at('plain', 'notes.md'), 'not an article');
  await mkdir(at('case'));
  await writeFile(at('case', '001.txt'), 'The wire story.');
  await writeFile(at('case', '002.txt'), 'The copy.');
  await writeFile(
    at('case', 'case.json'),
    JSON.stringify({
      id: 'story-1',
      articles: [
        { id: 'wire', file: '001.txt', outlet: 'Wire', published: '2024-03-01', url: 'https://example.com/a' },
        { id: 'copy', file: '002.txt' },
        { id: 'gone', file: '003.txt' },
      ],
      expected: [{ kind: 'quote-altered', article: 'copy', text: 'x' }],
    }),
  );
  await mkdir(at('bad-case'));
  await writeFile(at('bad-case', 'case.json'), '{"id": "x", "articles": []}');
  await mkdir(at('cases', 'one'), { recursive: true });
  await writeFile(at('cases', 'one', 'a.txt'), 'A.');
  await writeFile(at('cases', 'one', 'case.json'), JSON.stringify({ id: 'one', articles: [{ id: 'a', file: 'a.txt' }] }));
  await mkdir(at('empty-folder'));
  await writeFile(at('loose.txt'), 'A loose article.');
  await writeFile(at('empty.txt'), '  \n');
  await writeFile(at('latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  await writeFile(at('binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readInputs', () => {
  it('reads a plain folder as one story of its .txt files, sorted, text as given', async () => {
    const { stories, errors } = await readInputs([at('plain')]);
    expect(errors).toEqual([]);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.name).toBe(at('plain'));
    expect(stories[0]!.articles).toEqual([
      { id: 'a', text: '\uFEFFFirst article, with a BOM kept.\n' },
      { id: 'b', text: 'Second article.\n' },
    ]);
  });

  it('reads a case folder: ids, files and metadata from case.json; a missing file is an error', async () => {
    const { stories, errors } = await readInputs([at('case')]);
    expect(stories[0]!.name).toBe('story-1');
    expect(stories[0]!.articles).toEqual([
      { id: 'wire', text: 'The wire story.', outlet: 'Wire', url: 'https://example.com/a', published: '2024-03-01' },
      { id: 'copy', text: 'The copy.' },
    ]);
    expect(stories[0]!.caseFile?.expected).toHaveLength(1);
    expect(errors).toEqual([{ code: 'not-found', input: at('case', '003.txt'), message: `${at('case', '003.txt')}: file not found` }]);
    expect(stories[0]!.errors).toEqual(errors);
  });

  it('puts all file arguments in one story and reports each bad file by name', async () => {
    const files = ['loose.txt', 'empty.txt', 'latin1.txt', 'binary.txt', 'missing.txt'].map((f) => at(f));
    const { stories, errors } = await readInputs(files);
    expect(stories.map((s) => [s.name, s.articles.map((a) => a.id)])).toEqual([['files', ['loose']]]);
    expect(errors.map((e) => [e.code, e.input])).toEqual([
      ['empty', at('empty.txt')],
      ['not-text', at('latin1.txt')],
      ['not-text', at('binary.txt')],
      ['not-found', at('missing.txt')],
    ]);
    for (const e of errors) expect(e.message.startsWith(e.input)).toBe(true);
  });

  it('reports a bad case.json, an empty folder, and expands a folder of case folders', async () => {
    const { stories, errors } = await readInputs([at('bad-case'), at('empty-folder'), at('cases')]);
    expect(stories.map((s) => s.name)).toEqual(['one']);
    expect(errors.map((e) => e.code)).toEqual(['empty', 'invalid-case']);
    expect(errors[1]!.message).toMatch(/articles: a case needs at least one article/);
  });

  it('rejects two files with the same id and reads a file named twice once', async () => {
    const { stories, errors } = await readInputs([at('loose.txt'), at('loose.txt'), at('plain', 'a.txt'), at('cases', 'one', 'a.txt')]);
    expect(stories[0]!.articles.map((a) => a.id)).toEqual(['loose', 'a']);
    expect(errors.map((e) => e.code)).toEqual(['duplicate-id']);
  });
});

describe('decodeArticleBytes', () => {
  it('decodes strict UTF-8 and rejects the rest', () => {
    expect(decodeArticleBytes(new TextEncoder().encode('Caf\u00e9 \u201Cok\u201D'), 'x')).toEqual({ ok: true, text: 'Caf\u00e9 \u201Cok\u201D' });
    expect(decodeArticleBytes(new Uint8Array([0xff, 0xfe]), 'x')).toMatchObject({ ok: false, error: { code: 'not-text' } });
    expect(decodeArticleBytes(new TextEncoder().encode('abcdef'), 'x', 3)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
  it('takes the id from the file name', () => {
    expect(articleIdFromPath('a/b/reuters.txt')).toBe('reuters');
    expect(articleIdFromPath('a/b/noext')).toBe('noext');
  });
});

describe('parseCaseFile', () => {
  it('rejects bad JSON and duplicate article ids', () => {
    expect(parseCaseFile('{')).toMatchObject({ ok: false });
    expect(parseCaseFile('{"id":"c","articles":[{"id":"a","file":"1"},{"id":"a","file":"2"}]}')).toEqual({
      ok: false,
      message: 'articles: the id "a" appears twice',
    });
  });
});
