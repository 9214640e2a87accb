import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHANGING_KINDS,
  CHANGING_MUTATORS,
  PRESERVING_KINDS,
  PRESERVING_MUTATORS,
  bareTokens,
  changedNumber,
  checkMutationThresholds,
  evaluateMutations,
  mulberry32,
  quotations,
  rngFor,
  summarizeMutations,
  toOriginal,
  type Mutation,
  type MutationArticle,
  type MutationInput,
  type MutationKind,
} from '../../src/eval/index.js';

const WIRE = `Council closes Old Mill bridge after cracks found

RIVERTON, May 6 (Wire) - The Riverton council on Tuesday closed the Old Mill bridge to all traffic after inspectors found cracks in two steel girders.

"We found cracking in two of the main girders and we cannot take that risk," said engineer Dana Holt.

The bridge carries about 12,000 vehicles a day and the closure will last for 14 weeks while the girders are replaced.

Mayor Ivo Brandt said the repairs would cost the city 3.2 million dollars over the summer.

"Nobody wants a longer commute, but safety has to come first for every family in Riverton," Brandt said.

The council approved extra buses for commuters, and the ferry will run every 15 minutes at peak times.`;

const COPY = `Old Mill bridge shut: what you need to know

The Riverton council on Tuesday closed the Old Mill bridge to all traffic after inspectors found cracks in two steel girders.

"We found cracking in two of the main girders and we cannot take that risk," said engineer Dana Holt.

The bridge carries about 12,000 vehicles a day and the closure will last for 14 weeks while the girders are replaced.

Mayor Ivo Brandt said the repairs would cost the city 3.2 million dollars over the summer.

"Nobody wants a longer commute, but safety has to come first for every family in Riverton," Brandt said.

The council approved extra buses for commuters, and the ferry will run every 15 minutes at peak times.

Source » Wire`;

const articles: MutationArticle[] = [
  { id: 'wire', text: WIRE, published: '2024-05-06' },
  { id: 'copy', text: COPY, published: '2024-05-06' },
];
const input: MutationInput = {
  articles,
  people: ['Dana Holt', 'Ivo Brandt'],
  roles: new Map([
    ['wire', 'original'],
    ['copy', 'copy'],
  ]),
};

const run = (kind: MutationKind, seed = 7, given: MutationInput = input) => {
  const mutator = (CHANGING_KINDS as readonly string[]).includes(kind)
    ? CHANGING_MUTATORS[kind as (typeof CHANGING_KINDS)[number]]
    : PRESERVING_MUTATORS[kind as (typeof PRESERVING_KINDS)[number]];
  return mutator(given, rngFor(seed, 'tiny', kind));
};

const applied = (kind: MutationKind, seed = 7): Mutation => {
  const attempt = run(kind, seed);
  if (!attempt.ok) throw new Error(`${kind} skipped: ${attempt.reason}`);
  return attempt.mutation;
};

const textOf = (m: Mutation): string => m.articles.find((a) => a.id === m.article)?.text ?? '';
const original = (m: Mutation): string => articles.find((a) => a.id === m.article)?.text ?? '';
const quoteWords = (text: string): string[] => quotations(text).map((q) => bareTokens(text.slice(q.inner.start, q.inner.end)).join(' '));

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(xs);
    expect(c.next()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('derives independent streams per case and mutation', () => {
    expect(rngFor(1, 'a', 'quote-altered').next()).toBe(rngFor(1, 'a', 'quote-altered').next());
    expect(rngFor(1, 'a', 'quote-altered').next()).not.toBe(rngFor(1, 'b', 'quote-altered').next());
  });
});

