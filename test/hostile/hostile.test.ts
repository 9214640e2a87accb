/**
 * Every hostile article goes through `check()` beside an ordinary one: no throw, a report that
 * validates, the expected typed error for the hostile article (or a result whose every offset
 * slices back to its text), and the ordinary article checked as usual. No timing assertions: a
 * hang shows up as the suite's own timeout.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ReportSchema, type Report } from '../../src/schema/report.js';
import { hostileCorpus, NORMAL_ARTICLE } from './corpus.js';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** An offset between the two halves of a surrogate pair cuts a character in two. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function expectOffsetsRight(report: Report, texts: ReadonlyMap<string, string>): void {
  for (const c of report.claims) {
    const text = texts.get(c.article)!;
    expect(c.span.start).toBeGreaterThanOrEqual(0);
    expect(c.span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(c.span.start, c.span.end), c.id).toBe(c.text);
    expect(splitsPair(text, c.span.start) || splitsPair(text, c.span.end), `${c.id} cuts a surrogate pair`).toBe(false);
  }
  for (const d of report.discrepancies) {
    for (const place of [d.subject, ...d.counterparts]) {
      const text = texts.get(place.article)!;
      expect(text.slice(place.start, place.end), d.id).toBe(place.text);
      expect(splitsPair(text, place.start) || splitsPair(text, place.end), `${d.id} cuts a surrogate pair`).toBe(false);
    }
  }
}

describe('hostile articles beside a normal one', () => {
  const normalAlone = check([NORMAL_ARTICLE]);

  it.each(hostileCorpus().map((c) => [c.name, c] as const))('%s', (_name, hostile) => {
    const articles = [NORMAL_ARTICLE, { id: hostile.name, text: hostile.text }];
    let report: Report | undefined;
    expect(() => {
      report = check(articles);
    }).not.toThrow();
    const r = report!;
    expect(ReportSchema.safeParse(r).success).toBe(true);

    if (hostile.error) {
      expect(r.errors.map((e) => [e.code, e.input])).toEqual([[hostile.error, hostile.name]]);
      expect(r.articles.map((a) => a.id)).toEqual(['normal']);
    } else {
      expect(r.errors).toEqual([]);
      expect(r.articles.map((a) => a.id)).toEqual(['normal', hostile.name]);
    }
    expectOffsetsRight(r, new Map(articles.map((a) => [a.id, a.text])));
    for (const words of hostile.claims ?? []) {
      expect(r.claims.some((c) => c.article === hostile.name && c.text.includes(words)), `a claim with "${words}"`).toBe(true);
    }
    // the ordinary article is checked as if it were alone
    const mine = (rep: Report) => rep.claims.filter((c) => c.article === 'normal').map((c) => `${c.type}:${c.span.start}-${c.span.end}`);
    expect(mine(r)).toEqual(mine(normalAlone));
  });
});
