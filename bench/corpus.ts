/**
 * Deterministic benchmark corpora built by editing the seed and test-case articles: every story
 * gets its own names, places and numbers (so stories made from the same case are told apart the
 * way a newsroom tells apart two court cases), and each article is an edited copy, a rewrite, a
 * summary or a longer merged report. Some stories carry a seeded discrepancy (a changed number or
 * a dropped "not" inside a quotation). Same seed, same bytes.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/schema/article.js';
import { mulberry32 } from '../src/eval/mutate/rng.js';

/** One labelled case folder: the articles of one story. */
export interface SourceStory {
  id: string;
  articles: Article[];
}

/** A generated article with the story it was generated for (ground truth for grouping). */
export interface CorpusArticle extends Article {
  story: string;
}

const ROOT = new URL('..', import.meta.url).pathname;

/** Every case folder the bench builds from: the seeds, test/cases/* and ../shared/cases/*. */
export function caseFolders(): string[] {
  const out = [join(ROOT, 'seeds')];
  for (const parent of [join(ROOT, 'test/cases'), join(ROOT, '../shared/cases')]) {
    if (!existsSync(parent)) continue;
    for (const d of readdirSync(parent).sort()) if (existsSync(join(parent, d, 'case.json'))) out.push(join(parent, d));
  }
  return out;
}

interface CaseJson {
  id: string;
  articles: { id: string; file: string; outlet?: string; published?: string }[];
}

/** Read one case folder's articles (plain text only; HTML files are skipped). */
export function loadCase(folder: string): SourceStory {
  const c = JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')) as CaseJson;
  const articles: Article[] = [];
  for (const a of c.articles) {
    if (!a.file.endsWith('.txt')) continue;
    const art: Article = { id: a.id, text: readFileSync(join(folder, a.file), 'utf8') };
    if (a.outlet) art.outlet = a.outlet;
    if (a.published) art.published = a.published;
    articles.push(art);
  }
  return { id: c.id, articles };
}

/** All source stories, in a fixed order. */
export function loadSources(): SourceStory[] {
  return caseFolders().map(loadCase).filter((s) => s.articles.length > 0);
}

/** mulberry32: a small seeded PRNG, so corpora are the same on every machine. */
export const rng = (seed: number): (() => number) => mulberry32(seed).next;

const SYLLABLES = 'ka lo mir ven tar dul bri sen hol gan rev pim os ul dra fen cor lis mar nod quen ras tov wil yar zeb'.split(' ');
/** Capitalised words that are not names: left alone so sentences still read as sentences. */
const KEEP = new Set(
  ('The A An In On At He She It They We I His Her Their Our This That These Those But And Or If When While After Before ' +
    'Mr Mrs Ms Dr January February March April May June July August September October November December ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec One Two Three Four Five Six Seven Eight Nine Ten Monday Tuesday Wednesday Thursday Friday Saturday Sunday Source Original There Its As For With From By To Of ' +
    'According Asked However Speaking Meanwhile Earlier Later Last Next Since Under Over Among Despite').split(' '),
);

function pseudoName(r: () => number): string {
  const n = 2 + Math.floor(r() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return s[0]!.toUpperCase() + s.slice(1);
}

/** Give a story its own names and numbers: one consistent mapping for all its articles. */
function renamer(r: () => number): (text: string) => string {
  const names = new Map<string, string>();
  const numbers = new Map<string, string>();
  return (text) =>
    text
      .replace(/\b[A-Z][a-z]{2,}\b/g, (w) => {
        if (KEEP.has(w)) return w;
        let m = names.get(w);
        if (!m) names.set(w, (m = pseudoName(r)));
        return m;
      })
      .replace(/\b\d{2,4}\b/g, (d) => {
        // Years stay years, so dates still resolve; other numbers get the story's own values.
        if (/^(19|20)\d\d$/.test(d)) return d;
        let m = numbers.get(d);
        if (!m) {
          const lo = 10 ** (d.length - 1);
          numbers.set(d, (m = String(lo + Math.floor(r() * 9 * lo))));
        }
        return m;
      });
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).filter((p) => p.trim().length > 0);
}

const SWAPS: [RegExp, string][] = [
  [/\bsaid\b/, 'stated'],
  [/\bhowever\b/, 'but'],
  [/\babout\b/, 'around'],
  [/\bmany\b/, 'numerous'],
  [/\bbig\b/, 'large'],
];

/** The kinds of article a generated story holds. */
export type Variant = 'edited' | 'copy' | 'rewrite' | 'summary' | 'merged';