describe('every mutation', () => {
  for (const kind of [...CHANGING_KINDS, ...PRESERVING_KINDS]) {
    it(`${kind}: same seed, same bytes; edits only the chosen article; segments copy the original`, () => {
      const m = applied(kind);
      expect(JSON.stringify(applied(kind))).toBe(JSON.stringify(m));
      expect(m.kind).toBe(kind);
      const text = textOf(m);
      expect(text).not.toBe(original(m));
      expect(m.after).toBe(text.slice(m.edit.start, m.edit.end));
      for (const a of m.articles) if (a.id !== m.article) expect(a.text).toBe(articles.find((x) => x.id === a.id)?.text);
      for (const s of m.segments) expect(text.slice(s.start, s.end)).toBe(original(m).slice(s.from, s.from + s.end - s.start));
    });
  }

  it('edits the copy, not the original it copies', () => {
    for (const kind of CHANGING_KINDS) expect(applied(kind).article).toBe('copy');
  });

  it('is skipped, with a reason, when no other article carries the fact', () => {
    for (const kind of CHANGING_KINDS) {
      if (kind === 'duplicate-passage') continue;
      const alone = run(kind, 7, { articles: [articles[1] as MutationArticle], people: input.people });
      expect(alone.ok, kind).toBe(false);
      if (!alone.ok) expect(alone.reason.length).toBeGreaterThan(0);
    }
  });
});

