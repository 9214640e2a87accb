import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayHoldQuantity, readQuantities } from '../../src/extract/number-read.js';
import { mulberry32 } from '../../src/eval/mutate/rng.js';

describe('mayHoldQuantity', () => {
  it.each(['killing at least 31 people', 'a dozen homes', 'Twenty-five boats', 'FIVE MEN', 'an estimated one hundred', 'rose 4%', 'Eleven.'])(
    'says maybe where a figure can start: %s',
    (text) => {
      expect(mayHoldQuantity(text)).toBe(true);
    },
  );

  it.each(['The minister visited the flooded villages.', 'Officials said the road was “closed” — again.', 'Someone’s house, often noted.'])(
    'says no for a sentence with no digit and no number word: %s',
    (text) => {
      expect(mayHoldQuantity(text)).toBe(false);
      expect(readQuantities(text)).toEqual([]);
    },
  );

  it('looks only inside the range it is given', () => {
    const text = 'Seven ships left. The port stayed calm.';
    expect(mayHoldQuantity(text, 0, 17)).toBe(true);
    expect(mayHoldQuantity(text, 18)).toBe(false);
  });

  it('never says no where readQuantities reads a figure, on phrases built from its vocabulary', () => {
    const pieces = (
      'one two ten twelve twenty thirty fourty ninety hundred thousand million billion trillion dozen zero ' +
      'a an and the of people homes oneself tone often none twentyish seventeen nineteen eighty ' +
      'per cent percent km miles us$ $ € £ 3 42 1,450 7.5 2024 no. section votes to killed at least about nearly ' +
      'é ü ñ д ш 四 one’s o\u2019clock'
    ).split(' ');
    const seps = [' ', '', '-', ' ', '  ', ',', '.', '/', ' (', ') ', '\u00a0', '\u2019', '\u2014'];
    const r = mulberry32(5).next;
    const missed: string[] = [];
    let skipped = 0;
    for (let i = 0; i < 5000; i++) {
      let s = '';
      for (let j = 1 + Math.floor(r() * 6); j > 0; j--) s += pieces[Math.floor(r() * pieces.length)]! + seps[Math.floor(r() * seps.length)]!;
      if (r() < 0.3) s = s.toUpperCase();
      else if (r() < 0.3) s = s[0]!.toUpperCase() + s.slice(1);
      if (mayHoldQuantity(s)) continue;
      skipped++;
      if (readQuantities(s).length > 0) missed.push(s);
    }
    expect(missed).toEqual([]);
    expect(skipped).toBeGreaterThan(100);
  });

  it('agrees with readQuantities on every sentence-sized piece of the seed articles', () => {
    const dir = join(import.meta.dirname, '../../seeds');
    const missed: string[] = [];
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (let from = 0; from < text.length; from += 40) {
        const to = Math.min(text.length, from + 120);
        if (!mayHoldQuantity(text, from, to) && readQuantities(text, from, to).length > 0) missed.push(text.slice(from, to));
      }
    }
    expect(missed).toEqual([]);
  });
});
