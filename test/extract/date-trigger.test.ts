import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { mayHoldChronoDate } from '../../src/extract/date-trigger.js';
import { extractClaims } from '../../src/extract/index.js';
import { normalizeArticle } from '../../src/normalize/index.js';
import { mulberry32 } from '../../src/eval/mutate/rng.js';

/** chrono fixes a day, month, year or weekday: a clock time alone is no date, and extraction drops it. */
const chronoFinds = (text: string): boolean =>
  chrono
    .parse(text, { instant: new Date(Date.UTC(2024, 4, 10, 12)), timezone: 'UTC' })
    .some((r) => (['day', 'month', 'year', 'weekday'] as const).some((k) => r.start.isCertain(k) || r.end?.isCertain(k) === true));

/** mulberry32, so the generated phrases are the same on every run. */
const rng = (seed: number): (() => number) => mulberry32(seed).next;

describe('mayHoldChronoDate', () => {
  it.each([
    'The vote is on Tuesday.',
    'They met last week.',
    'It happened a few days earlier.',
    'The plant closed in March.',
    'Talks resume the first of May.',
    'She left yesterday.',
    'Crews worked through last night.',
    'It reopened within 2 weeks.',
    'The report came out this year.',
    'Sales rose two years later.',
    'The office shuts at the end of the month.',
    'It ended half an hour later.',
    'The law took effect on 3/4/2021.',
  ])('says maybe where chrono reads a date: %s', (text) => {
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

  it('never says no where chrono reads a date from digits, on phrases of digits, units, names and separators', () => {
    const pieces = (
      '1 5 9 12 24 31 2024 1998 05 3.5 4.25 0 13 100 2000 one half a few the couple of and ago before later after from out ' +
      's sec seconds m min h hrs hour d day days w week mo mos mon month qtr quarters y yr years jan may sept sun thurs sat ' +
      "3rd 21st last next in on at within for about end night today am pm a.m. o'clock BC AD EST T until to people million"
    ).split(' ');
    const seps = [' ', '', '', ' ', '  ', ',', '.', '-', '/', ':', ' (', '+', '~', '\u2013', '\u00a0'];
    const r = rng(23);
    const missed: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      for (let j = 1 + Math.floor(r() * 5); j > 0; j--) s += pieces[Math.floor(r() * pieces.length)]! + seps[Math.floor(r() * seps.length)]!;
      if (r() < 0.3) s = s.toUpperCase();
      if (!mayHoldChronoDate(s) && chronoFinds(s)) missed.push(s);
    }
    expect(missed).toEqual([]);
  });

  it.each(['Floods killed 31 people.', 'Sales rose 3.5% to $4.2 billion.', 'The talks began at 9:30.', 'Some 2,000 homes lost power.', 'Repairs will take 75 weeks.', 'Crews worked through the night.', 'It took a month.'])(
    'says no for digits, durations and times that chrono reads as no date: %s',
    (text) => {
      expect(mayHoldChronoDate(text)).toBe(false);
    },
  );

  it.each(['It reopened on 5/12.', 'Filed 2024-05-10.', 'He left 3 days ago.', 'Rates rise in 2 quarters.', 'Due 12.05.24.'])(
    'says maybe for digits that can make a date: %s',
    (text) => {
      expect(mayHoldChronoDate(text)).toBe(true);
    },
  );

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