function variantText(kind: Variant, base: string, siblings: readonly string[], r: () => number): string {
  const paras = paragraphs(base);
  switch (kind) {
    case 'edited':
    case 'copy':
      return base;
    case 'summary':
      return paras.slice(0, Math.max(2, Math.ceil(paras.length * 0.4))).join('\n\n');
    case 'rewrite': {
      // Narration swaps a few words and moves one paragraph; quotations are left as they were.
      const out = paras.map((p) => (p.includes('"') || p.includes('\u201c') ? p : SWAPS.reduce((s, [re, w]) => (r() < 0.5 ? s.replace(re, w) : s), p)));
      if (out.length > 3) {
        const i = 1 + Math.floor(r() * (out.length - 2));
        const [p] = out.splice(i, 1);
        out.splice(Math.min(out.length, i + 1), 0, p!);
      }
      return out.join('\n\n');
    }
    case 'merged': {
      // A fuller report: its own text plus background paragraphs from the rest of the story.
      const out = [...paras];
      let size = base.length;
      for (const s of siblings) {
        for (const p of paragraphs(s).slice(1)) {
          if (size > 4_500) break;
          if (out.includes(p)) continue;
          out.push(p);
          size += p.length + 2;
        }
      }
      return out.join('\n\n');
    }
  }
}

/** Plant a discrepancy: a changed number, or a quotation that loses its "not". */
function seedDiscrepancy(text: string, r: () => number): string {
  if (r() < 0.5) {
    const m = /\b\d{2,4}\b/.exec(text.slice(200));
    if (m) {
      const at = 200 + m.index;
      return text.slice(0, at) + String(Number(m[0]) + 1 + Math.floor(r() * 9)) + text.slice(at + m[0].length);
    }
  }
  return text.replace(/(["\u201c][^"\u201d\n]{0,120}?)\b(do|does|did|will|would|could|can|is|are|was) not\b/, '$1$2');
}

/** Options of `generateCorpus`. */
export interface CorpusOptions {
  /** Articles to generate. */
  articles: number;
  /** Articles per story (the last story may be shorter). Default: 5. */
  perStory?: number;
  /** PRNG seed. Default: 1. */
  seed?: number;
  /**
   * How far the articles of a story spread through the intake: articles are shuffled within
   * blocks of this many stories. Default: 10.
   */
  mixStories?: number;
}

/**
 * A corpus of `articles` articles in stories of about `perStory`, as a newsroom's intake would
 * have them: each story's articles arrive close together, interleaved with other stories.
 */
export function generateCorpus(sources: readonly SourceStory[], options: CorpusOptions): CorpusArticle[] {
  const perStory = options.perStory ?? 5;
  const r = rng(options.seed ?? 1);
  const storyCount = Math.ceil(options.articles / perStory);
  const stories: CorpusArticle[][] = [];
  let made = 0;
  for (let s = 0; s < storyCount; s++) {
    const src = sources[s % sources.length]!;
    const rename = renamer(rng(((options.seed ?? 1) * 1_000_003 + s) >>> 0));
    const base = src.articles.map((a) => rename(a.text));
    const outlets = src.articles.map((a) => (a.outlet ? rename(a.outlet) : undefined));
    const n = Math.min(perStory, options.articles - made);
    const story: CorpusArticle[] = [];
    const plant = r() < 0.3 ? Math.floor(r() * n) : -1;
    for (let k = 0; k < n; k++) {
      const from = k % base.length;
      const kind: Variant = k < base.length ? (base[from]!.length < 2_000 ? 'merged' : 'edited') : (['copy', 'rewrite', 'summary'] as const)[Math.floor(r() * 3)]!;
      let text = variantText(kind, base[from]!, base.filter((_, i) => i !== from), r);
      if (k === plant) text = seedDiscrepancy(text, r);
      const a: CorpusArticle = { id: `s${s + 1}-${k + 1}`, text, story: `s${s + 1}` };
      const outlet = k < base.length ? outlets[from] : `${pseudoName(r)} ${kind === 'summary' ? 'Brief' : 'News'}`;
      if (outlet) a.outlet = outlet;
      const published = src.articles[from]!.published;
      if (published) a.published = published;
      story.push(a);
    }
    stories.push(story);
    made += n;
  }
  const mix = options.mixStories ?? 10;
  const out: CorpusArticle[] = [];
  for (let b = 0; b < stories.length; b += mix) {
    const block = stories.slice(b, b + mix).flat();
    for (let i = block.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [block[i], block[j]] = [block[j]!, block[i]!];
    }
    out.push(...block);
  }
  return out;
}

/** One story of `copies` articles: the first source article, edited, then copied and lightly rewritten. */
export function generateCopies(sources: readonly SourceStory[], copies: number, seed = 7): CorpusArticle[] {
  const r = rng(seed);
  const src = sources[0]!;
  const rename = renamer(rng(seed * 31));
  const base = rename(src.articles[0]!.text);
  const out: CorpusArticle[] = [];
  for (let k = 0; k < copies; k++) {
    const kind: Variant = k === 0 ? 'edited' : r() < 0.7 ? 'copy' : 'rewrite';
    const a: CorpusArticle = { id: `copy-${k + 1}`, text: variantText(kind, base, [], r), story: 'copies', outlet: `${pseudoName(r)} News` };
    out.push(a);
  }
  return out;
}
