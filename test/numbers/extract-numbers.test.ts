import { describe, expect, it } from 'vitest';
import { extractNumbers, readQuantities } from '../../src/extract/numbers.js';
import { makeDoc } from './helpers.js';

/** `text → "figure|value|unit|hedge"` for every quantity read. */
function read(text: string): string[] {
  return readQuantities(text).map((q) => `${text.slice(q.start, q.end)}|${q.value}|${q.unit ?? '-'}|${q.hedge ?? '-'}`);
}

describe('readQuantities', () => {
  it.each([
    ['killing at least 272 people', ['at least 272 people|272|people|at least']],
    ['injured at least 2,068 people', ['at least 2,068 people|2068|people|at least']],
    // a bare four-digit figure counts when a noun follows and no year cue precedes
    ['injured at least 2068 people', ['at least 2068 people|2068|people|at least']],
    ['at least two thousand sixty eight people', ['at least two thousand sixty eight people|2068|people|at least']],
    ['killing at least two hundred seventy two people.', ['at least two hundred seventy two people|272|people|at least']],
    ['two hundred and seventy-two', ['two hundred and seventy-two|272|-|-']],
    ['a crowd of forty people', ['forty people|40|people|-']],
    ['a dozen eggs', ['a dozen|12|eggs|-']],
    ['about 2,500 US troops', ['about 2,500|2500|troops|about']],
    ['$1.2 billion', ['$1.2 billion|1200000000|usd|-']],
    ['1.2 million dollars', ['1.2 million dollars|1200000|usd|-']],
    ['a 2.5k run', ['2.5k|2500|run|-']],
    ['fell 15% and', ['15%|15|percent|-']],
    ['15 per cent', ['15 per cent|15|percent|-']],
    ['approximately 170 kilometers northwest', ['approximately 170 kilometers|170|km|approximately']],
    ['a 7.8-magnitude earthquake', ['7.8-magnitude|7.8|magnitude|-']],
    ['a magnitude 7.8 quake', ['7.8|7.8|magnitude|-']],
    // an age after a name reads like "18 years old"
    ['pleaded Isaac, 18, as', ['18|18|years|-']],
    ['Isaac, 18 years old, as', ['18 years|18|years|-']],
    ['recalling 14,000 of its sidewalk delivery robots', ['14,000|14000|robots|-']],
    ['three masked men', ['three|3|men|-']],
    ['More than 3,000 people', ['More than 3,000 people|3000|people|more than']],
    // scores and tallies: each side is a figure of its own
    ['a 3-2 win', ['3|3|score|-', '2|2|score|-']],
    ['approved the change in a 7\u20132 vote', ['7|7|score|-', '2|2|score|-']],
    ['beat Easton Vale 3-1 on Saturday', ['3|3|score|-', '1|1|score|-']],
    ['The measure passed by 23 votes to 14.', ['23|23|score|-', '14|14|score|-']],
    ['fell 52.3 per cent', ['52.3 per cent|52.3|percent|-']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'in 2023.',
    'the early 1980s',
    'on Dec. 17, 2016',
    'Sunday, April 17, 2016',
    'struck at 6:58 local time (2358 GMT)',
    'at 10 a.m. on',
    'the 17th century',
    'No. 5',
    'COVID-19',
    'F-16 jets',
    '10-15 people',
    'between 2-3 days',
    'won 2-1-0',
    'idINL2N17L02V',
    'news/3244448/story',
    'one of the',
    'no one knows',
    'a minute',
    '© 2017 The Press',
  ])('reads no quantity in %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('never throws on odd text', () => {
    for (const t of ['', '$', '1,2,3', '.....5', '9'.repeat(400), 'one-'.repeat(200), '\u0000\uD800 1']) expect(() => readQuantities(t)).not.toThrow();
  });
});

describe('extractNumbers', () => {
  it('gives ids in text order, exact spans and the sentence, and skips chrome', () => {
    const doc = makeDoc('a', 'Quake kills 235\n\nThe quake killed at least 272 people. About 230 aftershocks followed.\n\nShare 12 times');
    doc.paragraphs[2]!.kind = 'chrome';
    const claims = extractNumbers(doc);
    expect(claims.map((c) => `${c.id} ${c.text} ${c.value} ${c.unit} ${c.hedge}`)).toEqual([
      'a#n1 235 235 null null',
      'a#n2 at least 272 people 272 people at least',
      'a#n3 About 230 230 aftershocks about',
    ]);
    for (const c of claims) {
      expect(doc.text.slice(c.span.start, c.span.end)).toBe(c.text);
      expect(c.sentence.start).toBeLessThanOrEqual(c.span.start);
      expect(c.sentence.end).toBeGreaterThanOrEqual(c.span.end);
    }
  });
});
