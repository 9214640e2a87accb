import { describe, expect, it } from 'vitest';
import { checkStream } from '../../src/stream/check-stream.js';
import type { Article } from '../../src/schema/article.js';
import { pairwise } from './helpers.js';
import { mulberry32 } from '../../src/eval/mutate/rng.js';

/** A small seeded PRNG, so the synthetic intake is the same on every run. */
const rng = (seed: number): (() => number) => mulberry32(seed).next;

const PARTS = 'bo ne ri ta vu sel mon dak fir gel hum pav tro wes zin'.split(' ');

/**
 * Many stories of one kind: every article tells the same sort of event in the same ordinary words,
 * and only the names (people, towns, firms) tell one story from another. Stories arrive a few at
 * a time, their articles interleaved, as in a newsroom's intake.
 */
function sameKindIntake(stories: number, perStory: number): { articles: Article[]; truth: Map<string, string> } {
  const r = rng(11);
  const name = (): string => {
    let s = '';
    for (let i = 0; i < 3; i++) s += PARTS[Math.floor(r() * PARTS.length)];
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const articles: Article[] = [];
  const truth = new Map<string, string>();
  const block = 6;
  for (let b = 0; b < stories; b += block) {
    const batch: Article[] = [];
    for (let s = b; s < Math.min(stories, b + block); s++) {
      const [person, town, firm, judge] = [name(), name(), name(), name()];
      for (let k = 0; k < perStory; k++) {
        const text =
          `${person} of ${town} appeared before magistrate ${judge} on charges that ${firm} hid losses from its lenders. ` +
          `Prosecutors told the hearing that ${person} approved the transfers while ${firm} was already insolvent. ` +
          `The defence argued the accounts were reviewed each quarter and that auditors raised no objection. ` +
          `${judge} adjourned the hearing and granted bail on condition that ${person} stays in ${town}. ` +
          (k % 2 === 0 ? `Creditors of ${firm} in ${town} said they expect to recover little of what they are owed.` : `A spokesperson for ${firm} declined to comment on the proceedings.`);
        const a: Article = { id: `story${s}-${k}`, text };
        batch.push(a);
        truth.set(a.id, `story${s}`);
      }
    }
    for (let i = batch.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [batch[i], batch[j]] = [batch[j]!, batch[i]!];
    }
    articles.push(...batch);
  }
  return { articles, truth };
}

async function streamedStories(articles: readonly Article[], options: { warmUpArticles?: number; idleArticles?: number }): Promise<{ articles: string[] }[]> {
  const out: { articles: string[] }[] = [];
  for await (const { story } of checkStream(articles, { ...options, claims: false })) out.push(story);
  return out;
}

describe('checkStream on many stories of the same kind', () => {
  const { articles, truth } = sameKindIntake(60, 4);

  it('keeps stories that share their wording but not their names apart, from the first article', async () => {
    const stories = await streamedStories(articles, { warmUpArticles: 0, idleArticles: 40 });
    const { precision, recall } = pairwise(truth, stories);
    expect(Math.max(...stories.map((s) => s.articles.length))).toBeLessThanOrEqual(8);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps them apart with the default warm-up too', async () => {
    const stories = await streamedStories(articles, {});
    const { precision, recall } = pairwise(truth, stories);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
