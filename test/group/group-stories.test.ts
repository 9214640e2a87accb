import { describe, expect, it } from 'vitest';
import { groupStories } from '../../src/group/group-stories.js';
import { checkMany } from '../../src/group/check-many.js';
import { check } from '../../src/check.js';
import { ReportSchema } from '../../src/schema/report.js';
import { mixedCorpus, pairwise } from './helpers.js';

describe('groupStories', () => {
  const { articles, truth } = mixedCorpus();

  it('finds the stories of a mixed intake (pairwise precision and recall ≥ 0.95)', () => {
    expect(new Set(truth.values()).size).toBeGreaterThanOrEqual(15);
    const { stories } = groupStories(articles);
    const { precision, recall } = pairwise(truth, stories);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('places every article exactly once, with stable ids and terms', () => {
    const { stories } = groupStories(articles);
    const placed = stories.flatMap((s) => s.articles);
    expect(placed.sort()).toEqual(articles.map((a) => a.id).sort());
    expect(stories.map((s) => s.id)).toEqual(stories.map((_, i) => `s${i + 1}`));
    for (const s of stories) expect(s.terms.length).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(groupStories(articles))).toBe(JSON.stringify(groupStories(articles)));
  });

  it('keeps one article, and no articles, as trivial cases', () => {
    expect(groupStories([]).stories).toEqual([]);
    expect(groupStories([{ id: 'a', text: 'Only one article here.' }]).stories.map((s) => s.articles)).toEqual([['a']]);
  });
});

describe('checkMany', () => {
  const { articles } = mixedCorpus();

  it('checks each story on its own: a report per story, as check() gives it', async () => {
    const { stories, reports } = await checkMany(articles, { workers: 1 });
    expect(reports).toHaveLength(stories.length);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const first = stories[0]!;
    // the report check() gives, naming the story it covers
    expect(JSON.stringify(reports[0])).toBe(JSON.stringify({ ...check(first.articles.map((id) => byId.get(id)!)), stories: [first] }));
    for (const [i, r] of reports.entries()) {
      expect(r.articles.map((a) => a.id)).toEqual(stories[i]!.articles);
      expect(r.stories).toEqual([stories[i]]);
      expect(ReportSchema.safeParse(r).success).toBe(true);
    }
  });

  it('gives the same bytes on worker threads as on one thread', async () => {
    const single = await checkMany(articles, { workers: 1 });
    const threaded = await checkMany(articles, { workers: 2, parallelThreshold: 0 });
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(single));
  });
});
