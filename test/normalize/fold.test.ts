import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/normalize/fold.js';

describe('foldText without a map', () => {
  it.each(['“Hi…”  there\u00A0— İstanbul’s\u200B  ', 'Plain ASCII text.', '', '   ', 'ÀÉÎ\tõ\nü'])('folds to the same text: %j', (s) => {
    expect(foldText(s, { map: false }).text).toBe(foldText(s).text);
    expect(foldText(s, { map: false, lowerCase: false }).text).toBe(foldText(s, { lowerCase: false }).text);
    expect(foldText(s, { map: false }).map).toEqual([]);
  });
});
