import { describe, expect, it } from 'vitest';
import {
  bareTokens,
  checkThresholds,
  findingMatchesEntry,
  groupQuoteClaims,
  normalizeForScoring,
  scoreCase,
  scoreQuotes,
  speakerMatches,
  summarizeScores,
  textsMatch,
  tokenF1,
  type CaseLabels,
  type ScoredClaim,
  type ScoredFinding,
} from '../../src/eval/index.js';

const finding = (kind: ScoredFinding['kind'], article: string, text: string, severity: ScoredFinding['severity'] = 'high'): ScoredFinding => ({
  kind,
  severity,
  message: 'm',
  subject: { article, text },
});

const quote = (article: string, start: number, text: string, speaker: string | null = null): ScoredClaim => ({
  type: 'quote',
  article,
  text,
  span: { start, end: start + text.length },
  speaker: speaker === null ? null : { name: speaker },
});

const labels: CaseLabels = {
  id: 'case',
  expected: [
    { kind: 'paraphrase-as-quote', article: 'b', text: 'The council will meet again next week to vote on the budget' },
    { kind: 'duplicate-passage', article: 'b', text: 'prices rose sharply' },
  ],
  allowed: [{ kind: 'quote-context', article: 'b', text: 'vote on the budget' }],
  forbidden: [{ kind: '*', article: 'a', text: 'We will not raise taxes' }],
};

describe('normalizeForScoring', () => {
  it('folds NFKC, case, curly quotes, ellipsis and white space', () => {
    expect(normalizeForScoring('  \u201CIt\u2019s  Fine\u2026\u201D\n')).toBe('"it\'s fine..."');
  });
  it('drops punctuation for quote tokens', () => {
    expect(bareTokens('Two or three years ago, it wasn\u2019t possible.')).toEqual(['two', 'or', 'three', 'years', 'ago', 'it', 'wasnt', 'possible']);
  });
});

describe('finding matching', () => {
  it('matches by containment either way after normalising', () => {
    expect(textsMatch('\u201CThe council will meet\u201D', 'the council will meet again')).toBe(true);
  });
  it('matches when half of the shorter text\u2019s words are shared', () => {
    expect(textsMatch('council meets to vote', 'The council will meet again next week to vote')).toBe(true); // council, to, vote: 3 of 4
    expect(textsMatch('mayor resigns today abruptly', 'The council will meet again next week')).toBe(false);
  });
  it('needs the same kind (or *) and the same subject article', () => {
    const entry = labels.expected![0]!;
    expect(findingMatchesEntry(finding('paraphrase-as-quote', 'b', 'will meet again next week to vote'), entry)).toBe(true);
    expect(findingMatchesEntry(finding('quote-altered', 'b', 'will meet again next week to vote'), entry)).toBe(false);
    expect(findingMatchesEntry(finding('paraphrase-as-quote', 'a', 'will meet again next week to vote'), entry)).toBe(false);
    expect(findingMatchesEntry(finding('quote-altered', 'a', 'We will not raise taxes'), labels.forbidden![0]!)).toBe(true);
  });
});

describe('scoreCase', () => {
  it('counts a matching finding for recall and precision', () => {
    const s = scoreCase(labels, { discrepancies: [finding('paraphrase-as-quote', 'b', 'The council will meet again next week to vote on the budget.')] });
    expect(s.expected.map((e) => e.matchedBy)).toEqual([[0], []]);
    expect(s.findings[0]).toMatchObject({ correct: true, counted: true, why: null });
    const sum = summarizeScores([s]);
    expect(sum.overall.precision).toEqual({ hit: 1, total: 1, value: 1 });
    expect(sum.overall.recall).toEqual({ hit: 1, total: 2, value: 0.5 });
  });
  it('counts an allowed finding as correct but not for recall', () => {
    const s = scoreCase(labels, { discrepancies: [finding('quote-context', 'b', 'to vote on the budget')] });
    expect(s.findings[0]!.correct).toBe(true);
    expect(summarizeScores([s]).overall.recall.hit).toBe(0);
  });
  it('does not count a finding that also matches a forbidden entry', () => {
    const forbiddenToo: CaseLabels = { ...labels, expected: [{ kind: 'quote-altered', article: 'a', text: 'We will not raise taxes this year' }] };
    const s = scoreCase(forbiddenToo, { discrepancies: [finding('quote-altered', 'a', 'We will not raise taxes')] });
    expect(s.findings[0]).toMatchObject({ correct: false });
    expect(s.findings[0]!.why).toMatch(/^matches forbidden \* entry/);
    expect(summarizeScores([s]).overall.precision.value).toBe(0);
  });
  it('leaves info findings out of precision but lets them count for recall', () => {
    const s = scoreCase(
      { id: 'x', expected: [{ kind: 'single-source', article: 'b', text: 'prices rose' }] },
      { discrepancies: [finding('single-source', 'b', 'prices rose sharply', 'info'), finding('name-variant', 'c', 'Smyth', 'info')] },
    );
    const sum = summarizeScores([s]);
    expect(sum.overall.precision).toEqual({ hit: 0, total: 0, value: null });
    expect(sum.overall.recall.value).toBe(1);
    expect(sum.info).toBe(2);
  });
  it('explains misses and unmatched findings', () => {
    const s = scoreCase(labels, {
      discrepancies: [finding('quote-altered', 'b', 'prices rose sharply'), finding('number-mismatch', 'z', '42 people')],
    });
    expect(s.expected[1]!.why).toBe('reported as quote-altered instead');
    expect(s.findings[0]!.why).toBe('no quote-altered entry here; the text matches an entry of kind duplicate-passage');
    expect(s.findings[1]!.why).toBe('no expected or allowed number-mismatch entry for article z');
  });
  it('micro-averages over cases and per kind', () => {
    const a = scoreCase(labels, { discrepancies: [finding('paraphrase-as-quote', 'b', 'vote on the budget next week'), finding('duplicate-passage', 'b', 'unrelated words here')] });
    const b = scoreCase({ id: 'none' }, { discrepancies: [finding('duplicate-passage', 'q', 'x y')] });
    const sum = summarizeScores([a, b]);
    expect(sum.overall.precision).toEqual({ hit: 1, total: 3, value: 1 / 3 });
    expect(sum.kinds.map((k) => [k.kind, k.precision.hit, k.precision.total, k.recall.hit, k.recall.total])).toEqual([
      ['duplicate-passage', 0, 2, 0, 1],
      ['paraphrase-as-quote', 1, 1, 1, 1],
    ]);
  });
});

