import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/index.js';
import { extractQuotes } from '../../src/extract/index.js';
import type { QuoteClaim } from '../../src/schema/claim.js';

const quotes = (text: string): QuoteClaim[] => extractQuotes(normalizeArticle({ id: 't', text }));
const who = (text: string): [string, string | null][] => quotes(text).map((q) => [q.text, q.speaker?.name ?? null]);

describe('speaker after a dash', () => {
  it('takes the name after an em dash, dropping the title', () => {
    expect(who('The hearing ran late.\n\n"We will not rush this." — Commissioner Jane Roe')).toEqual([['We will not rush this.', 'Jane Roe']]);
  });
  it('takes the name after an en dash and a spaced hyphen', () => {
    expect(who('"Rules are rules." – Mayor Tom Ashby')).toEqual([['Rules are rules.', 'Tom Ashby']]);
    expect(who('"Rules are rules." - Mayor Tom Ashby')).toEqual([['Rules are rules.', 'Tom Ashby']]);
  });
  it('states the dash attribution as a name', () => {
    const [q] = quotes('"We will not rush this." — Commissioner Jane Roe');
    expect(q!.speaker?.via).toBe('name');
  });
});

describe('speaker on the line before', () => {
  it('gives a quoted paragraph to the speaker of an introducing line ending in a colon', () => {
    const text = 'The council met on Monday.\n\nAnd from Chairwoman Mira Tandy:\n\n"The budget is balanced and the roads will be fixed."';
    expect(who(text)).toEqual([['The budget is balanced and the roads will be fixed.', 'Mira Tandy']]);
  });
  it('works with a verb in the introducing line', () => {
    const text = 'Gus Orrin, the harbour master, wrote to members:\n\n"The quay stays shut until Friday."';
    expect(who(text)).toEqual([['The quay stays shut until Friday.', 'Gus Orrin']]);
  });
});

describe('a quote with no cue', () => {
  it('continues the previous speaker, as an inferred speaker', () => {
    const text = '"We have the money," Mayor Tom Ashby said.\n\n"The work starts in May."';
    const qs = quotes(text);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Tom Ashby', 'Tom Ashby']);
    expect(qs[1]!.speaker?.via).toBe('previous');
  });
  it('goes to the person a later sentence is about, not the earlier speaker', () => {
    const text = '"We have the money," Mayor Tom Ashby said.\n\nCouncillor Rhea Vance disagreed. "The money is borrowed."';
    const qs = quotes(text);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Tom Ashby', 'Rhea Vance']);
    expect(qs[1]!.speaker?.via).not.toBe('name');
  });
});

describe('a quotation over several paragraphs', () => {
  it('gives one claim per paragraph with one quotation id and the same speaker', () => {
    const text = 'Dana Whitlock told the inquiry:\n\n"We warned them in March.\n\n"We warned them again in June.\n\n"Nobody listened."\n\nThe inquiry resumes on Monday.';
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual(['We warned them in March.', 'We warned them again in June.', 'Nobody listened.']);
    expect(new Set(qs.map((q) => q.quotation)).size).toBe(1);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Dana Whitlock', 'Dana Whitlock', 'Dana Whitlock']);
  });
  it('also when the speaker comes after the first paragraph', () => {
    const text = '"We warned them in March," Dana Whitlock said.\n\n"We warned them again in June.\n\n"Nobody listened."';
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual(['We warned them in March,', 'We warned them again in June.', 'Nobody listened.']);
    expect(qs[1]!.quotation).toBe(qs[2]!.quotation);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Dana Whitlock', 'Dana Whitlock', 'Dana Whitlock']);
  });
});

describe('nested quotations', () => {
  it('keeps single quotes inside double ones inside the outer quote', () => {
    const text = '"He told me \'leave it to us\' and then left," said Ivo Brandt.';
    expect(who(text)).toEqual([["He told me 'leave it to us' and then left,", 'Ivo Brandt']]);
  });
  it('with curly marks', () => {
    const text = '“They called it ‘a small delay’, but it was a year,” said Ivo Brandt.';
    expect(who(text)).toEqual([['They called it ‘a small delay’, but it was a year,', 'Ivo Brandt']]);
  });
});

describe('unusual cues', () => {
  it.each([
    ['sighed', '"It is over," sighed Nell Corrigan.', 'Nell Corrigan'],
    ['quipped', '"At least the coffee was hot," Nell Corrigan quipped.', 'Nell Corrigan'],
    ['wrote in a statement', 'Nell Corrigan wrote in a statement: "We regret the delay."', 'Nell Corrigan'],
    ['wrote in a statement, after', '"We regret the delay," Nell Corrigan wrote in a statement.', 'Nell Corrigan'],
    ['according to, after', '"The plant will close," according to Nell Corrigan.', 'Nell Corrigan'],
    ['according to, before', 'According to Nell Corrigan, "the plant will close."', 'Nell Corrigan'],
  ])('%s', (_name, text, speaker) => {
    const qs = quotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker?.name).toBe(speaker);
    expect(qs[0]!.speaker?.via).toBe('name');
  });
});

describe('scare quotes and titles', () => {
  it('drops so-called words and film titles but keeps the speech', () => {
    const text = 'The so-called "reforms" passed. Critics panned the film "The Long Road Home". "It was a mistake," said Ada Ferro.';
    expect(who(text)).toEqual([['It was a mistake,', 'Ada Ferro']]);
  });
  it('drops a title after "titled" and a nickname', () => {
    const text = 'She wrote a book titled "Salt and Stone". Locals call the bridge "the Comb". "We love it," said Ada Ferro.';
    expect(who(text)).toEqual([['We love it,', 'Ada Ferro']]);
  });
});

describe('several speakers in one paragraph', () => {
  it('gives each quote its own speaker', () => {
    const text = '"We are ready," said Ada Ferro. "We are not," Tom Ashby replied. "Then we wait," Ferro said.';
    expect(who(text)).toEqual([
      ['We are ready,', 'Ada Ferro'],
      ['We are not,', 'Tom Ashby'],
      ['Then we wait,', 'Ada Ferro'],
    ]);
  });
  it('with one speaker before and one after', () => {
    const text = 'Ada Ferro said: "We are ready." But Tom Ashby said "we are not."';
    expect(who(text)).toEqual([
      ['We are ready.', 'Ada Ferro'],
      ['we are not.', 'Tom Ashby'],
    ]);
  });
});
