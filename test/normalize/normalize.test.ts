import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/index.js';
import { scanQuotations } from '../../src/normalize/quotation-marks.js';

const sentences = (text: string): string[] => {
  const d = normalizeArticle({ id: 't', text });
  return d.sentences.map((s) => text.slice(s.start, s.end));
};
const quoted = (text: string): string[] => scanQuotations(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.start, q.end));

describe('sentences', () => {
  it.each([
    // abbreviations, initials and acronyms do not end sentences
    ['Gen. Smith met Dr. Jones in the U.S. capital. Then he left.', ['Gen. Smith met Dr. Jones in the U.S. capital.', 'Then he left.']],
    ['J. R. Smith spoke. U.S. President Joe Doe agreed.', ['J. R. Smith spoke.', 'U.S. President Joe Doe agreed.']],
    // a boundary never falls inside a quotation
    ['"We will win. We will not stop," she said. Others left.', ['"We will win. We will not stop," she said.', 'Others left.']],
    ['“So what? What’s new?” he asked. “Nothing.”', ['“So what? What’s new?” he asked.', '“Nothing.”']],
    ['It rose… to 10. Then fell.', ['It rose… to 10.', 'Then fell.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('slices every sentence exactly from the original', () => {
    const text = '  First one.  Second “one.”\n\nThird!  ';
    const d = normalizeArticle({ id: 't', text });
    for (const s of d.sentences) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    expect(d.sentences).toHaveLength(3);
  });
});

describe('paragraphs and metadata', () => {
  it('joins hard-wrapped lines into paragraphs', () => {
    const text = readFileSync('/work/shared/cases/ecuador-quake-toll/reuters.txt', 'utf8');
    const d = normalizeArticle({ id: 'r', text });
    const quote = d.paragraphs.find((p) => text.slice(p.start, p.end).startsWith('"My little'))!;
    expect(text.slice(quote.start, quote.end)).toContain('pleaded Isaac, 18, as the firemen\ncombed the debris.');
    expect(d.paragraphs.filter((p) => p.kind === 'body').length).toBe(9);
  });

  it('marks chrome, source lines, datelines and wire bylines', () => {
    const text = 'date 2025-01-16 Wire News/ Officials met on Monday.\n\nThey agreed.\nPrevious\n- Other headline one\n- Other headline two\nTWEET YOUR COMMENT\nSource » somesite';
    const d = normalizeArticle({ id: 'x', text });
    expect(d.published).toBe('2025-01-16');
    expect(d.outlet).toBe('Wire News');
    expect(d.inferred).toEqual({ outlet: true, published: true });
    expect(d.paragraphs.map((p) => p.kind)).toEqual(['dateline', 'source-line', 'body', 'body', 'chrome', 'chrome', 'chrome', 'chrome', 'source-line']);
    expect(text.slice(d.sentences[0]!.start, d.sentences[0]!.end)).toBe('Officials met on Monday.');
  });

  it('takes the outlet from "Original Source:" lines', () => {
    expect(normalizeArticle({ id: 'x', text: 'Body text.\nOriginal Source: www.example.com' }).outlet).toBe('example.com');
    expect(normalizeArticle({ id: 'x', text: 'Body.\nSource » somesite', outlet: 'Given' }).outlet).toBe('Given');
  });

  it('never throws on odd text', () => {
    for (const t of ['', '"', '““““', '\u202Eשלום "עולם', '😀 "a', 'x'.repeat(100_000) + '"', '\n\n\n']) {
      expect(() => normalizeArticle({ id: 'o', text: t })).not.toThrow();
    }
  });
});

describe('quotation scanner', () => {
  it.each([
    ['He said “yes” and ‘no’.', ['yes', 'no']],
    ['Iraq’s minister said “the country’s future”.', ['the country’s future']],
    ['‘The leader says an “idiot” won.’', ['The leader says an “idiot” won.', 'idiot']],
    ['"We will," she said, "win."', ['We will,', 'win.']],
    ['« Bonjour » dit-il.', ['Bonjour']],
    ['Hezbollah leader \'optimistic\' about \'idiot\' Trump\'s presidency', ['optimistic', 'idiot']],
    ['Trump says fear me! No,” declared the leader.', ['Trump says fear me! No,']],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('does not let an unclosed mark swallow the next paragraphs', () => {
    const text = 'He called it a "deal and left.\n\nNext paragraph "here" ok.';
    const q = scanQuotations(text, [{ start: 0, end: 30 }, { start: 32, end: text.length }]).map((x) => text.slice(x.start, x.end));
    expect(q).toEqual(['here']);
  });

  it('links the paragraphs of a quotation that runs over several paragraphs', () => {
    const text = '“First part of it.\n\n“Second part.”';
    const q = scanQuotations(text, [{ start: 0, end: 18 }, { start: 20, end: text.length }]);
    expect(q.map((x) => text.slice(x.start, x.end))).toEqual(['First part of it.', 'Second part.']);
    expect(q[0]!.group).toBe(q[1]!.group);
  });

  it('is linear on hostile input', () => {
    const text = '"a '.repeat(50_000) + '‘b’'.repeat(50_000);
    const t0 = performance.now();
    scanQuotations(text, [{ start: 0, end: text.length }]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
