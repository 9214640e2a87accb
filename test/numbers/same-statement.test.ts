import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { extractNumbers } from '../../src/extract/numbers.js';
import { makeDoc } from './helpers.js';

type Story = readonly (readonly [id: string, text: string, published?: string])[];

/** Findings of one kind from the whole pipeline, so the align stage pairs the sentences. */
function findings(kind: string, story: Story): { article: string; text: string; message: string }[] {
  const report = check(story.map(([id, text, published]) => ({ id, text, ...(published ? { published } : {}) })));
  return report.discrepancies.filter((d) => d.kind === kind).map((d) => ({ article: d.subject.article, text: d.subject.text, message: d.message }));
}

const lead = (s: string): string => `${s} The decision followed months of argument in the town.`;

describe('number-mismatch within one statement', () => {
  it.each([
    {
      name: 'a vote tally with an en dash',
      edited: 'Mayor Corin Valk said the town council had approved the zoning change in a 9\u20132 vote.',
      original: 'Mayor Corin Valk said the town council had approved the zoning change in a 7\u20132 vote.',
    },
    {
      name: 'the second side of a score',
      edited: 'Carrick Rovers came from a goal down to beat Easton Vale 3-4 at home and go top of the division.',
      original: 'Carrick Rovers came from a goal down to beat Easton Vale 3-1 at home and go top of the division.',
    },
    {
      name: 'a tally written as "votes to"',
      edited: 'After a long debate in the chamber the measure passed by 31 votes to 14.',
      original: 'After a long debate in the chamber the measure passed by 23 votes to 14.',
    },
    {
      name: 'a decimal difference',
      edited: 'Patients on the pill had on average 5.0 fewer migraine days a month, against 1.9 for those on a placebo.',
      original: 'Patients on the pill had on average 4.1 fewer migraine days a month, against 1.9 for those on a placebo.',
    },
    {
      name: 'a percentage written "per cent"',
      edited: 'Wetlands in the basin shrank by 23 per cent between 2014 and 2023 as farms drew more water from the rivers.',
      original: 'Wetlands in the basin shrank by 18% between 2014 and 2023 as farms drew more water from the rivers.',
    },
  ])('finds $name', ({ edited, original }) => {
    const found = findings('number-mismatch', [
      ['wire', lead(original), '2024-03-14'],
      ['copy', lead(edited), '2024-03-14'],
      ['third', lead(original), '2024-03-14'],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.article).toBe('copy');
    expect(found[0]!.text).toBe(edited);
  });

  it.each([
    {
      name: 'the same tally in other notation',
      a: 'Mayor Corin Valk said the town council had approved the zoning change in a 7\u20132 vote.',
      b: 'Mayor Corin Valk said the town council had approved the zoning change in a 7-2 vote.',
    },
    {
      name: 'the same percentage written "per cent" and "%"',
      a: 'Hollis took 41207 votes, or 52.3 per cent, to Castellane\u2019s 37586, or 47.7 per cent, the returning officer said.',
      b: "Hollis took 41,207 votes, or 52.3%, to Castellane's 37,586, or 47.7%, the returning officer said.",
    },
    {
      name: 'figures of similar sentences in another order',
      a: 'Sales rose 5% in the north and 3% in the south of the country last quarter, the company said.',
      b: 'Sales rose 3% in the south and 5% in the north of the country last quarter, the company said.',
    },
  ])('stays silent on $name', ({ a, b }) => {
    expect(findings('number-mismatch', [
      ['wire', lead(a), '2024-03-14'],
      ['copy', lead(b), '2024-03-14'],
      ['third', lead(a), '2024-03-14'],
    ])).toEqual([]);
  });

  it('reads a range as no score', () => {
    const doc = makeDoc('a', 'Between 10-15 people were hurt and 2-3 days of work were lost.');
    expect(extractNumbers(doc).filter((c) => c.unit === 'score')).toEqual([]);
  });
});

describe('date-mismatch within one statement', () => {
  it.each([
    {
      name: 'a weekday shifted in a copy without a publication date',
      edited: "Brackwater's borough council voted on Wednesday to shorten opening hours at all six of its public libraries.",
      original: "Brackwater's borough council voted on Monday to shorten opening hours at all six of its public libraries.",
      published: undefined,
    },
    {
      name: 'a statement weekday in the same sentence',
      edited: 'About 2,500 dockworkers will walk out for 48 hours from Thursday after talks over pay broke down, their union said on Sunday.',
      original: 'About 2,500 dockworkers will walk out for 48 hours from Thursday after talks over pay broke down, their union said on Wednesday.',
      published: undefined,
    },
    {
      name: 'a day of the month without a year',
      edited: 'Quillon Systems will build a data centre on the edge of Fenwick and hire 400 people, the company said on March 18.',
      original: 'Quillon Systems will build a data centre on the edge of Fenwick and hire 400 people, the company said on March 14.',
      published: undefined,
    },
    {
      name: 'a year in the same statement',
      edited: 'He pointed to previous mediation between Saudi Arabia and Iran that paved the way for their normalization of relations in 2021.',
      original: 'He pointed to previous mediation between Saudi Arabia and Iran that paved the way for their normalization of relations in 2023.',
      published: '2025-01-16',
    },
  ])('finds $name', ({ edited, original, published }) => {
    const found = findings('date-mismatch', [
      ['wire', lead(original), '2024-02-20'],
      ['copy', lead(edited), published],
      ['third', lead(original), '2024-02-20'],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.article).toBe('copy');
    expect(found[0]!.text).toBe(edited);
  });

  it.each([
    {
      name: 'the same weekday without a publication date',
      a: "Brackwater's borough council voted on Monday to shorten opening hours at all six of its public libraries.",
      b: "Brackwater's borough council voted on Monday to shorten opening hours at all six of its public libraries.",
    },
    {
      name: 'weekdays of different statements',
      a: 'The council voted on Monday to shorten opening hours at its libraries.',
      b: 'Protesters gathered outside the town hall on Wednesday to oppose the cuts to opening hours.',
    },
    {
      name: 'years of different events',
      a: 'The last strike at the port, in March 2019, lasted five days.',
      b: 'Workers recalled the 2023 strike, which closed the harbour for a week.',
    },
  ])('stays silent on $name', ({ a, b }) => {
    expect(findings('date-mismatch', [
      ['wire', lead(a), '2024-02-20'],
      ['copy', lead(b)],
      ['third', lead(a), '2024-02-20'],
    ])).toEqual([]);
  });
});
