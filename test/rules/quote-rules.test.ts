import { describe, expect, it } from 'vitest';
import { duplicatePassageRule } from '../../src/rules/duplicate-passage.js';
import { paraphraseAsQuoteRule } from '../../src/rules/paraphrase-as-quote.js';
import { quoteAlteredRule } from '../../src/rules/quote-altered.js';
import { quoteContextRule } from '../../src/rules/quote-context.js';
import { singleSourceRule } from '../../src/rules/single-source.js';
import { context, doc, narration, quote, reported, run } from './helpers.js';

// A wire story and its copies, written for these tests.
const wireText = [
  'The port authority will close the northern terminal for repairs until March, director Lena Vasquez said.',
  '"We cannot keep ships waiting at a pier that is cracking," Vasquez said.',
  'The city was weighing new fees to pay for the dredging while keeping the ferry routes open, she said.',
  'Cargo volumes rose in the first half as new cranes arrived from the south.',
  'Dock workers will be moved to the southern piers during the works.',
  'Vasquez also said the authority had settled a dispute with the fishing cooperative last year.',
].join('\n');
const wire = doc('wire', wireText, 'Reuters');

describe('paraphrase-as-quote', () => {
  it('flags a copy that puts the wire reporter\'s paraphrase inside quotation marks', () => {
    const copyText = [
      'Lena Vasquez told Reuters the northern terminal will close.',
      '"The city was weighing new fees to pay for the dredging while keeping the ferry routes open," Vasquez said.',
    ].join('\n');
    const copy = doc('copy', copyText, 'Harbour Daily');
    const claims = [
      narration(wire, 'The port authority will close the northern terminal for repairs until March, director Lena Vasquez said.'),
      quote(wire, 'We cannot keep ships waiting at a pier that is cracking,', 'Lena Vasquez'),
      reported(wire, 'The city was weighing new fees to pay for the dredging while keeping the ferry routes open, she said.', 'The city was weighing new fees to pay for the dredging while keeping the ferry routes open', 'Lena Vasquez'),
      narration(copy, 'Lena Vasquez told Reuters the northern terminal will close.'),
      quote(copy, 'The city was weighing new fees to pay for the dredging while keeping the ferry routes open,', 'Lena Vasquez'),
    ];
    const findings = run(paraphraseAsQuoteRule, context([wire, copy], claims));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.subject.article).toBe('copy');
    expect(findings[0]!.counterparts.map((c) => c.article)).toEqual(['wire']);
    expect(findings[0]!.message).toContain('Lena Vasquez');
    expect(findings[0]!.message).toContain('Reuters');
  });

  it('leaves a quote alone when the other article quotes the same words too', () => {
    const copy = doc('copy', '"We cannot keep ships waiting at a pier that is cracking," she said.', 'Harbour Daily');
    const claims = [
      quote(wire, 'We cannot keep ships waiting at a pier that is cracking,', 'Lena Vasquez'),
      quote(copy, 'We cannot keep ships waiting at a pier that is cracking,', 'Lena Vasquez'),
    ];
    expect(run(paraphraseAsQuoteRule, context([wire, copy], claims))).toEqual([]);
  });

  it('leaves a publication quoting another publication\'s sentence alone', () => {
    const copy = doc('copy', "The Morning Gazette reported: 'The city was weighing new fees to pay for the dredging while keeping the ferry routes open.'", 'Blog');
    const claims = [
      reported(wire, 'The city was weighing new fees to pay for the dredging while keeping the ferry routes open, she said.', 'The city was weighing new fees to pay for the dredging while keeping the ferry routes open', 'Lena Vasquez'),
      quote(copy, 'The city was weighing new fees to pay for the dredging while keeping the ferry routes open.', 'The Morning Gazette'),
    ];
    expect(run(paraphraseAsQuoteRule, context([wire, copy], claims))).toEqual([]);
  });
});

