// Saved news pages (navigation, ads, related links, comments) against the plain text they were made from.
import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, normalizeArticle } from '../../src/index.js';
import { readInputs } from '../../src/ingest/files.js';
import { extractHtmlText } from '../../src/ingest/html.js';

const repo = join(import.meta.dirname, '..', '..');
const pages = join(repo, 'test', 'fixtures', 'pages');
const read = (path: string): string => readFileSync(path, 'utf8');

/** Quote claims as `speaker: text`, the two things an editor compares. */
function quotes(id: string, text: string): string[] {
  return extractClaims(normalizeArticle({ id, text }))
    .filter((c) => c.type === 'quote')
    .map((c) => `${c.speaker?.name ?? '?'}: ${c.text.replace(/\s+/g, ' ')}`);
}

const cases = [
  { page: 'reuters-iraq-factions.html', seed: '001_caf2b3d3ea5ec32d.txt', outlet: 'Reuters', published: '2025-01-16T06:07:41Z' },
  { page: 'iranfocus-iraq-militias.html', seed: '002_8d1afd464b80b134.txt', outlet: 'Iran Focus', published: '2025-01-16T09:45:12+00:00' },
];

describe('saved news pages', () => {
  it.each(cases)('$page gives the same quotes (texts and speakers) as the plain text', ({ page, seed }) => {
    const fromPage = quotes('page', extractHtmlText(read(join(pages, page))).text);
    const fromText = quotes('text', read(join(repo, 'seeds', seed)));
    expect(fromText.length).toBeGreaterThan(2);
    expect(fromPage).toEqual(fromText);
  });

  it.each(cases)('$page: metadata from og:site_name, published time and the canonical URL', ({ page, outlet, published }) => {
    const p = extractHtmlText(read(join(pages, page)));
    expect(p).toMatchObject({ outlet, published });
    expect(p.url).toMatch(/^https:\/\/www\.[a-z]+\.com\/.+\/$/);
    expect(p.url).not.toContain('utm_source');
  });

  it('leaves out navigation, ads, related links, newsletter boxes and reader comments', () => {
    for (const { page } of cases) {
      const { text } = extractHtmlText(read(join(pages, page)));
      for (const chrome of ['Advertisement', 'Read Next', 'Related Posts', 'Sign up', 'Leave a Reply', 'my cousin in Basra', 'Accept all', 'Careers', 'Most Popular']) {
        expect(text, `${page}: ${chrome}`).not.toContain(chrome);
      }
    }
  });

  it('readInputs gives the page its metadata; case.json metadata wins over the page', async () => {
    const { stories } = await readInputs([join(pages, 'reuters-iraq-factions.html')]);
    expect(stories[0]!.articles[0]).toMatchObject({
      id: 'reuters-iraq-factions',
      outlet: 'Reuters',
      published: '2025-01-16T06:07:41Z',
      url: 'https://www.reuters.com/world/middle-east/iraq-wants-iran-backed-factions-lay-down-weapons-2025-01-16/',
    });
    const dir = await mkdtemp(join(tmpdir(), 'crosscheck-pages-'));
    try {
      await copyFile(join(pages, 'reuters-iraq-factions.html'), join(dir, 'wire.html'));
      await writeFile(join(dir, 'case.json'), JSON.stringify({ id: 'c', articles: [{ id: 'wire', file: 'wire.html', outlet: 'Reuters Wire' }] }));
      const fromCase = await readInputs([dir]);
      expect(fromCase.stories[0]!.articles[0]).toMatchObject({ id: 'wire', outlet: 'Reuters Wire', published: '2025-01-16T06:07:41Z' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('page metadata fallbacks', () => {
  const body = `<p>${'The harbour authority said the strike would last two days, and ships were told to wait offshore. '.repeat(4)}</p>`;
  it('reads <time datetime> when there is no article:published_time, and og:url without a canonical link', () => {
    const p = extractHtmlText(`<html><head><meta property="og:url" content="https://example.com/a"></head><body><article><time datetime="2024-06-11">June 11</time>${body}</article></body></html>`);
    expect(p).toMatchObject({ published: '2024-06-11', url: 'https://example.com/a', outlet: null });
  });
  it('normalises a page date Date can read, and drops one it cannot', () => {
    expect(extractHtmlText(`<html><head><meta property="article:published_time" content="2024-06-11 08:30:00"></head><body>${body}</body></html>`).published).toMatch(/^2024-06-11T\d\d:30:00\.000Z$/);
    expect(extractHtmlText(`<html><head><meta property="article:published_time" content="last Tuesday"></head><body>${body}</body></html>`).published).toBeNull();
  });
});
