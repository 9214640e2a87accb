import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/schema/article.js';

const ROOT = join(import.meta.dirname, '../..');

/** Every labelled case folder: the seeds, test/cases/* and ../shared/cases/*. Each is one story. */
export function caseFolders(): string[] {
  const out = [join(ROOT, 'seeds')];
  for (const parent of [join(ROOT, 'test/cases'), join(ROOT, '../shared/cases')]) {
    if (!existsSync(parent)) continue;
    for (const d of readdirSync(parent).sort()) if (existsSync(join(parent, d, 'case.json'))) out.push(join(parent, d));
  }
  return out;
}

/** A mixed intake: the articles of every case, story ids kept aside, interleaved round-robin. */
export function mixedCorpus(): { articles: Article[]; truth: Map<string, string> } {
  const stories = caseFolders().map((folder) => {
    const c = JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')) as { id: string; articles: { id: string; file: string; outlet?: string; published?: string }[] };
    return c.articles
      .filter((a) => a.file.endsWith('.txt'))
      .map((a) => {
        const art: Article = { id: `${c.id}/${a.id}`, text: readFileSync(join(folder, a.file), 'utf8') };
        if (a.outlet) art.outlet = a.outlet;
        if (a.published) art.published = a.published;
        return { story: c.id, art };
      });
  });
  const articles: Article[] = [];
  const truth = new Map<string, string>();
  for (let k = 0; stories.some((s) => k < s.length); k++) {
    for (const s of stories) {
      const a = s[k];
      if (!a) continue;
      articles.push(a.art);
      truth.set(a.art.id, a.story);
    }
  }
  return { articles, truth };
}

/** Pairwise precision and recall of predicted stories against the true ones. */
export function pairwise(truth: ReadonlyMap<string, string>, stories: readonly { articles: readonly string[] }[]): { precision: number; recall: number } {
  const predicted = new Map<string, number>();
  stories.forEach((s, i) => s.articles.forEach((a) => predicted.set(a, i)));
  const ids = [...truth.keys()];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const same = truth.get(ids[i]!) === truth.get(ids[j]!);
      const together = predicted.get(ids[i]!) === predicted.get(ids[j]!);
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}
