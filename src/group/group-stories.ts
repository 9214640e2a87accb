import { isStopword, stem, tokenize } from '../align/tokens.js';
import { foldText } from '../normalize/fold.js';

/** Options of story grouping. */
export interface GroupOptions {
  /** Terms kept per article as its signature (its highest TF-IDF content stems). Default: 24. */
  signatureTerms?: number;
  /** Terms kept per story as its profile. Default: 48. */
  profileTerms?: number;
  /** Lowest cosine similarity between an article's signature and a story's profile to join it. Default: 0.25. */
  threshold?: number;
  /**
   * A term that already leads this many open stories is skipped when looking for candidates: it
   * says little about which story an article belongs to, and following it would compare the
   * article with most of the intake. Default: 64.
   */
  maxStoriesPerTerm?: number;
}

/** One story: the articles that report the same event, and the terms that tell it apart. */
export interface StoryGroup {
  /** `s1`, `s2`, … in the order stories are first seen. */
  id: string;
  /** Article ids, in input order. */
  articles: string[];
  /** The story's leading terms (content stems), most telling first. */
  terms: string[];
}

/** The result of `groupStories`. */
export interface GroupResult {
  stories: StoryGroup[];
}

/** What grouping needs of an article. */
export interface GroupableArticle {
  id: string;
  text: string;
}

const DF_BITS = 20;
const DF_MASK = (1 << DF_BITS) - 1;

/** FNV-1a, 32 bit: the slot of a term in the hashed document-frequency table. */
function hashTerm(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & DF_MASK;
}

/**
 * Document frequencies in a fixed hashed table (4 MiB whatever the intake), so a stream of a
 * million articles with a million rare names does not grow memory. A collision only makes a term
 * look a little more common than it is.
 */
export class DocumentFrequencies {
  private readonly counts = new Uint32Array(1 << DF_BITS);
  /** Documents counted so far. */
  documents = 0;
  /** Count one document's distinct terms. */
  add(terms: Iterable<string>): void {
    this.documents++;
    for (const t of terms) this.counts[hashTerm(t)]!++;
  }
  /** Documents that hold a term (as far as the hashed table can tell). */
  count(term: string): number {
    return this.counts[hashTerm(term)]!;
  }
  /**
   * Smoothed inverse document frequency of a term, squared: two stories of the same kind (two
   * robberies, two court rulings) share many ordinary words and only a few names, and the square
   * lets the names decide.
   */
  idf(term: string): number {
    const idf = Math.log((this.documents + 1) / (this.counts[hashTerm(term)]! + 1)) + 1;
    return idf * idf;
  }
}

/** Term counts of an article's text: content stems of three letters or more that hold a letter. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // Not `contentStems`: its memo is for sentences, and whole articles would fill it.
  for (const t of tokenize(foldText(text).text)) {
    if (isStopword(t.word)) continue;
    const s = stem(t.word);
    if (s.length < 3 || !/\p{L}/u.test(s)) continue;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** A unit-length sparse vector: the `n` heaviest terms, ties broken by the term, so it is deterministic. */
function topTerms(weights: Map<string, number>, n: number): Map<string, number> {
  const top = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
  let norm = 0;
  for (const [, w] of top) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  return new Map(top.map(([t, w]) => [t, w / norm]));
}

/** An article's signature: its TF-IDF weights (sub-linear TF) over its heaviest terms, unit length. */
export function signatureOf(counts: Map<string, number>, df: DocumentFrequencies, size: number, minDocuments = 1): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [t, c] of counts) if (df.count(t) >= minDocuments) weights.set(t, (1 + Math.log(c)) * df.idf(t));
  return topTerms(weights, size);
}

interface OpenStory {
  index: number;
  id: string;
  articles: string[];
  /** Sum of the members' signatures (not normalised; the profile is). */
  sum: Map<string, number>;
  profile: Map<string, number>;
}

/**
 * Incremental story clustering: each article joins the open story whose profile is closest to
 * its signature (cosine, at least `threshold`), or opens a new one. Candidate stories come from an
 * inverted index over profile terms, so an article is compared with the few stories that share a
 * telling term, never with all of them. Deterministic: same articles in the same order, same stories.
 * Used by `groupStories` (all at once) and `checkStream` (stories close as the intake moves on).
 */
export class StoryClusterer {
  private readonly signatureTerms: number;
  private readonly profileTerms: number;
  private readonly threshold: number;
  private readonly maxStoriesPerTerm: number;
  private readonly minDocuments: number;
  private readonly tellingTerms: number;
  private readonly index = new Map<string, Set<OpenStory>>();
  private readonly open = new Map<string, OpenStory>();
  private created = 0;

