import { describe, expect, it } from 'vitest';
import { groupStories } from '../../src/group/group-stories.js';
import { checkMany } from '../../src/group/check-many.js';
import { check } from '../../src/check.js';
import { ReportSchema } from '../../src/schema/report.js';
import { mulberry32 } from '../../src/eval/mutate/rng.js';
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

  it('keeps a small intake of one story whole: word rarity over a handful of articles is not left to decide', () => {
    const byStory = new Map<string, typeof articles>();
    for (const a of articles) byStory.set(truth.get(a.id)!, [...(byStory.get(truth.get(a.id)!) ?? []), a]);
    const seeds = byStory.get('seeds')!;
    expect(seeds).toHaveLength(5);
    expect(groupStories(seeds).stories).toHaveLength(1);
    const whole = [...byStory.values()].filter((story) => groupStories(story).stories.length === 1).length;
    expect(whole).toBeGreaterThanOrEqual(byStory.size - 1);
  });

  it('tells apart the stories of small mixed intakes (2 to 5 stories)', () => {
    const stories = [...new Set(truth.values())].map((id) => articles.filter((a) => truth.get(a.id) === id));
    const next = mulberry32(3).next;
    let precision = 0;
    let recall = 0;
    const runs = 60;
    for (let k = 0; k < runs; k++) {
      const pick = [...stories].sort(() => next() - 0.5).slice(0, 2 + Math.floor(next() * 4));
      const mix = pick.flat();
      const p = pairwise(new Map(mix.map((a) => [a.id, truth.get(a.id)!])), groupStories(mix).stories);
      precision += p.precision;
      recall += p.recall;
    }
    expect(precision / runs).toBeGreaterThanOrEqual(0.98);
    expect(recall / runs).toBeGreaterThanOrEqual(0.95);
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