describe('meaning-changing mutations', () => {
  it('quote-altered changes the words of one quotation that the wire also prints', () => {
    const m = applied('quote-altered');
    const before = quoteWords(COPY);
    const after = quoteWords(textOf(m));
    const changed = before.filter((q, i) => q !== after[i]);
    expect(changed).toHaveLength(1);
    expect(quoteWords(WIRE)).toContain(changed[0]);
    expect(quotations(textOf(m)).some((q) => q.inner.start <= m.edit.start && m.edit.end <= q.inner.end)).toBe(true);
  });

  it('quote-speaker gives a quotation to the other person named, keeping its words', () => {
    const m = applied('quote-speaker');
    expect(quoteWords(textOf(m))).toEqual(quoteWords(COPY));
    const [from, to] = m.before.includes('Holt') ? ['Holt', 'Brandt'] : ['Brandt', 'Holt'];
    expect(m.after).toContain(to);
    expect(m.after).not.toContain(from);
    expect(m.after).toMatch(/^(?:"|[A-Z])/);
  });

  it('paraphrase-as-quote puts marks around words the wire prints as its own', () => {
    const m = applied('paraphrase-as-quote');
    expect(m.after.startsWith('"')).toBe(true);
    expect(quoteWords(textOf(m)).length).toBe(quoteWords(COPY).length + 1);
    const words = bareTokens(m.after).join(' ');
    expect(bareTokens(WIRE).join(' ')).toContain(words.replace(/^the /, '').split(' ').slice(0, 4).join(' '));
  });

  it('number-mismatch changes a number the wire gives, clearly', () => {
    const m = applied('number-mismatch');
    expect(m.before).toMatch(/^\d/);
    expect(m.after).toMatch(/^\d/);
    expect(m.after).not.toBe(m.before);
    expect(WIRE).toContain(m.before);
  });

  it('changedNumber keeps the notation and moves beyond rounding', () => {
    const r = mulberry32(3);
    const big = changedNumber('12,000', r);
    expect(big).toMatch(/^\d{1,3}(?:,\d{3})+$/);
    expect(Math.abs(Number(big.replace(/,/g, '')) - 12000)).toBeGreaterThanOrEqual(2400);
    expect(changedNumber('3.2', r)).toMatch(/^\d+\.\d$/);
  });

  it('date-mismatch shifts a date the wire gives', () => {
    const m = applied('date-mismatch');
    expect(m.after).not.toBe(m.before);
    expect(WIRE).toContain(m.before);
    expect(m.description).toMatch(/weekday|day of month|year/);
  });

  it('polarity-conflict negates a narration sentence', () => {
    const m = applied('polarity-conflict');
    expect(m.after).toMatch(/\b(?:not|never)\b/);
    expect(quoteWords(textOf(m))).toEqual(quoteWords(COPY));
  });

  it('duplicate-passage prints a sentence twice', () => {
    const m = applied('duplicate-passage');
    const text = textOf(m);
    expect(text.indexOf(m.after)).toBeLessThan(m.edit.start);
    expect(m.after.split(' ').length).toBeGreaterThanOrEqual(10);
  });

  it('quote-context puts a quotation after "Asked about <another topic>", words unchanged', () => {
    const m = applied('quote-context');
    expect(m.after).toMatch(/^Asked about the \p{L}+ \p{L}+/u);
    expect(m.after).toMatch(/(?:Holt|Brandt) said: "/);
    const moved = quoteWords(m.after)[0] ?? '';
    expect(quoteWords(COPY)).toContain(moved);
  });
});

describe('meaning-preserving edits', () => {
  for (const kind of PRESERVING_KINDS) {
    it(`${kind} keeps every quotation's words`, () => {
      const m = applied(kind);
      expect([...quoteWords(textOf(m))].sort()).toEqual([...quoteWords(original(m))].sort());
    });
  }

  it('quote-style turns straight marks curly without moving any offset', () => {
    const m = applied('quote-style');
    expect(textOf(m).length).toBe(original(m).length);
    expect(textOf(m)).toContain('\u201CWe found cracking');
  });

  it('boilerplate inserts a share / read-more / comments block that maps to no original text', () => {
    const m = applied('boilerplate');
    expect(m.after).toContain('Share this article');
    expect(m.after).toContain('Read more:');
    expect(toOriginal(m.segments, m.edit)).toEqual([]);
  });

  it('paragraph-order swaps two whole paragraphs', () => {
    const m = applied('paragraph-order');
    expect(textOf(m).length).toBe(original(m).length);
    expect(textOf(m).split('\n\n').sort()).toEqual(original(m).split('\n\n').sort());
  });
});

describe('evaluateMutations', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'crosscheck-mutate-'));
    const dir = join(root, 'tiny');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'wire.txt'), WIRE);
    await writeFile(join(dir, 'copy.txt'), COPY);
    await writeFile(
      join(dir, 'case.json'),
      JSON.stringify({
        id: 'tiny',
        articles: [
          { id: 'wire', file: 'wire.txt', published: '2024-05-06' },
          { id: 'copy', file: 'copy.txt', published: '2024-05-06' },
        ],
        expected: [],
        quotes: [
          { article: 'wire', text: 'We found cracking', speaker: 'Dana Holt' },
          { article: 'wire', text: 'Nobody wants', speaker: 'Ivo Brandt' },
        ],
      }),
    );
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('scores every kind on a case folder, the same way for the same seed', async () => {
    const a = await evaluateMutations([root], { seed: 5 });
    const b = await evaluateMutations([root], { seed: 5 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.cases).toEqual(['tiny']);
    expect(a.changing.length + a.preserving.length + a.skipped.length).toBe(CHANGING_KINDS.length + PRESERVING_KINDS.length);
    for (const o of a.changing) {
      if (o.detected) expect(o.why).toBeNull();
      else expect(o.why).toMatch(/\S/);
    }
    const s = summarizeMutations(a);
    expect(s.detection.map((d) => d.kind)).toEqual([...CHANGING_KINDS]);
    expect(s.overallDetection.total).toBe(a.changing.length);
    expect(s.overallFalseRate.total).toBe(a.preserving.length);
  });

  it('fails thresholds only when a rate is on the wrong side', () => {
    const s = { seed: 1, cases: 1, detection: [], falseFindings: [], overallDetection: { hit: 1, total: 2, value: 0.5 }, overallFalseRate: { hit: 1, total: 10, value: 0.1 } };
    expect(checkMutationThresholds(s, { minDetection: 0.5, maxFalseRate: 0.1 })).toEqual([]);
    expect(checkMutationThresholds(s, { minDetection: 0.9, maxFalseRate: 0.02 }).map((f) => f.name)).toEqual(['detection', 'false-finding rate']);
  });
});
