import { describe, expect, it } from 'vitest';
import { numberMismatchRule } from '../../src/rules/number-mismatch.js';
import { runRule } from './helpers.js';

type Story = readonly (readonly [string, string, string?])[];

const WIRE = 'The quake killed at least 272 people and injured at least 2,068 people, officials said. A crowd of 40 gathered to watch.';

/** Stories where every figure agrees (or figures count different things): no finding. */
const valid: { name: string; story: Story }[] = [
  { name: 'same figures, word for word', story: [['wire', WIRE], ['copy', WIRE]] },
  {
    // other spellings of the same values
    name: 'digits without separators and spelled-out numbers',
    story: [
      ['wire', WIRE],
      ['copy', 'The quake killed at least 272 people and injured at least 2068 people, officials said. A crowd of 40 gathered to watch.'],
      ['words', 'The quake killed at least two hundred seventy two people and injured at least two thousand sixty eight people, officials said. A crowd of forty people gathered to watch.'],
    ],
  },
  {
    name: 'hedged rounding is consistent',
    story: [
      ['wire', 'The country has about 2,500 troops stationed abroad.'],
      ['copy', 'The country has 2,500 troops stationed abroad.'],
      ['other', 'The country has approximately 2,500 troops stationed abroad.'],
    ],
  },
  {
    name: '"at least 272" and "more than 270" agree',
    story: [
      ['wire', 'The quake killed at least 272 people.'],
      ['copy', 'The quake killed more than 270 people.'],
    ],
  },
  {
    name: 'scales and units convert',
    story: [
      ['wire', 'The firm paid $1.2 billion for the rival.'],
      ['copy', 'The firm paid 1.2 billion dollars for the rival.'],
      ['third', 'The firm paid $1,200 million for the rival.'],
    ],
  },
  {
    name: 'killed and injured are different quantities',
    story: [
      ['wire', 'The blast killed 12 people in the market.'],
      ['copy', 'The blast injured 40 people in the market.'],
    ],
  },
  {
    name: 'a figure only one article gives',
    story: [
      ['wire', 'The quake killed at least 272 people.'],
      ['copy', 'About 230 aftershocks rattled survivors.'],
    ],
  },
  {
    name: 'a figure of another year is another quantity',
    story: [
      ['wire', 'The strike will last two days.'],
      ['copy', 'A strike in 2019 closed the port for five days.'],
    ],
  },
  {
    name: 'a difference is not an amount',
    story: [
      ['wire', 'Libraries will open on five days a week.'],
      ['copy', 'Libraries to open one day less\n\nLibraries will open on five days a week.'],
    ],
  },
  {
    name: 'one against one with nothing to tell them apart stays silent',
    story: [
      ['a', 'Rescuers freed 14 miners from the shaft.'],
      ['b', 'Rescuers freed 41 miners from the shaft.'],
    ],
  },
];

/** Stories with one wrong figure: the subject's sentence and the counterparts' articles. */
const invalid: { name: string; story: Story; subject: string; article: string; counterparts: string[] }[] = [
  {
    name: 'a headline toll against the wire and its own body',
    story: [
      ['wire', WIRE],
      ['copy', 'Quake kills at least 235\n\n' + WIRE],
      ['third', WIRE],
    ],
    article: 'copy',
    subject: 'Quake kills at least 235',
    counterparts: ['wire', 'copy', 'third'],
  },
  {
    name: 'transposed digits in one copy',
    story: [
      ['wire', 'Flash floods have killed 14 people in the valley.'],
      ['copy', 'Flash floods have killed 41 people in the valley.'],
      ['third', 'Flash floods have killed fourteen people in the valley.'],
    ],
    article: 'copy',
    subject: 'Flash floods have killed 41 people in the valley.',
    counterparts: ['wire', 'third'],
  },
  {
    name: 'swapped digits beyond the hedge',
    story: [
      ['wire', 'Rings worth an estimated $650,000 were taken.'],
      ['copy', 'Rings worth an estimated $560,000 were taken.'],
      ['third', 'Rings worth an estimated $650,000 were taken.'],
    ],
    article: 'copy',
    subject: 'Rings worth an estimated $560,000 were taken.',
    counterparts: ['wire', 'third'],
  },
];

describe('number-mismatch', () => {
  it.each(valid)('valid: $name', ({ story }) => {
    expect(runRule(numberMismatchRule, story)).toEqual([]);
  });

  it.each(invalid)('invalid: $name', ({ story, article, subject, counterparts }) => {
    const findings = runRule(numberMismatchRule, story);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.subject.article).toBe(article);
    expect(f.subject.text).toBe(subject);
    expect(f.counterparts.map((c) => c.article).sort()).toEqual([...counterparts].sort());
    expect(f.message).toMatch(/Different figures for the same quantity/);
  });

  it('names both figures and outlets in the message', () => {
    const [f] = runRule(numberMismatchRule, [
      ['wire', 'Flash floods have killed 14 people in the valley.'],
      ['copy', 'Flash floods have killed 41 people in the valley.'],
      ['third', 'Flash floods have killed 14 people in the valley.'],
    ]);
    expect(f?.message).toBe('Different figures for the same quantity: copy has "killed 41 people", while wire and third have "killed 14 people".');
  });
});
