/**
 * Properties of `check()` over generated stories. Fixed seed, `FUZZ_RUNS` runs (see arbitraries.ts);
 * `npm run fuzz` runs 2000 of each.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ReportSchema, type Report } from '../../src/schema/report.js';
import { articleSet, articleText, junkInput, RUNS, SEED } from './arbitraries.js';

const params = { numRuns: RUNS, seed: SEED };

type Article = { id: string; text: string };

function findingKeys(report: Report, severity?: string): string[] {
  return report.discrepancies
    .filter((d) => severity === undefined || d.severity === severity)
    .map((d) => `${d.kind}|${d.severity}|${d.subject.article}|${d.subject.start}-${d.subject.end}`)
    .sort();
}

describe('check() properties', () => {
  it('never throws, and its report always validates, on arbitrary and junk input', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(articleSet.map((s) => s[0]!), junkInput), { maxLength: 4 }), (inputs) => {
        const report = check(inputs);
        expect(ReportSchema.safeParse(report).success).toBe(true);
        expect(report.articles.length + report.errors.length).toBeGreaterThanOrEqual(Math.min(1, inputs.length));
      }),
      params,
    );
  });

  it('puts every claim and every finding place inside its article, slicing to its text', () => {
    fc.assert(
      fc.property(articleSet, (articles) => {
        const report = check(articles);
        expect(ReportSchema.safeParse(report).success).toBe(true);
        const texts = new Map<string, string>(articles.map((a) => [a.id, a.text]));
        for (const c of report.claims) {
          const text = texts.get(c.article)!;
          expect(0 <= c.span.start && c.span.start <= c.span.end && c.span.end <= text.length).toBe(true);
          expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
        }
        for (const d of report.discrepancies) {
          for (const place of [d.subject, ...d.counterparts]) {
            const text = texts.get(place.article)!;
            expect(0 <= place.start && place.start <= place.end && place.end <= text.length).toBe(true);
            expect(text.slice(place.start, place.end)).toBe(place.text);
          }
        }
      }),
      params,
    );
  });

  it('is deterministic and independent of the order the articles are given in', () => {
    fc.assert(
      fc.property(
        articleSet.chain((articles) => fc.tuple(fc.constant(articles), fc.shuffledSubarray(articles, { minLength: articles.length }))),
        ([articles, shuffled]) => {
          const a = check(articles);
          expect(JSON.stringify(check(articles))).toBe(JSON.stringify(a));
          expect(findingKeys(check(shuffled))).toEqual(findingKeys(a));
        },
      ),
      params,
    );
  });

  it('adds no high-severity finding when a faithful copy of an article joins the story', () => {
    fc.assert(
      fc.property(articleSet, fc.nat(), (articles: Article[], pick) => {
        const original = articles[pick % articles.length]!;
        const before = check(articles);
        const after = check([...articles, { id: 'faithful-copy', text: original.text }]);
        // the copy's own findings are the original's findings over again: count them as the original's
        const renamed = (key: string) => key.replace('|faithful-copy|', `|${original.id}|`);
        const beforeHigh = new Set(findingKeys(before, 'high'));
        const added = findingKeys(after, 'high').map(renamed).filter((k) => !beforeHigh.has(k));
        expect(added).toEqual([]);
      }),
      params,
    );
  });

  it('checks each text alone without throwing, whatever it holds', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const report = check([{ id: 'x', text }]);
        expect(report.articles.length + report.errors.length).toBe(1);
      }),
      params,
    );
  });
});

describe('cases found by fuzzing', () => {
  // npm run fuzz found it: an article that carries a quotation and its negated variant got four
  // high quote-altered findings against its own copy (each variant against the other's twin),
  // although the copy also prints each variant word for word.
  it('a copy of an article quoting both "will" and "will not" adds no high finding', () => {
    const text = '"We will rebuild the bridge," “We will not rebuild the bridge,” ';
    const report = check([
      { id: 'wire', text },
      { id: 'faithful-copy', text },
    ]);
    expect(findingKeys(report, 'high')).toEqual([]);
  });
});
