import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonlArticles } from '../../src/ingest/json.js';
import { readJsonlStream } from '../../src/ingest/jsonl-stream.js';

let tmp = '';
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'crosscheck-jsonl-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function readAll(path: string, maxArticleChars?: number): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const r of readJsonlStream(path, maxArticleChars === undefined ? {} : { maxArticleChars })) out.push(r);
  return out;
}

describe('readJsonlStream', () => {
  it('reads what parseJsonlArticles reads from the whole text, line numbers included', async () => {
    const text = '\ufeff{"id":"a","text":"One."}\r\n\n{"id":"b","text":"Two \u00e9\ud83d\ude00."}\n{bad\n{"id":"c","text":"Three."}';
    const path = join(tmp, 'mixed.jsonl');
    await writeFile(path, text);
    const whole = parseJsonlArticles(text.slice(1), path);
    const streamed = await readAll(path);
    expect(streamed.filter((r) => typeof r === 'object' && r !== null && 'article' in r)).toEqual(whole.articles);
    expect(streamed.filter((r) => typeof r === 'object' && r !== null && 'code' in r)).toEqual(whole.errors);
  });

  it('reads lines longer than one chunk of the file', async () => {
    const path = join(tmp, 'long.jsonl');
    const long = 'word '.repeat(40_000);
    await writeFile(path, `${JSON.stringify({ id: 'long', text: long })}\n${JSON.stringify({ id: 'short', text: 'Hi.' })}\n`);
    const read = (await readAll(path)) as { article: { id: string; text: string } }[];
    expect(read.map((r) => [r.article.id, r.article.text.length])).toEqual([
      ['long', long.length],
      ['short', 3],
    ]);
  });

  it('names a line that is not UTF-8, one over the size limit, and a file that is not there', async () => {
    const path = join(tmp, 'bad.jsonl');
    await writeFile(path, Buffer.concat([Buffer.from('{"id":"x","text":"caf\xe9"}\n', 'latin1'), Buffer.from(`${JSON.stringify({ id: 'big', text: 'a'.repeat(500) })}\n{"id":"ok","text":"Fine."}\n`)]));
    const read = (await readAll(path, 100)) as Record<string, unknown>[];
    expect(read.map((r) => ('code' in r ? [r['code'], r['line']] : (r['article'] as { id: string }).id))).toEqual([['not-text', 1], ['too-large', 2], 'ok']);
    const missing = (await readAll(join(tmp, 'nope.jsonl'))) as Record<string, unknown>[];
    expect(missing.map((r) => r['code'])).toEqual(['not-found']);
  });
});
