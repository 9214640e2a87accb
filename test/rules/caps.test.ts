/**
 * The caps that keep a story of hundreds of long articles near-linear: they hold, they pick the
 * same candidates whatever order the articles come in, and the grouping shortcut gives the same
 * groups as the member × member check it replaced.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { articleOrder, BlockingIndex, groupByValue, groupLinks, type Link } from '../../src/extract/number-context.js';
import { candidateQuotes, MAX_SPEAKER_QUOTES } from '../../src/rules/quote-candidates.js';
import { MAX_CONCEPT_WINDOW } from '../../src/rules/number-mismatch.js';
import { alignedWith, MAX_ALIGNED } from '../../src/rules/shared.js';
import type { Claim, QuoteClaim } from '../../src/schema/claim.js';
import type { Report } from '../../src/schema/report.js';
import { context, doc, narration, quote } from './helpers.js';

function prng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const rnd = prng(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const keys = (r: Report): string[] => r.discrepancies.map((d) => `${d.kind}|${d.subject.article}|${d.subject.start}-${d.subject.end}|${d.counterparts.length}`).sort();

describe('groupByValue', () => {
  it('gives the groups of groupLinks with the member × member conflict check', () => {
    const slack = 0.03;
    for (let run = 0; run < 200; run++) {
      const rnd = prng(run + 1);
      const n = 2 + Math.floor(rnd() * 40);
      const items = Array.from({ length: n }, () => {
        const v = Math.floor(rnd() * 12) * (rnd() < 0.1 ? -1 : 1);
        const width = rnd() < 0.5 ? 0.5 : rnd() * 3;
        return {
          kind: rnd() < 0.4 ? null : ['a', 'b', 'c'][Math.floor(rnd() * 3)]!,
          slot: `s${Math.floor(rnd() * 5)}`,
          low: v - width,
          high: v + width,
          converted: rnd() < 0.2,
        };
      });
      const links: Link[] = Array.from({ length: Math.floor(rnd() * n * 3) }, () => ({
        a: Math.floor(rnd() * n),
        b: Math.floor(rnd() * n),
        score: Math.round(rnd() * 4) / 4,
      })).filter((l) => l.a !== l.b);
      const agree = (x: (typeof items)[number], y: (typeof items)[number]): boolean => {
        const s = x.converted || y.converted ? slack : 0;
        return x.low * (1 - s) <= y.high && y.low <= x.high * (1 + s);
      };
      const expected = groupLinks(n, links, (i, j) => {
        const x = items[i]!;
        const y = items[j]!;
        if (x.kind !== null && y.kind !== null && x.kind !== y.kind) return true;
        return x.slot === y.slot && !agree(x, y);
      });
      const got = groupByValue(n, links, {
        kind: (i) => items[i]!.kind,
        slot: (i) => items[i]!.slot,
        low: (i) => items[i]!.low,
        high: (i) => items[i]!.high,
        converted: (i) => items[i]!.converted,
        slack,
      });
      expect(got).toEqual(expected);
    }
  });
});

describe('caps on candidates', () => {
  it('reads at most the cap from blocking lists, and the same items whatever order the articles come in', () => {
    const articles = Array.from({ length: 900 }, (_, i) => `art${String(i).padStart(3, '0')}`);
    const keysOf = (a: string): string[] => ['common', `mod${Number(a.slice(3)) % 7}`, `rare${Number(a.slice(3)) % 300}`];
    const build = (list: readonly string[]): BlockingIndex => {
      const index = new BlockingIndex(articleOrder(list));
      list.forEach((a, i) => keysOf(a).forEach((k) => index.add(k, i)));
      return index.seal();
    };
    const mixed = shuffled(articles, 5);
    const a = build(articles);
    const b = build(mixed);
    for (let i = 0; i < articles.length; i += 37) {
      const got = a.candidates(i, keysOf(articles[i]!), 100, 250);
      expect(got.length).toBeLessThanOrEqual(250);
      expect(got).toEqual([...got].sort((x, y) => x - y));
      const j = mixed.indexOf(articles[i]!);
      const again = b.candidates(j, keysOf(articles[i]!), 100, 250);
      expect(again.map((k) => mixed[k]).sort()).toEqual(got.map((k) => articles[k]).sort());
      // the rarest key is read whole
      expect(got.filter((k) => keysOf(articles[k]!)[2] === keysOf(articles[i]!)[2]).length).toBe(2);
    }
    // under the caps, every item sharing a key, as an all-pairs scan would meet them
    expect(a.candidates(0, ['rare0'], 100, 250)).toEqual([300, 600]);
  });

  it('hands a rule at most MAX_ALIGNED claims of a large group, the same ones in any article order', () => {
    const size = MAX_ALIGNED + 60;
    const docs = Array.from({ length: size }, (_, i) => doc(`art${String(i).padStart(3, '0')}`, `The harbour bridge will close for repairs next week, officials said on Tuesday ${i}.`));
    const claims: Claim[] = docs.map((d) => narration(d, d.text));
    const ctx = context(docs, claims);
    expect(ctx.alignments.map((a) => a.claims.length)).toEqual([size]);
    const reversed = context([...docs].reverse(), [...claims].reverse());
    for (const c of claims) {
      const got = alignedWith(ctx, c);
      expect(got.length).toBe(MAX_ALIGNED);
      expect(got.some((o) => o.id === c.id)).toBe(false);
      expect(alignedWith(reversed, c).map((o) => o.id).sort()).toEqual(got.map((o) => o.id).sort());
    }
    // a small group is handed whole
    const few = context(docs.slice(0, 5), claims.slice(0, 5));
    expect(alignedWith(few, claims[0]!).length).toBe(4);
  });

  it('reads at most MAX_SPEAKER_QUOTES same-speaker quotations for a fragment', () => {
    const size = MAX_SPEAKER_QUOTES + 50;
    const docs = Array.from({ length: size }, (_, i) => doc(`art${String(i).padStart(3, '0')}`, `Anna Berg called it "a ${['fair', 'bold', 'late', 'good'][i % 4]} plan ${i}" on Monday.`));
    const quotes: QuoteClaim[] = docs.map((d) => quote(d, d.text.slice(d.text.indexOf('"') + 1, d.text.lastIndexOf('"')), 'Anna Berg', { partial: true }));
    const ctx = context(docs, quotes);
    const reversed = context([...docs].reverse(), [...quotes].reverse());
    for (const q of quotes) {
      const got = candidateQuotes(ctx, q);
      expect(got.length).toBeLessThanOrEqual(MAX_SPEAKER_QUOTES);
      expect(candidateQuotes(reversed, q).map((c) => c.id).sort()).toEqual(got.map((c) => c.id).sort());
    }
    const few = context(docs.slice(0, 6), quotes.slice(0, 6));
    expect(candidateQuotes(few, quotes[0]!).length).toBe(5);
  });

  it('still finds the one article of hundreds that gives another figure, in any article order', () => {
    const size = MAX_CONCEPT_WINDOW + 40;
    const articles = Array.from({ length: size }, (_, i) => ({
      id: `outlet${String(i).padStart(3, '0')}`,
      text: `Storm hits the coast\n\nThe storm killed ${i === 97 ? 15 : 12} people in the port city, officials said. Roads were closed across the ${['north', 'south', 'east', 'west'][i % 4]}.`,
    }));
    const report = check(articles);
    const numbers = report.discrepancies.filter((d) => d.kind === 'number-mismatch');
    expect(numbers.map((d) => d.subject.article)).toEqual(['outlet097']);
    expect(keys(check(shuffled(articles, 3)))).toEqual(keys(report));
  });
});
