import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/html-escape.js';
import { renderArticleText, renderExcerpt, splitParagraphs, type HighlightSpan } from '../../src/report/html-highlight.js';
import { toHtml } from '../../src/report/html.js';
import type { Report } from '../../src/schema/index.js';
import { buildHostileFixture, HOSTILE_TITLE } from '../fixtures/hostile/hostile-fixture.js';
import { buildSeedsFixture } from '../fixtures/html-report/seeds-fixture.js';

const VOID = new Set(['meta', 'input', 'br', 'hr', 'img', 'link']);

/**
 * Check that tags nest. Every text we emit is escaped, so outside `<script>`/`<style>` any `<`
 * in the output starts a tag we wrote; an unescaped input `<` shows up as a stray tag here.
 */
function tagProblems(html: string): string[] {
  const body = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '<$1></$1>');
  const stack: string[] = [];
  const problems: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g)) {
    const [, close, rawName] = m;
    const name = (rawName ?? '').toLowerCase();
    if (VOID.has(name)) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) problems.push(`unbalanced </${name}> at ${m.index}`);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(',')}`);
  return problems;
}

const span = (start: number, end: number, token: string, role: HighlightSpan['role'] = 'subject'): HighlightSpan => ({
  start,
  end,
  token,
  role,
  anchorId: `span-${token}`,
  ...(role === 'subject' ? { ref: { href: `finding-${token}`, label: token } } : {}),
});

/** The text each token's marks cover, read back from the markup. */
function marked(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<mark [^>]*data-spans="([^"]*)"[^>]*>([^<]*)<\/mark>/g)) {
    for (const t of (m[1] ?? '').split(' ')) out[t] = (out[t] ?? '') + (m[2] ?? '');
  }
  return out;
}

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"double" \'single\'', '&quot;double&quot; &#39;single&#39;'],
    ['&amp; stays visible', '&amp;amp; stays visible'],
    ['NUL\u0000', 'NUL\uFFFD'],
    ['plain “curly” 🧪', 'plain “curly” 🧪'],
  ])('%j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('splitParagraphs', () => {
  it('cuts at every line break and trims, keeping original offsets', () => {
    const text = ' One.\n\nTwo two.\r\n  \nThree ';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two two.', 'Three']);
  });
});

describe('renderArticleText: highlights', () => {
  const text = 'Alpha beta gamma delta.\nEpsilon zeta eta.';

  it('marks a span and puts its back-link right after it', () => {
    expect(renderArticleText(text, [span(6, 10, 'f1')])).toBe(
      '<p>Alpha <span class="anchor" id="span-f1"></span><mark class="hl hl-subject" data-spans="f1">beta</mark>' +
        '<a class="ref" href="#finding-f1" data-finding="f1" aria-label="Go to finding f1">f1</a> gamma delta.</p>\n' +
        '<p>Epsilon zeta eta.</p>\n',
    );
  });

  it.each([
    ['partial overlap', [span(0, 10, 'f1'), span(6, 16, 'f2')], { f1: 'Alpha beta', f2: 'beta gamma' }],
    ['nested', [span(0, 22, 'f1'), span(6, 10, 'f2')], { f1: 'Alpha beta gamma delta', f2: 'beta' }],
    ['identical', [span(6, 10, 'f1'), span(6, 10, 'f2')], { f1: 'beta', f2: 'beta' }],
    ['touching', [span(0, 5, 'f1'), span(5, 10, 'f2')], { f1: 'Alpha', f2: ' beta' }],
    ['subject over counterpart', [span(0, 10, 'f1'), span(6, 16, 'f2c1', 'counterpart')], { f1: 'Alpha beta', f2c1: 'beta gamma' }],
  ])('%s: well-formed, and every span reads back whole', (_, spans, expected) => {
    const html = renderArticleText(text, spans);
    expect(tagProblems(html)).toEqual([]);
    expect(marked(html)).toEqual(expected);
  });

  it('splits a span over two paragraphs into one mark per paragraph', () => {
    const html = renderArticleText(text, [span(17, 31, 'f1')]);
    expect(tagProblems(html)).toEqual([]);
    expect(marked(html)).toEqual({ f1: 'delta.Epsilon' });
    expect(html.match(/<mark /g)).toHaveLength(2);
    expect(html.match(/class="ref"/g)).toHaveLength(1);
  });

  it('ignores spans outside the text, and keeps anchors for spans that only cover white space', () => {
    const html = renderArticleText(text, [span(-1, 3, 'f1'), span(5, 999, 'f2'), span(23, 24, 'f3')]);
    expect(marked(html)).toEqual({});
    expect(html).not.toContain('span-f1');
    const second = html.split('\n')[1] ?? '';
    expect(second).toMatch(/^<p><span class="anchor" id="span-f3"><\/span><a class="ref" href="#finding-f3"[^>]*>f3<\/a>Epsilon/);
  });

  it('stays well-formed under many random overlapping spans', () => {
    // A small deterministic generator: the same spans on every run.
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const long = `${text}\n\n${text} <b>x</b>\n${text}`;
    const spans: HighlightSpan[] = [];
    for (let i = 1; i <= 60; i++) {
      const a = rnd(long.length);
      const b = rnd(long.length);
      spans.push(span(Math.min(a, b), Math.max(a, b), `f${i}`, i % 3 === 0 ? 'counterpart' : 'subject'));
    }
    const html = renderArticleText(long, spans);
    expect(tagProblems(html)).toEqual([]);
    const back = marked(html);
    const paragraphsOnly = (s: number, e: number): string =>
      splitParagraphs(long)
        .map((p) => long.slice(Math.max(s, p.start), Math.min(e, p.end)))
        .filter((x, _i) => x.length > 0)
        .join('');
    for (const s of spans) {
      const expected = escapeHtml(paragraphsOnly(s.start, s.end));
      expect(back[s.token] ?? '', s.token).toBe(expected);
    }
  });
});

describe('renderExcerpt', () => {
  it('shows the whole short paragraph around the span', () => {
    expect(renderExcerpt('First.\nOne <two> three.\nLast.', 11, 16, 200)).toBe('One <mark>&lt;two&gt;</mark> three.');
  });

  it('clips long context at word boundaries with an ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const start = words.indexOf('w30');
    const html = renderExcerpt(words, start, start + 3, 20);
    expect(html).toMatch(/^… w2\d /);
    expect(html).toContain('<mark>w30</mark>');
    expect(html).toMatch(/ w3\d …$/);
  });
});

describe('toHtml', () => {
  const seeds = buildSeedsFixture();

  it('is deterministic: same input, same bytes', () => {
    const a = toHtml(seeds.report, seeds.articles);
    const b = toHtml(structuredClone(seeds.report), seeds.articles.map((x) => ({ ...x })));
    expect(a).toBe(b);
    expect(createHash('sha256').update(a).digest('hex')).toBe(createHash('sha256').update(b).digest('hex'));
  });

  it('is one well-formed, self-contained document', () => {
    const html = toHtml(seeds.report, seeds.articles);
    expect(tagProblems(html)).toEqual([]);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain('<main');
    expect(html).toContain('<nav aria-label="Sections">');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('allows only its own script, by hash', () => {
    const html = toHtml(seeds.report, seeds.articles);
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(script).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain("default-src 'none'");
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });

  it('has filter checkboxes for every severity and each kind present, with counts', () => {
    const html = toHtml(seeds.report, seeds.articles);
    const boxes = [...html.matchAll(/<input type="checkbox" name="(\w+)" value="([^"]+)" checked> (?:<[^>]+>)?([^<]+)/g)].map(
      (m) => `${m[1]}=${m[2]}`,
    );
    expect(boxes).toEqual([
      'severity=high',
      'severity=medium',
      'severity=low',
      'severity=info',
      'kind=paraphrase-as-quote',
      'kind=quote-altered',
      'kind=quote-context',
      'kind=source-misattribution',
      'kind=duplicate-passage',
      'kind=single-source',
      'kind=name-variant',
    ]);
    expect(html).toContain('<label><input type="checkbox" name="severity" value="high" checked> <span class="badge badge-high">High</span> <span class="count">(3)</span></label>');
    expect(html).toContain('<p id="filter-status" class="filter-status" role="status" aria-live="polite">Showing 9 of 9 findings</p>');
    for (const d of seeds.report.discrepancies) {
      expect(html).toContain(`data-id="${d.id}" data-severity="${d.severity}" data-kind="${d.kind}"`);
    }
  });

  it('marks diffs with del/ins and words, not colour alone', () => {
    const html = toHtml(seeds.report, seeds.articles);
    expect(html).toContain('<del><span class="sr-only">[removed: </span>was<span class="sr-only">]</span></del>');
    expect(html).toContain('<ins><span class="sr-only">[added: </span>is<span class="sr-only">]</span></ins>');
    expect(html).toContain('<del>Struck through</del>: only in <code>reuters</code>.');
  });

  it('escapes every string from the report and the articles', () => {
    const { report, articles } = buildHostileFixture();
    const html = toHtml(report, articles, { title: HOSTILE_TITLE });
    expect(tagProblems(html)).toEqual([]);
    const outsideScript = html.replace(/<script>[\s\S]*<\/script>/, '');
    expect(outsideScript).not.toMatch(/<(?:img|svg|b|iframe)\b/i);
    expect(outsideScript).not.toContain('<script');
    expect(outsideScript).not.toMatch(/href="javascript:/i);
    // No tag we wrote carries an event handler or a javascript: URL.
    for (const tag of outsideScript.match(/<[a-zA-Z][^>]*>/g) ?? []) {
      expect(tag).not.toMatch(/\son\w+=|javascript:/i);
    }
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(html).toContain('<title>Title &lt;script&gt;window.__pwned=1&lt;/script&gt;</title>');
    expect(html).toContain('Not text: &lt;script&gt;');
  });

  it('shows a finding whose offsets do not match the text as reported, without a highlight', () => {
    const text = 'Hello world.';
    const report: Report = {
      version: 1,
      articles: [{ id: 'a', outlet: null, url: null, published: null, chars: text.length, inferred: { outlet: false, published: false } }],
      claims: [],
      alignments: [],
      discrepancies: [
        {
          id: 'd1',
          kind: 'single-source',
          severity: 'info',
          subject: { article: 'a', start: 0, end: 5, text: 'Howdy' },
          counterparts: [{ article: 'missing', start: 0, end: 3, text: 'abc' }],
          message: 'm',
        },
      ],
      entities: [],
      errors: [],
    };
    const html = toHtml(report, [{ id: 'a', text }]);
    expect(html).toContain('<blockquote class="excerpt"><mark>Howdy</mark></blockquote>');
    expect(html).toContain('are not this text, or the article text was not given');
    expect(html).not.toContain('data-spans="f1"');
    expect(tagProblems(html)).toEqual([]);
  });

  it('renders a long article with many findings quickly', () => {
    const sentence = 'The minister said the talks would go on. ';
    const text = Array.from({ length: 5000 }, (_, i) => sentence + (i % 5 === 4 ? '\n' : '')).join('');
    const discrepancies: Report['discrepancies'] = Array.from({ length: 300 }, (_, i) => {
      const start = i * 650;
      return {
        id: `d${i + 1}`,
        kind: 'duplicate-passage',
        severity: 'low',
        subject: { article: 'long', start, end: start + 40, text: text.slice(start, start + 40) },
        counterparts: [{ article: 'long', start: start + 300, end: start + 340, text: text.slice(start + 300, start + 340) }],
        message: 'repeated',
      };
    });
    const report: Report = {
      version: 1,
      articles: [{ id: 'long', outlet: null, url: null, published: null, chars: text.length, inferred: { outlet: false, published: false } }],
      claims: [],
      alignments: [],
      discrepancies,
      entities: [],
      errors: [],
    };
    const t0 = performance.now();
    const html = toHtml(report, [{ id: 'long', text }]);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(html).toContain(`${text.length.toString().replace(/^(\d+)(\d{3})$/, '$1,$2')} characters`);
    expect(html.match(/class="ref"/g)).toHaveLength(300);
  });

  it('renders an empty report', () => {
    const report: Report = { version: 1, articles: [], claims: [], alignments: [], discrepancies: [], entities: [], errors: [] };
    const html = toHtml(report, []);
    expect(html).toContain('No discrepancies found');
    expect(html).not.toContain('id="filters"');
    expect(tagProblems(html)).toEqual([]);
  });
});