describe('quote-altered', () => {
  it.each([
    ['a dropped negation', 'We can keep ships waiting at a pier that is cracking,', 'high'],
    ['a changed word', 'We cannot keep boats waiting at a pier that is crumbling,', 'medium'],
  ])('flags %s in the copy', (_label, altered, severity) => {
    const copy = doc('copy', `Harbour director Lena Vasquez told Reuters: "${altered}"`, 'Harbour Daily');
    const claims = [quote(wire, 'We cannot keep ships waiting at a pier that is cracking,', 'Lena Vasquez'), quote(copy, altered, 'Lena Vasquez')];
    const findings = run(quoteAlteredRule, context([wire, copy], claims));
    expect(findings.map((f) => [f.subject.article, f.severity])).toEqual([['copy', severity]]);
    expect(findings[0]!.diff?.some((d) => d.op !== 'equal')).toBe(true);
  });

  it.each([
    ['curly quotes and a missing comma', '“We cannot keep ships waiting at a pier that is cracking”'],
    ['an ellipsis for omitted words', 'We cannot keep ships waiting … that is cracking'],
    ['a faithful partial quote', 'a pier that is cracking'],
  ])('accepts %s', (_label, text) => {
    const copy = doc('copy', `Vasquez told Reuters that ${text} was the problem.`, 'Harbour Daily');
    const claims = [quote(wire, 'We cannot keep ships waiting at a pier that is cracking,', 'Lena Vasquez'), quote(copy, text, 'Lena Vasquez', { partial: true })];
    expect(run(quoteAlteredRule, context([wire, copy], claims))).toEqual([]);
  });

  it('flags a partial quote found only as a near match in the fuller quotation', () => {
    const copyText = 'Vasquez told Reuters she wanted "ships waiting at a dock that is cracking" to move.';
    const copy = doc('copy', copyText, 'Harbour Daily');
    const claims = [
      quote(wire, 'We cannot keep ships waiting at a pier that is cracking,', 'Lena Vasquez'),
      quote(copy, 'ships waiting at a dock that is cracking', 'Lena Vasquez', { partial: true }),
      narration(copy, copyText),
    ];
    const findings = run(quoteAlteredRule, context([wire, copy], claims));
    expect(findings.map((f) => f.subject.text)).toEqual(['ships waiting at a dock that is cracking']);
  });

  it('does not compare different speakers\' words', () => {
    const copy = doc('copy', '"We can keep ships waiting at a pier that is cracking," said Tom Berg.', 'Harbour Daily');
    const claims = [quote(wire, 'We cannot keep ships waiting at a pier that is cracking,', 'Lena Vasquez'), quote(copy, 'We can keep ships waiting at a pier that is cracking,', 'Tom Berg')];
    expect(run(quoteAlteredRule, context([wire, copy], claims))).toEqual([]);
  });
});

describe('duplicate-passage', () => {
  it('reports a repeated run of sentences once, on the second copy', () => {
    const text = 'The bridge opened on Monday after two years of work. Traffic was light in the morning hours today.\nOfficials cut a ribbon at noon.\nThe bridge opened on Monday after two years of work. Traffic was light in the morning hours today.';
    const d = doc('a', text);
    const findings = run(duplicatePassageRule, context([d], []));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.subject.start).toBe(text.lastIndexOf('The bridge'));
    expect(findings[0]!.subject.text).toContain('Traffic was light');
  });

  it('reports a quotation printed twice under different introductions', () => {
    const text = '"The dredging will take all summer and most of the autumn."\nAsked about the budget, she said: "The dredging will take all summer and most of the autumn."';
    const d = doc('a', text);
    const claims = [quote(d, 'The dredging will take all summer and most of the autumn.', 'Lena Vasquez'), quote(d, 'The dredging will take all summer and most of the autumn.', 'Lena Vasquez', { nth: 1 })];
    const findings = run(duplicatePassageRule, context([d], claims));
    expect(findings.map((f) => f.subject.start)).toEqual([text.lastIndexOf('The dredging')]);
  });

  it('ignores short repeated lines such as tags', () => {
    expect(run(duplicatePassageRule, context([doc('a', 'Port news\nThe bridge opened.\nPort news')], []))).toEqual([]);
  });
});

describe('quote-context', () => {
  it('flags a quote introduced as being about a topic the source discusses elsewhere', () => {
    const intro = 'Referring to the fishing cooperative dispute settled last year, she stated:';
    const copyText = `${intro} "The city was weighing new fees to pay for the dredging while keeping the ferry routes open."`;
    const copy = doc('copy', copyText, 'Harbour Daily');
    const claims = [
      reported(wire, 'The city was weighing new fees to pay for the dredging while keeping the ferry routes open, she said.', 'The city was weighing new fees to pay for the dredging while keeping the ferry routes open', 'Lena Vasquez'),
      narration(wire, 'Vasquez also said the authority had settled a dispute with the fishing cooperative last year.'),
      quote(copy, 'The city was weighing new fees to pay for the dredging while keeping the ferry routes open.', 'Lena Vasquez', { context: intro }),
    ];
    const findings = run(quoteContextRule, context([wire, copy], claims));
    expect(findings.map((f) => f.subject.article)).toEqual(['copy']);
  });

  it('accepts an introduction on the same topic as the source', () => {
    const intro = 'Speaking about the dredging fees and the ferry routes, she stated:';
    const copy = doc('copy', `${intro} "The city was weighing new fees to pay for the dredging while keeping the ferry routes open."`, 'Harbour Daily');
    const claims = [
      reported(wire, 'The city was weighing new fees to pay for the dredging while keeping the ferry routes open, she said.', 'The city was weighing new fees to pay for the dredging while keeping the ferry routes open', 'Lena Vasquez'),
      quote(copy, 'The city was weighing new fees to pay for the dredging while keeping the ferry routes open.', 'Lena Vasquez', { context: intro }),
    ];
    expect(run(quoteContextRule, context([wire, copy], claims))).toEqual([]);
  });
});

describe('single-source', () => {
  it('marks a quotation no other article carries, as info', () => {
    const copy = doc('copy', '"The harbour has never been busier than this spring," Vasquez said.', 'Harbour Daily');
    const only = [quote(copy, 'The harbour has never been busier than this spring,', 'Lena Vasquez'), quote(wire, 'We cannot keep ships waiting at a pier that is cracking,', 'Lena Vasquez')];
    const findings = run(singleSourceRule, context([wire, copy], only));
    expect(findings.map((f) => f.subject.article).sort()).toEqual(['copy', 'wire']);
  });
});
