import type { Report } from '../../src/schema/report.js';

/** A hand-made report with one finding per severity, a diff, an outlet and an input error. */
export const fixtureReport: Report = {
  version: 1,
  articles: [
    { id: 'wire', outlet: 'Wire Service', url: null, published: '2024-03-01', chars: 400, inferred: { outlet: false, published: false } },
    { id: 'blog', outlet: null, url: null, published: null, chars: 300, inferred: { outlet: false, published: false } },
  ],
  claims: [],
  alignments: [],
  discrepancies: [
    {
      id: 'd1',
      kind: 'quote-altered',
      severity: 'high',
      subject: { article: 'blog', start: 10, end: 52, text: 'We will never raise taxes on families,' },
      counterparts: [{ article: 'wire', start: 120, end: 170, text: 'We will not raise taxes on working families this year,' }],
      message: 'The quotation differs from Wire Service: "not" became "never".',
      diff: [
        { op: 'equal', text: 'We will ' },
        { op: 'delete', text: 'not' },
        { op: 'insert', text: 'never' },
        { op: 'equal', text: ' raise taxes on ' },
        { op: 'delete', text: 'working ' },
        { op: 'equal', text: 'families' },
        { op: 'delete', text: ' this year' },
        { op: 'equal', text: ',' },
      ],
    },
    {
      id: 'd2',
      kind: 'paraphrase-as-quote',
      severity: 'medium',
      subject: { article: 'blog', start: 80, end: 121, text: 'The mayor was in talks with the council.' },
      counterparts: [{ article: 'wire', start: 200, end: 249, text: 'The mayor was in talks with the council, she said.' }],
      message: 'Quoted, but Wire Service gives this as paraphrase.',
    },
    {
      id: 'd3',
      kind: 'duplicate-passage',
      severity: 'low',
      subject: { article: 'blog', start: 200, end: 220, text: 'Prices rose | sharply' },
      counterparts: [{ article: 'blog', start: 150, end: 170, text: 'Prices rose | sharply' }],
      message: 'The same passage appears twice.',
    },
    {
      id: 'd4',
      kind: 'single-source',
      severity: 'info',
      subject: { article: 'wire', start: 300, end: 330, text: 'The budget *passed* on Friday.' },
      counterparts: [],
      message: 'Only Wire Service reports this.',
    },
  ],
  entities: [],
  errors: [{ code: 'not-found', input: 'missing.txt', message: 'missing.txt: file not found' }],
};
