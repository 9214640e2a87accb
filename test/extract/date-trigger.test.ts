import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { mayHoldChronoDate } from '../../src/extract/date-trigger.js';
import { extractClaims } from '../../src/extract/index.js';
import { normalizeArticle } from '../../src/normalize/index.js';

const chronoFinds = (text: string): boolean =>
  chrono.parse(text, { instant: new Date(Date.UTC(2024, 4, 10, 12)), timezone: 'UTC' }).length > 0;

/** mulberry32, so the generated phrases are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('mayHoldChronoDate', () => {
  it.each([
    'The vote is on Tuesday.',
    'They met last week.',
    'It happened a few days earlier.',
    'The plant closed in March.',
    'Talks resume the first of May.',
    'She left yesterday.',
    'Crews worked through the night.',
    'The report came out this year.',
    'Sales rose two quarters later.',
    'The office shuts at the end of the month.',
    'It ended half an hour later.',
    'He spoke at 9:30.',
  ])('says maybe where chrono reads a date or time: %s', (text) => {
    expect(chronoFinds(text)).toBe(true);
    expect(mayHoldChronoDate(text)).toBe(true);
  });

  it.each(['The minister visited the flooded villages.', 'Officials said the road was closed.', 'A spokesman declined to comment.'])(
    'says no for a sentence with no date shape: %s',
    (text) => {
      expect(mayHoldChronoDate(text)).toBe(false);
    },
  );

  it('never says no where chrono finds something, on phrases built from its own vocabulary', () => {
    const pieces = (
      'one two twelve half a an few several the couple of and ago before earlier later after from now out ' +
      's sec second m min minute h hr hour d day days w wk week weekend mo mon month qtr quarter y yr year ' +
      'jan march may sept sun sunday thurs fri sat first third twenty this last past next in on within for ' +
      'end night tonight today morning noon yesterday man hand sad st nd th is xt'
    ).split(' ');
    const seps = [' ', '', '', ' ', '  ', ',', '.', '-', '/', ' (', ') ', '\u00a0'];
    const r = rng(11);
    const missed: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      for (let j = 1 + Math.floor(r() * 5); j > 0; j--) s += pieces[Math.floor(r() * pieces.length)]! + seps[Math.floor(r() * seps.length)]!;
      if (r() < 0.5) s = s.toUpperCase();
      if (!mayHoldChronoDate(s) && chronoFinds(s)) missed.push(s);
    }
    expect(missed).toEqual([]);
  });

  it('leaves the dates of repeated sentences as they were, wherever the sentence sits', () => {
    const sentence = 'The dam failed on Thursday, and crews returned on March 3.';
    const dates = (text: string) =>
      extractClaims(normalizeArticle({ id: 'a', text, published: '2024-05-10' }))
        .filter((c) => c.type === 'date')
        .map((c) => (c.type === 'date' ? [text.slice(c.span.start, c.span.end), c.iso] : []));
    const alone = dates(sentence);
    expect(alone).toEqual([
      ['on Thursday', '2024-05-09'],
      ['March 3', '2024-03-03'],
    ]);
    expect(dates(`Rain fell for hours.\n\n${sentence}`)).toEqual(alone);
  });
});
