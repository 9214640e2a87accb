import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/files.js';
import { articleElementOffsets, parseJsonArticles, parseJsonlArticles, sniffJsonLayout } from '../../src/ingest/json.js';

const a = (id: string, extra: Record<string, unknown> = {}) => ({ id, text: `Text of ${id}.`, ...extra });

describe('parseJsonArticles', () => {
  it('reads an array of articles and {story, articles}', () => {
    expect(parseJsonArticles(JSON.stringify([a('x'), a('y')]), 'in.json').articles.map((r) => [r.article.id, r.story, r.line])).toEqual([
      ['x', null, 1],
      ['y', null, 1],
    ]);
    const wrapped = parseJsonArticles(JSON.stringify({ story: 'strike', articles: [a('x'), a('y', { story: 'other' })] }), 'in.json');
    expect(wrapped.articles.map((r) => `${r.article.id}@${r.story}`)).toEqual(['x@strike', 'y@other']);
  });

  it('names the file and the line of a bad article, and keeps the good ones', () => {
    const text = JSON.stringify({ articles: [a('x'), { id: 'y' }, a('z', { text: '   ' }), a('w', { published: 'Tuesday' })] }, null, 2);
    const r = parseJsonArticles(text, 'in.json');
    expect(r.articles.map((x) => x.article.id)).toEqual(['x']);
    expect(r.errors.map((e) => `${e.code} ${e.line} ${e.message}`)).toEqual([
      'invalid-article 7 in.json:7: not an article (text): Invalid input: expected string, received undefined',
      'empty 10 in.json:10: the article "z" has no text',
      'invalid-article 14 in.json:14: not an article (published): expected an ISO date such as 2025-01-16',
    ]);
  });

  it('gives the line of a syntax error, and rejects a document that is not a list of articles', () => {
    const r = parseJsonArticles('[\n  {"id": "x", "text": "a"},\n  {"id": "y" "text": "b"}\n]', 'in.json');
    expect(r.errors[0]).toMatchObject({ code: 'invalid-article', input: 'in.json', line: 3 });
    expect(r.errors[0]!.message).toMatch(/^in\.json:3: not valid JSON: /);
    expect(parseJsonArticles('{"id": "x"}', 'in.json').errors[0]!.message).toBe('in.json:1: expected an array of articles or {"articles": [...]}');
  });

  it('finds element offsets past strings with brackets and escapes, and other keys', () => {
    const text = '{"meta": [1, 2], "note": "a [tricky] \\" {string}", "articles": [ {"id":"x"} , "y", [3] ], "after": [{}]}';
    expect(articleElementOffsets(text).map((i) => text[i])).toEqual(['{', '"', '[']);
  });
});

describe('parseJsonlArticles', () => {
  it('reads one article per line, skips blank lines, names each bad line', () => {
    const text = [JSON.stringify(a('x')), '', '{"id": "y", text: 1}', JSON.stringify({ id: 'z' }), JSON.stringify(a('w', { story: 's' })), ''].join('\n');
    const r = parseJsonlArticles(text, 'feed.jsonl');
    expect(r.articles.map((x) => `${x.article.id}:${x.line}:${x.story}`)).toEqual(['x:1:null', 'w:5:s']);
    expect(r.errors.map((e) => [e.line, e.message.slice(0, 30)])).toEqual([
      [3, 'feed.jsonl:3: not valid JSON: '],
      [4, 'feed.jsonl:4: not an article ('],
    ]);
  });
});

describe('sniffJsonLayout', () => {
  it('tells JSON, JSON Lines and plain text apart', () => {
    expect(sniffJsonLayout('[{"id":"a","text":"b"}]')).toBe('json');
    expect(sniffJsonLayout('{"articles": []}')).toBe('json');
    expect(sniffJsonLayout('{"id":"a","text":"b"}\n{"id":"c","text":"d"}\n')).toBe('jsonl');
    expect(sniffJsonLayout('{"id":"a","text":"b"}')).toBe('jsonl');
    expect(sniffJsonLayout('“We will not raise taxes,” the mayor said.')).toBeNull();
  });
});

describe('readInputs with JSON, JSON Lines and stdin', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crosscheck-json-'));
    await writeFile(join(dir, 'set.json'), JSON.stringify([a('wire'), a('copy')], null, 2));
    await writeFile(join(dir, 'feed.jsonl'), `${JSON.stringify(a('blog'))}\n${JSON.stringify(a('wire'))}\n${JSON.stringify(a('x', { story: 'other' }))}\n`);
    await writeFile(join(dir, 'one.txt'), 'A plain article.');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('adds JSON articles to the files story, a named story to its own, and names both places of a duplicate id', async () => {
    const r = await readInputs([join(dir, 'one.txt'), join(dir, 'set.json'), join(dir, 'feed.jsonl')]);
    expect(r.stories.map((s) => [s.name, s.articles.map((x) => x.id)])).toEqual([
      ['files', ['one', 'wire', 'copy', 'blog']],
      ['other', ['x']],
    ]);
    expect(r.errors).toEqual([
      { code: 'duplicate-id', input: join(dir, 'feed.jsonl'), line: 2, message: `${join(dir, 'feed.jsonl')}:2: same article id "wire" as ${join(dir, 'set.json')}:2` },
    ]);
  });

  it('reads - from the stdin option as JSON Lines, JSON or one plain-text article', async () => {
    const jsonl = await readInputs(['-'], { stdin: `${JSON.stringify(a('p'))}\n${JSON.stringify(a('q'))}\n` });
    expect(jsonl.stories[0]!.articles.map((x) => x.id)).toEqual(['p', 'q']);
    const plain = await readInputs(['-'], { stdin: 'The mayor said "no new taxes" on Monday.\n' });
    expect(plain.stories[0]!.articles).toEqual([{ id: 'stdin', text: 'The mayor said "no new taxes" on Monday.\n' }]);
    const bad = await readInputs(['-'], { stdin: '{"id":"p","text":"a"}\n{oops}\n' });
    expect(bad.errors.map((e) => [e.input, e.line])).toEqual([['stdin', 2]]);
    expect((await readInputs(['-'])).errors[0]!.message).toBe('stdin: standard input was not given');
    expect((await readInputs(['-'], { stdin: '  \n' })).errors[0]!.message).toBe('stdin: standard input is empty');
  });

  it('rejects an article over the size limit by line', async () => {
    const r = await readInputs(['-'], { stdin: `${JSON.stringify(a('p'))}\n${JSON.stringify({ id: 'big', text: 'x'.repeat(50) })}\n`, maxArticleChars: 20 });
    expect(r.errors.map((e) => [e.code, e.line])).toEqual([['too-large', 2]]);
  });
});

describe('case.json errors', () => {
  it('name the line of a JSON syntax error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crosscheck-case-'));
    try {
      await writeFile(join(dir, 'case.json'), '{\n  "id": "x",\n  "articles": [\n    {"id": "a" "file": "a.txt"}\n  ]\n}\n');
      const { errors } = await readInputs([dir]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ code: 'invalid-case', input: join(dir, 'case.json'), line: 4 });
      expect(errors[0]!.message.startsWith(`${join(dir, 'case.json')}:4: not valid JSON: `)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