describe('quote scoring', () => {
  const gold = [
    { article: 'a', text: 'Two or three years ago, it was impossible to discuss this topic in our society,', speaker: 'Fuad Hussein' },
    { article: 'a', text: 'We will win.', speaker: 'Jane Doe' },
  ];
  it('uses token F1 with a 0.8 threshold', () => {
    expect(tokenF1(bareTokens('a b c d e'), bareTokens('a b c d'))).toBeCloseTo(8 / 9);
    const near = scoreQuotes([quote('a', 0, 'Two or three years ago it was impossible to discuss this topic')], gold); // 12 of 15 tokens: F1 0.89
    expect(near.claims[0]!.matched).toBe(true);
    const far = scoreQuotes([quote('a', 0, 'Two or three years ago it was impossible')], gold); // 8 of 15: F1 0.70
    expect(far.claims[0]!.matched).toBe(false);
    expect(far.gold[0]!.matched).toBe(false);
  });
  it('needs the same article', () => {
    expect(scoreQuotes([quote('b', 0, 'We will win.')], gold).claims[0]!.matched).toBe(false);
  });
  it('counts overlapping claims once and lets two copies match one gold quote', () => {
    const claims = [quote('a', 0, 'We will win.'), quote('a', 3, 'will win'), quote('a', 100, 'We will win')];
    expect(groupQuoteClaims(claims).map((g) => g.members.length)).toEqual([2, 1]);
    const s = summarizeScores([scoreCase({ id: 'q', quotes: gold }, { discrepancies: [], claims })]);
    expect(s.quotes!.precision).toEqual({ hit: 2, total: 2, value: 1 });
    expect(s.quotes!.recall).toEqual({ hit: 1, total: 2, value: 0.5 });
  });
  it('ignores claims that are not quotes', () => {
    const reported: ScoredClaim = { ...quote('a', 0, 'We will win.'), type: 'reported' };
    expect(scoreQuotes([reported], gold).claims).toEqual([]);
  });
  it('scores speakers by last word or Jaro-Winkler', () => {
    expect(speakerMatches('Hussein', 'Fuad Hussein')).toBe(true);
    expect(speakerMatches('Fouad Hussein', 'Fuad Hussein')).toBe(true);
    expect(speakerMatches('Fuad Husein', 'Fuad Hussein')).toBe(true);
    expect(speakerMatches('Ali Khamenei', 'Fuad Hussein')).toBe(false);
    expect(speakerMatches(null, 'Fuad Hussein')).toBe(false);
    const claims = [quote('a', 0, 'We will win.', 'Jane Doe'), quote('a', 50, 'Two or three years ago, it was impossible to discuss this topic in our society', 'Ali Khamenei')];
    const s = summarizeScores([scoreCase({ id: 'q', quotes: gold }, { discrepancies: [], claims })]);
    expect(s.quotes!.speaker).toEqual({ hit: 1, total: 2, value: 0.5 });
  });
});

describe('checkThresholds', () => {
  it('fails below a minimum and passes when there is nothing to measure', () => {
    const s = summarizeScores([scoreCase(labels, { discrepancies: [finding('duplicate-passage', 'b', 'prices rose sharply')] })]);
    expect(checkThresholds(s, { minPrecision: 1, minRecall: 1, minQuoteRecall: 1 })).toEqual([{ name: 'recall', value: 0.5, min: 1 }]);
  });
});
