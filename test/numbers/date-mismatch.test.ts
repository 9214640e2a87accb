import { describe, expect, it } from 'vitest';
import { dateMismatchRule } from '../../src/rules/date-mismatch.js';
import { runRule } from './helpers.js';

type Story = readonly (readonly [string, string, string?])[];

// Tuesday 17 September 2024
const TUE = '2024-09-17';

const valid: { name: string; story: Story }[] = [
  {
    name: 'a weekday and a calendar date naming the same day',
    story: [
      ['wire', 'Flash floods tore through the valley late on Sunday and killed 14 people.', TUE],
      ['copy', 'Flash floods tore through the valley on September 15 and killed 14 people.', TUE],
    ],
  },
  {
    name: 'the same weekday from different publication days',
    story: [
      ['wire', 'Flash floods tore through the valley late on Sunday and killed 14 people.', TUE],
      ['copy', 'Flash floods tore through the valley late on Sunday and killed 14 people.', '2024-09-18'],
    ],
  },
  {
    name: 'an article without a date resolves nothing',
    story: [
      ['wire', 'Flash floods tore through the valley late on Sunday and killed 14 people.', TUE],
      ['copy', 'Flash floods tore through the valley on Saturday and killed 14 people.'],
    ],
  },
  {
    name: 'different events in the same story',
    story: [
      ['wire', 'Flash floods tore through the valley late on Sunday. Boats searched the valley for the missing on Tuesday.', TUE],
      ['copy', 'Flash floods tore through the valley late on Sunday. Helicopters were still combing the valley for the missing on Monday.', TUE],
      ['third', 'Flash floods tore through the valley late on Sunday.', TUE],
    ],
  },
  {
    name: 'dates of different statements are not dates of one event',
    story: [
      ['wire', 'Police said on Thursday they had arrested two men after the robbery.', '2024-12-05'],
      ['copy', 'Police said on Wednesday the robbery was planned for weeks by a gang from out of town.', '2024-12-05'],
      ['third', 'Police said on Thursday they had arrested two men after the robbery.', '2024-12-05'],
    ],
  },
  {
    name: 'plans and deadlines in different sentences',
    story: [
      ['wire', 'The team will have a new ballpark by April 2027 under the plan.', '2024-03-27'],
      ['copy', 'Supporters expect the club to move to a new ground by 2028 at the latest.', '2024-03-27'],
      ['third', 'The team will have a new ballpark by April 2027 under the plan.', '2024-03-27'],
    ],
  },
  {
    name: 'captions and link titles without final punctuation',
    story: [
      ['wire', 'The leader spoke at a rally in the capital on Sunday.', '2017-02-12'],
      ['copy', 'The leader spoke at a rally in the capital on October 12, 2016', '2017-02-12'],
      ['third', 'The leader spoke at a rally in the capital on Sunday.', '2017-02-12'],
    ],
  },
];

const invalid: { name: string; story: Story; article: string; subject: string }[] = [
  {
    name: 'a weekday that resolves to another day than the wire',
    story: [
      ['wire', 'Flash floods that tore through the valley late on Sunday have killed 14 people.', TUE],
      ['copy', 'The floods, which tore through the valley on Saturday night, have killed 14 people.', TUE],
      ['third', 'Flash floods that tore through the valley late on Sunday have killed 14 people.', TUE],
    ],
    article: 'copy',
    subject: 'The floods, which tore through the valley on Saturday night, have killed 14 people.',
  },
  {
    name: '"on Thursday" against a calendar date',
    story: [
      ['wire', 'The minister met armed faction leaders in the capital on January 16.', '2025-01-17'],
      ['copy', 'The minister met armed faction leaders in the capital on Wednesday.', '2025-01-17'],
      ['third', 'The minister met armed faction leaders in the capital on Thursday.', '2025-01-17'],
    ],
    article: 'copy',
    subject: 'The minister met armed faction leaders in the capital on Wednesday.',
  },
  {
    // A statement date or a plan may move between reports, but not inside the same sentence.
    name: 'the same sentence with a statement date moved',
    story: [
      ['wire', 'Police said on Thursday they had arrested two men after the robbery.', '2024-12-05'],
      ['copy', 'Police said on Wednesday they had arrested two men after the robbery.', '2024-12-05'],
      ['third', 'Police said on Thursday they had arrested two men after the robbery.', '2024-12-05'],
    ],
    article: 'copy',
    subject: 'Police said on Wednesday they had arrested two men after the robbery.',
  },
  {
    name: 'the same sentence with a planned date moved',
    story: [
      ['wire', 'A software update will be sent to all affected units from April 15, the company said.', '2024-04-02'],
      ['copy', 'A software update will be sent to all affected units from April 5, the company said.', '2024-04-02'],
      ['third', 'A software update will be sent to all affected units from April 15, the company said.', '2024-04-02'],
    ],
    article: 'copy',
    subject: 'A software update will be sent to all affected units from April 5, the company said.',
  },
];

describe('date-mismatch', () => {
  it.each(valid)('valid: $name', ({ story }) => {
    expect(runRule(dateMismatchRule, story)).toEqual([]);
  });

  it.each(invalid)('invalid: $name', ({ story, article, subject }) => {
    const findings = runRule(dateMismatchRule, story);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.subject.article).toBe(article);
    expect(findings[0]!.subject.text).toBe(subject);
    expect(findings[0]!.message).toMatch(/Different dates for the same event/);
  });
});