  /**
   * @param minDocuments Fewest counted documents a term needs to enter a signature.
   * @param tellingTerms When above 0, an article only joins a story that holds one of the
   *   article's this-many heaviest signature terms; 0 lets any shared term count.
   */
  constructor(
    private readonly df: DocumentFrequencies,
    options: GroupOptions = {},
    minDocuments = 1,
    tellingTerms = 0,
  ) {
    this.tellingTerms = tellingTerms;
    this.signatureTerms = options.signatureTerms ?? 24;
    this.profileTerms = options.profileTerms ?? 48;
    this.threshold = options.threshold ?? 0.25;
    this.maxStoriesPerTerm = options.maxStoriesPerTerm ?? 64;
    this.minDocuments = minDocuments;
  }

  /**
   * Place an article (its term counts) in a story; returns the story id. `minDocuments` overrides
   * the clusterer's for this article: a stream that has counted articles ahead of this one can
   * leave out terms no other article holds, as the batch does.
   */
  add(id: string, counts: Map<string, number>, minDocuments = this.minDocuments): string {
    const signature = signatureOf(counts, this.df, this.signatureTerms, minDocuments);
    const dots = new Map<OpenStory, number>();
    const telling = this.tellingTerms > 0 ? new Set<OpenStory>() : null;
    let rank = 0;
    for (const [t, w] of signature) {
      const stories = this.index.get(t);
      rank++;
      if (!stories || stories.size > this.maxStoriesPerTerm) continue;
      for (const s of stories) {
        dots.set(s, (dots.get(s) ?? 0) + w * s.profile.get(t)!);
        if (telling !== null && rank <= this.tellingTerms) telling.add(s);
      }
    }
    let best: OpenStory | null = null;
    let bestScore = this.threshold;
    for (const [s, score] of dots) {
      if (telling !== null && !telling.has(s)) continue;
      if (score > bestScore || (score === bestScore && best !== null && s.index < best.index)) {
        best = s;
        bestScore = score;
      }
    }
    if (best === null) {
      this.created++;
      best = { index: this.created, id: `s${this.created}`, articles: [], sum: new Map(), profile: new Map() };
      this.open.set(best.id, best);
    }
    best.articles.push(id);
    for (const [t, w] of signature) best.sum.set(t, (best.sum.get(t) ?? 0) + w);
    this.reindex(best, topTerms(best.sum, this.profileTerms));
    // The running sum only needs the terms that can still reach the profile: keep it bounded.
    if (best.sum.size > this.profileTerms * 4) best.sum = new Map([...best.sum].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, this.profileTerms * 2));
    return best.id;
  }

  private reindex(story: OpenStory, profile: Map<string, number>): void {
    for (const t of story.profile.keys()) if (!profile.has(t)) this.unindex(t, story);
    for (const t of profile.keys()) {
      let set = this.index.get(t);
      if (!set) this.index.set(t, (set = new Set()));
      set.add(story);
    }
    story.profile = profile;
  }

  private unindex(term: string, story: OpenStory): void {
    const set = this.index.get(term);
    if (!set) return;
    set.delete(story);
    if (set.size === 0) this.index.delete(term);
  }

  /** Close a story: it takes no more articles and leaves the index. */
  close(id: string): StoryGroup | null {
    const story = this.open.get(id);
    if (!story) return null;
    this.open.delete(id);
    for (const t of story.profile.keys()) this.unindex(t, story);
    return { id: story.id, articles: story.articles, terms: [...story.profile.keys()].slice(0, 8) };
  }

  /** Ids of the open stories, oldest first. */
  openStories(): string[] {
    return [...this.open.keys()];
  }
}

/**
 * Split a mixed intake into stories. Document frequencies are counted over the whole input first,
 * so a name that appears in one story only weighs more than a word every story uses.
 * @example groupStories(articles).stories.map((s) => s.articles)
 */
export function groupStories(articles: readonly GroupableArticle[], options: GroupOptions = {}): GroupResult {
  const df = new DocumentFrequencies();
  const counts = articles.map((a) => termCounts(a.text));
  for (const c of counts) df.add(c.keys());
  // With the whole intake counted, a term in one article only can link it to nothing: leave it out
  // of signatures, or its weight (the highest of all) drowns the terms a story shares.
  const clusterer = new StoryClusterer(df, options, 2);
  articles.forEach((a, i) => clusterer.add(a.id, counts[i]!));
  const stories = clusterer.openStories().map((id) => clusterer.close(id)!);
  return { stories };
}
