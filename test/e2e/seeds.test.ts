import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { evaluateCases } from '../../src/eval/index.js';
import { readInputs } from '../../src/ingest/files.js';
import { ReportSchema } from '../../src/schema/report.js';

async function seedArticles() {
  const { stories, errors } = await readInputs(['seeds']);
  expect(errors).toEqual([]);
  expect(stories).toHaveLength(1);
  return stories[0]!.articles;
}

describe('the seed story, end to end', () => {
  it('finds every labelled discrepancy and nothing forbidden', async () => {
    const result = await evaluateCases(['seeds']);
    const score = result.cases[0]!.score;
    const missed = score.expected.filter((e) => e.matchedBy.length === 0).map((e) => `${e.entry.kind} ${e.entry.article}: ${e.entry.text}`);
    expect(missed).toEqual([]);
    const forbidden = score.findings.filter((f) => f.forbidden.length > 0).map((f) => `${f.finding.kind} ${f.finding.subject.article}: ${f.finding.subject.text}`);
    expect(forbidden).toEqual([]);
  });

  it('names iranfocus, Reuters and Fuad Hussein in the tightrope finding and shows both texts', async () => {
    const report = check(await seedArticles());
    const tightrope = report.discrepancies.filter(
      (d) => d.kind === 'paraphrase-as-quote' && d.subject.text.includes('walk the tightrope'),
    );
    expect(tightrope.length).toBeGreaterThan(0);
    for (const d of tightrope) {
      expect(d.subject.article).toBe('iranfocus');
      expect(d.counterparts.map((c) => c.article)).toContain('reuters');
      expect(d.message).toContain('Fuad Hussein');
      expect(d.message).toContain('Reuters');
      expect(d.counterparts.find((c) => c.article === 'reuters')!.text).toContain('he said');
    }
  });

  it('gives a report that validates and slices back to every claim and finding', async () => {
    const articles = await seedArticles();
    const report = check(articles);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    const text = new Map(articles.map((a) => [a.id, a.text]));
    for (const c of report.claims) expect(text.get(c.article)!.slice(c.span.start, c.span.end)).toBe(c.text);
    for (const d of report.discrepancies) {
      for (const place of [d.subject, ...d.counterparts]) expect(text.get(place.article)!.slice(place.start, place.end)).toBe(place.text);
    }
  });

  it('is deterministic and independent of article order', async () => {
    const articles = await seedArticles();
    const a = JSON.stringify(check(articles));
    const b = JSON.stringify(check(articles));
    expect(a).toBe(b);
    const reversed = check([...articles].reverse());
    const key = (r: typeof reversed) => r.discrepancies.map((d) => `${d.kind}|${d.subject.article}|${d.subject.start}`).sort();
    expect(key(reversed)).toEqual(key(JSON.parse(a)));
  });
});

describe('rules stay general', () => {
  it('has no word of the seed story in src/', async () => {
    const { execFileSync } = await import('node:child_process');
    const words = ['tightrope', 'Hussein', 'iranfocus', 'Shafaq', 'Nasrallah', 'Ecuador'];
    for (const w of words) {
      let out = '';
      try {
        out = execFileSync('grep', ['-ril', w, 'src'], { encoding: 'utf8' });
      } catch {
        out = '';
      }
      expect(out, `"${w}" found in src/`).toBe('');
    }
    expect(readFileSync('seeds/case.json', 'utf8')).toContain('tightrope');
  });

  it('names no speaker of any labelled case in src/, not even in a comment', async () => {
    const { execFileSync } = await import('node:child_process');
    const { readdirSync, existsSync } = await import('node:fs');
    const folders = ['seeds', ...readdirSync('test/cases').map((d) => `test/cases/${d}`)];
    if (existsSync('../shared/cases')) folders.push(...readdirSync('../shared/cases').map((d) => `../shared/cases/${d}`));
    // General words that happen to be part of an institution's name are vocabulary, not case text.
    const vocabulary = new Set(['News', 'Daily', 'Times', 'Post', 'Press', 'House', 'White', 'Ministry', 'University', 'Hospital', 'Board', 'Authority', 'Council', 'Police', 'Union', 'Office']);
    const words = new Set<string>();
    for (const folder of folders) {
      const labels = JSON.parse(readFileSync(`${folder}/case.json`, 'utf8')) as { quotes?: { speaker?: string }[] };
      for (const q of labels.quotes ?? []) for (const w of (q.speaker ?? '').match(/[A-Z][a-z]{3,}/g) ?? []) if (!vocabulary.has(w)) words.add(w);
    }
    expect(words.size).toBeGreaterThan(30);
    const found = [...words].filter((w) => {
      try {
        return execFileSync('grep', ['-rlw', w, 'src'], { encoding: 'utf8' }).trim() !== '';
      } catch {
        return false;
      }
    });
    expect(found).toEqual([]);
  });
});
