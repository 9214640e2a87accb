import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/index.js';
import { extractClaims, extractQuotes, linkEntities } from '../../src/extract/index.js';
import type { QuoteClaim } from '../../src/schema/claim.js';

const quotes = (text: string): QuoteClaim[] => extractQuotes(normalizeArticle({ id: 't', text }));
const who = (text: string): [string, string | null][] => quotes(text).map((q) => [q.text, q.speaker?.name ?? null]);

describe('quote speakers', () => {
  it.each([
    ['after: name said', 'Fuad Salim met aides.\n\n"We are ready," Salim said.', [['We are ready,', 'Fuad Salim']]],
    ['after: said name', '"We are ready," said Jane Roe.', [['We are ready,', 'Jane Roe']]],
    ['after: pleaded name, age', '"Find them," pleaded Isaac, 18, as firemen dug.', [['Find them,', 'Isaac']]],
    ['after: appositive', '“We are ready,” Ana Pol, Utopia’s Foreign Minister, told Reuters in an interview.', [['We are ready,', 'Ana Pol']]],
    ['before: name said,', 'Ana Pol said, "We hope so."', [['We hope so.', 'Ana Pol']]],
    ['before: told object:', 'Supreme Leader Ali Kamal met the premier. Kamal told the Prime Minister: “Strengthen it.”', [['Strengthen it.', 'Ali Kamal']]],
    ['before: relative clause', 'President Rafa Coro, who toured the coast on Sunday night said “We are hit hard.”', [['We are hit hard.', 'Rafa Coro']]],
    ['dash', '"Safety first." — Commissioner Jane Roe', [['Safety first.', 'Jane Roe']]],
    ['institution', '"We count 413 dead," the country\'s security ministry said.', [['We count 413 dead,', 'security ministry']]],
    ['institution before', 'The White House said Iran was “on notice” after the test.', [['on notice', 'White House']]],
    ['continuation', '"We hope so," Ana Pol said. "It is too early."', [['We hope so,', 'Ana Pol'], ['It is too early.', 'Ana Pol']]],
    ['unusual cue', '"It is over," sighed Ana Pol.', [['It is over,', 'Ana Pol']]],
  ])('%s', (_name, text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it('resolves "he" and roles to the person the text is about', () => {
    const text = 'Foreign Minister Ana Pol visited London.\n\nThe foreign minister said "relations are good."\n\n"We will see," he said.';
    expect(who(text)).toEqual([
      ['relations are good.', 'Ana Pol'],
      ['We will see,', 'Ana Pol'],
    ]);
  });

  it('links an interrupted quotation and records context and flags', () => {
    const [a, b] = quotes('"We will," she said, "win."');
    expect(a!.quotation).toBe(b!.quotation);
    const [p] = quotes('Ana Pol expressed hope that the “good relations” would continue… she said.');
    expect(p!.partial).toBe(true);
    const [c] = quotes('Referring to the talks, Ana Pol stated: “It was fine… mostly.”');
    expect(c!.context?.text).toBe('Referring to the talks, Ana Pol stated:');
    expect(c!.elided).toBe(true);
  });

  it('does not take cited words, titles and names for quotes', () => {
    expect(quotes('The Arabic word for "idiot" can also be translated as "fool." He backs the "One China" policy of the so-called "reform".')).toEqual([]);
  });
});

describe('claims', () => {
  it('gives reported speech and narration with exact spans', () => {
    const text = 'Ana Pol visited London. The government was in talks with the groups, she said. Ana Pol said the plan was ready. Rain fell.';
    const claims = extractClaims(normalizeArticle({ id: 'a', text }));
    for (const c of claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    const reported = claims.filter((c) => c.type === 'reported');
    expect(reported.map((r) => r.type === 'reported' && [r.content.text, r.speaker?.name])).toEqual([
      ['The government was in talks with the groups', 'Ana Pol'],
      ['the plan was ready.', 'Ana Pol'],
    ]);
    expect(claims.filter((c) => c.type === 'narration').map((c) => c.text)).toEqual(['Ana Pol visited London.', 'Rain fell.']);
  });
});

describe('seeds', () => {
  const kase = JSON.parse(readFileSync('seeds/case.json', 'utf8')) as {
    articles: { id: string; file: string; outlet?: string }[];
    quotes: { article: string; text: string; speaker: string }[];
  };
  const docs = kase.articles.map((a) => normalizeArticle({ id: a.id, text: readFileSync(`seeds/${a.file}`, 'utf8'), outlet: a.outlet }));
  const claims = docs.flatMap((d) => extractClaims(d));
  const words = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();

  it('finds every gold quote with its speaker, and nothing else', () => {
    const qs = claims.filter((c): c is QuoteClaim => c.type === 'quote');
    for (const g of kase.quotes) {
      const hit = qs.find((q) => q.article === g.article && words(q.text) === words(g.text));
      expect(hit, g.text).toBeDefined();
      expect(hit!.speaker?.name.split(' ').pop()).toBe(g.speaker.split(' ').pop());
    }
    for (const q of qs) expect(kase.quotes.some((g) => g.article === q.article && words(g.text) === words(q.text)), q.text).toBe(true);
  });

  it('infers outlets and folds name variants across articles', () => {
    expect(docs.find((d) => d.id === 'iranfocus')!.outlet).toBe('iranfocus');
    const { entities, claims: linked } = linkEntities(docs, claims);
    const fm = entities.find((e) => e.variants.some((v) => v.name === 'Fouad Hussein'))!;
    expect(fm.variants.map((v) => v.name)).toContain('Fuad Hussein');
    const q = linked.find((c) => c.type === 'quote' && c.article === 'shafaq-alhadath');
    expect(q?.type === 'quote' && q.speaker?.entity).toBe(fm.id);
  });
});
