import { describe, expect, it } from 'vitest';
import { nameVariantRule } from '../../src/rules/name-variant.js';
import { polarityConflictRule } from '../../src/rules/polarity-conflict.js';
import { quoteSpeakerRule } from '../../src/rules/quote-speaker.js';
import { sourceMisattributionRule } from '../../src/rules/source-misattribution.js';
import type { Claim } from '../../src/schema/claim.js';
import { context, doc, narration, quote, run } from './helpers.js';

const wireText = [
  'The port authority will close the northern terminal for repairs until March, director Lena Vasquez said.',
  '"We cannot keep ships waiting at a pier that is cracking," Vasquez said.',
  'The closure does not affect the ferry services to the islands.',
  'Union leader Tom Berg said members would be moved to the southern piers.',
].join('\n');
const wire = doc('wire', wireText, 'Reuters');
const wireClaims = (): Claim[] => [
  narration(wire, 'The port authority will close the northern terminal for repairs until March, director Lena Vasquez said.'),
  quote(wire, 'We cannot keep ships waiting at a pier that is cracking,', 'Lena Vasquez'),
  narration(wire, 'The closure does not affect the ferry services to the islands.'),
  narration(wire, 'Union leader Tom Berg said members would be moved to the southern piers.'),
];

describe('quote-speaker', () => {
  it('flags the same words given to another person in a copy', () => {
    const copy = doc('copy', 'Tom Berg told Reuters: "We cannot keep ships waiting at a pier that is cracking."', 'Harbour Daily');
    const findings = run(quoteSpeakerRule, context([wire, copy], [...wireClaims(), quote(copy, 'We cannot keep ships waiting at a pier that is cracking.', 'Tom Berg')]));
    expect(findings.map((f) => f.subject.article)).toEqual(['copy']);
    expect(findings[0]!.message).toContain('Tom Berg');
    expect(findings[0]!.message).toContain('Lena Vasquez');
  });

  it('accepts the same speaker under a short name, and leaves short fragments alone', () => {
    const copy = doc('copy', '"We cannot keep ships waiting at a pier that is cracking," Vasquez said. Berg called it "a pier that".', 'Harbour Daily');
    const claims = [...wireClaims(), quote(copy, 'We cannot keep ships waiting at a pier that is cracking,', 'Vasquez'), quote(copy, 'a pier that', 'Tom Berg', { partial: true })];
    expect(run(quoteSpeakerRule, context([wire, copy], claims))).toEqual([]);
  });
});

describe('polarity-conflict', () => {
  it('flags a copy that asserts what the wire negates', () => {
    const copy = doc('copy', 'The closure also affects the ferry services to the islands.', 'Harbour Daily');
    const findings = run(polarityConflictRule, context([wire, copy], [...wireClaims(), narration(copy, 'The closure also affects the ferry services to the islands.')]));
    expect(findings.map((f) => [f.subject.article, f.counterparts.map((c) => c.article)])).toEqual([['copy', ['wire']]]);
  });

  it('counts only negations that bear on the words both sentences share', () => {
    // "does not stop cargo" negates something the wire does not mention; on the ferries both agree.
    const text = 'The closure does not stop cargo, and ferry services to the islands are not affected either.';
    const copy = doc('copy', text, 'Harbour Daily');
    expect(run(polarityConflictRule, context([wire, copy], [...wireClaims(), narration(copy, text)]))).toEqual([]);
  });

  it('is silent when both agree', () => {
    const copy = doc('copy', 'Ferry services to the islands are not affected by the closure.', 'Harbour Daily');
    expect(run(polarityConflictRule, context([wire, copy], [...wireClaims(), narration(copy, 'Ferry services to the islands are not affected by the closure.')]))).toEqual([]);
  });
});

describe('source-misattribution', () => {
  it('flags a statement credited to an article of the set that does not contain it', () => {
    const text = 'According to Reuters, the authority had already been fined twice for unsafe moorings last winter.';
    const copy = doc('copy', text, 'Harbour Daily');
    const findings = run(sourceMisattributionRule, context([wire, copy], wireClaims()));
    expect(findings.map((f) => f.subject.text)).toEqual([text]);
  });

  it('accepts a credited statement the source does contain, and credits to outlets outside the set', () => {
    const copy = doc('copy', 'According to Reuters, the northern terminal will close for repairs until March.\nThe Morning Gazette reported that the authority was fined twice for unsafe moorings last winter.', 'Harbour Daily');
    expect(run(sourceMisattributionRule, context([wire, copy], wireClaims()))).toEqual([]);
  });
});

describe('name-variant', () => {
  it('reports a person spelled differently in another article, as info', () => {
    const a = doc('a', 'Muhammad Sayegh spoke first.', 'A');
    const b = doc('b', 'Mohammed Sayegh spoke first.', 'B');
    const c = doc('c', 'Muhammad Sayegh spoke again.', 'C');
    const mention = (d: typeof a, name: string): Claim => ({ id: `${d.id}#e1`, article: d.id, type: 'entity-mention', span: { start: 0, end: name.length }, text: name, entity: 'e1', name: 'Muhammad Sayegh', kind: 'person' });
    const entities = [{ id: 'e1', name: 'Muhammad Sayegh', kind: 'person' as const, variants: [{ name: 'Muhammad Sayegh', articles: ['a', 'c'] }, { name: 'Mohammed Sayegh', articles: ['b'] }] }];
    const findings = run(nameVariantRule, context([a, b, c], [mention(a, 'Muhammad Sayegh'), mention(b, 'Mohammed Sayegh'), mention(c, 'Muhammad Sayegh')], entities));
    expect(findings.map((f) => [f.subject.article, f.subject.text])).toEqual([['b', 'Mohammed Sayegh']]);
  });
});
