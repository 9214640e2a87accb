import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/files.js';
import { extractHtmlText } from '../../src/ingest/html.js';

const long = 'The council met on Monday to discuss the budget for the coming year, and the debate went on for hours.';
const page = `<!doctype html><html><head><title>Council passes budget</title><style>p{}</style></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Council passes budget</h1>
<p>${long}</p>
<p>\u201CWe will not raise taxes,\u201D the mayor <b>said</b>. ${long}</p>
<script>track()</script>
</article><footer>Copyright</footer></body></html>`;

describe('extractHtmlText', () => {
  it('keeps the headline and one paragraph per block, without chrome or scripts', () => {
    const { text, title } = extractHtmlText(page);
    expect(title).toBe('Council passes budget');
    expect(text).toBe(`Council passes budget\n\n${long}\n\n\u201CWe will not raise taxes,\u201D the mayor said. ${long}`);
  });

  it('falls back to the body of a page Readability rejects', () => {
    expect(extractHtmlText('<p>Short.</p><p>Two.</p>').text).toBe('Short.\n\nTwo.');
  });
});

describe('readInputs with HTML', () => {
  it('reads .html files as their readable text and reports an empty page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crosscheck-html-'));
    try {
      await writeFile(join(dir, 'page.html'), page);
      await writeFile(join(dir, 'blank.html'), '<html><body><script>x()</script></body></html>');
      const { stories, errors } = await readInputs([dir]);
      expect(stories[0]!.articles.map((a) => a.id)).toEqual(['page']);
      expect(stories[0]!.articles[0]!.text.startsWith('Council passes budget\n\n')).toBe(true);
      expect(errors.map((e) => e.code)).toEqual(['empty']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
