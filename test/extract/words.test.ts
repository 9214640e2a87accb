import { describe, expect, it } from 'vitest';
import { firstWordsIn, paragraphWords, wordsIn, wordsInParagraph } from '../../src/extract/words.js';
import { mulberry32 } from '../../src/eval/mutate/rng.js';

/** mulberry32, so the generated texts are the same on every run. */
const rng = (seed: number): (() => number) => mulberry32(seed).next;

const PIECES = ['don', "'", '\u2019', 't', '-', 'Iran', 'backed', ' ', ' ', '  ', ',', '.', '"', 'x', 'é', '42', 'a', '\n'];
function randomText(r: () => number, length: number): string {
  let s = '';
  while (s.length < length) s += PIECES[Math.floor(r() * PIECES.length)]!;
  return s;
}

describe('word helpers read a range as wordsIn does', () => {
  it('firstWordsIn is the head of wordsIn, wherever its reading cuts fall', () => {
    const r = rng(3);
    for (let i = 0; i < 300; i++) {
      const text = randomText(r, 20 + Math.floor(r() * 400));
      const start = Math.floor(r() * 10);
      const end = text.length - Math.floor(r() * 10);
      const count = 1 + Math.floor(r() * 12);
      expect(firstWordsIn(text, start, end, count)).toEqual(wordsIn(text, start, end).slice(0, count));
    }
  });

  it('firstWordsIn keeps a word whole when its reading cut falls right after an inner apostrophe', () => {
    const text = `a${' '.repeat(59)}don't go`;
    expect(text[63]).toBe("'");
    expect(firstWordsIn(text, 0, text.length, 2).map((w) => w.text)).toEqual(['a', "don't"]);
  });

  it('wordsInParagraph gives the words of the range alone, also when a word crosses its edges', () => {
    const r = rng(5);
    for (let i = 0; i < 300; i++) {
      const text = randomText(r, 40 + Math.floor(r() * 200));
      const para = { start: 2, end: text.length - 2 };
      const a = para.start + Math.floor(r() * (para.end - para.start));
      const b = a + Math.floor(r() * (para.end - a + 1));
      expect(wordsInParagraph(text, para, a, b)).toEqual(wordsIn(text, a, b));
    }
  });

  it('paragraphWords is wordsIn for the paragraph, for each text in turn', () => {
    const one = 'Ana Pol said no. Then she left.';
    const two = 'Rain fell on the coast overnight.';
    expect(paragraphWords(one, 0, one.length)).toEqual(wordsIn(one, 0, one.length));
    expect(paragraphWords(two, 0, two.length)).toEqual(wordsIn(two, 0, two.length));
    expect(paragraphWords(one, 4, 15)).toEqual(wordsIn(one, 4, 15));
  });
});
