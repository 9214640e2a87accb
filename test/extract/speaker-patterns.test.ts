import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/index.js';
import { extractQuotes } from '../../src/extract/index.js';
import type { QuoteClaim } from '../../src/schema/claim.js';

const quotes = (text: string): QuoteClaim[] => extractQuotes(normalizeArticle({ id: 't', text }));
const who = (text: string): (string | null)[] => quotes(text).map((q) => q.speaker?.name ?? null);

describe('a person, not the institution they come from', () => {
  it.each([
    ['said Dr. X of Y', '"The numbers are small," said Dr. Hana Oskarsson of Lindell University.', 'Hana Oskarsson'],
    ['X of the Y said', '"The numbers are small," Hana Oskarsson of the Lindell Institute of Marine Science said.', 'Hana Oskarsson'],
    ['X, a professor at Y, said', '"The numbers are small," Hana Oskarsson, a professor at Lindell University, said.', 'Hana Oskarsson'],
    ['before: Professor X of Y said', 'Professor Hana Oskarsson of Lindell University said: "The numbers are small."', 'Hana Oskarsson'],
    ['title with abbreviation', '"The numbers are small," senior fellow Dr. Hana Oskarsson said.', 'Hana Oskarsson'],
    ['lower-case role after the verb', '"The numbers are small," said project lead Hana Oskarsson.', 'Hana Oskarsson'],
    ['role, then the name', '"The numbers are small," the institute\'s director, Dr. Hana Oskarsson, said.', 'Hana Oskarsson'],
    ['appositive before the verb', 'Hana Oskarsson, who runs the survey team, told reporters: "The numbers are small."', 'Hana Oskarsson'],
    ['plain appositive', 'Hana Oskarsson, the survey lead, told reporters: "The numbers are small."', 'Hana Oskarsson'],
  ])('%s', (_name, text, speaker) => {
    expect(who(text)).toEqual([speaker]);
  });
  it('still names an institution that speaks for itself', () => {
    expect(who('"We regret the error," the Lindell Institute said.')).toEqual(['Lindell Institute']);
  });
});

describe('words that only look like names', () => {
  it('ignores a kicker in capitals before the sentence', () => {
    const text = 'BRIDGE VOTE: The council approved the loan. Treasurer Ilse Marrow called the terms "acceptable" and left early.';
    expect(who(text)).toEqual(['Ilse Marrow']);
  });
  it('ignores a capitalised adjective that opens a headline', () => {
    const text = 'Weary council says yes to the loan\n\nTreasurer Ilse Marrow backed the plan. "It is the best we could get," she said.';
    expect(who(text)).toEqual(['Ilse Marrow']);
  });
});

describe('speaker carried over', () => {
  it('a pronoun goes to the person the paragraph before was about, not the last speaker', () => {
    const text =
      'Mayor Jon Parry faced councillor Ilse Marrow.\n\nParry, who lost the vote, spoke first. "I accept it," he said.\n\nMarrow won 54% of the vote.\n\nShe told reporters the city wanted "a fresh start" and thanked her team.';
    expect(who(text)).toEqual(['Jon Parry', 'Ilse Marrow']);
  });
  it('the last speaker is kept when nobody new was introduced', () => {
    const text = '"I accept it," Jon Parry said.\n\nThe count ended at dawn.\n\n"It was a fair fight," he said.';
    expect(who(text)).toEqual(['Jon Parry', 'Jon Parry']);
  });
  it('keeps via honest: an inferred speaker is never stated by name', () => {
    const text = '"I accept it," Jon Parry said.\n\nIlse Marrow, 41, smiled. "We start tomorrow."';
    const qs = quotes(text);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Jon Parry', 'Ilse Marrow']);
    expect(qs[0]!.speaker?.via).toBe('name');
    expect(['previous', 'context']).toContain(qs[1]!.speaker?.via);
  });
});
