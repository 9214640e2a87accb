import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates.js';
import { resolveWeekday } from '../../src/extract/date-resolve.js';
import { makeDoc } from './helpers.js';

function dates(text: string, published: string | null): string[] {
  return extractDates(makeDoc('a', text, published)).map((d) => `${d.text}|${d.iso}|${d.grain}|${d.relative}`);
}

describe('extractDates', () => {
  it.each([
    // Monday 18 April 2016: weekdays in past-tense copy are the most recent on or before publication
    ['Rescuers dug on Monday.', '2016-04-18', ['on Monday|2016-04-18|day|true']],
    ['Late on Sunday, firefighters came.', '2016-04-18', ['on Sunday|2016-04-17|day|true']],
    ["Saturday's quake ripped roads.", '2016-04-18', ['Saturday|2016-04-16|day|true']],
    ['It rose on Thursday.', '2016-04-18', ['on Thursday|2016-04-14|day|true']],
    ['Khamenei spoke last Monday.', '2016-04-18', ['last Monday|2016-04-11|day|true']],
    // future tense looks forward
    ['Workers will walk out on Thursday.', '2024-05-08', ['on Thursday|2024-05-09|day|true']],
    ['They met yesterday.', '2025-01-16', ['yesterday|2025-01-15|day|true']],
    ['It was signed on January 16.', '2025-01-20', ['January 16|2025-01-16|day|true']],
    ['It was signed on December 17, 2016.', null, ['December 17, 2016|2016-12-17|day|false']],
    ['Relations were restored in 2023.', null, ['2023|2023|year|false']],
    ['Groups gained ground after October 2023.', null, ['October 2023|2023-10|month|false']],
    ['Talks began in March.', '2025-01-16', ['March|2024-03|month|true']],
    // without a publication date nothing relative resolves
    ['Rescuers dug on Monday.', null, ['on Monday|null|day|true']],
  ])('%s (%s)', (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });

  it.each([
    'It lasted for about a minute.',
    'It struck at 6:58 local time.',
    'It will pay for itself within five years.',
    'She resigned three days after the audit.',
    'A 24/7 watch and the 9/11 attacks.',
    'Right now he is calm.',
    'The March on the capital drew crowds.',
    'In the early 1980s.',
  ])('reads no date in %s', (text) => {
    expect(dates(text, '2016-04-18')).toEqual([]);
  });

  it('skips a dateline', () => {
    expect(dates('PEDERNALES, Ecuador, April 18 Traumatized people slept.', '2016-04-18')).toEqual([]);
  });

  it('resolves weekdays in every direction', () => {
    const ref = { year: 2016, month: 4, day: 18 }; // a Monday
    expect(resolveWeekday(ref, 1, 'past')).toEqual(ref);
    expect(resolveWeekday(ref, 1, 'last')).toEqual({ year: 2016, month: 4, day: 11 });
    expect(resolveWeekday(ref, 1, 'next')).toEqual({ year: 2016, month: 4, day: 25 });
    expect(resolveWeekday(ref, 1, 'future')).toEqual(ref);
    expect(resolveWeekday(ref, 4, 'future')).toEqual({ year: 2016, month: 4, day: 21 });
  });
});
