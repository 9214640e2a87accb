import { check, type CheckRunOptions } from '../check.js';
import { DocumentFrequencies, StoryClusterer, termCounts, type GroupOptions } from '../group/group-stories.js';
import { withStory, type StoryReport } from '../group/check-many.js';
import type { Article } from '../schema/article.js';

/** Options of `checkStream`: `check()`'s, plus grouping and when a story closes. */
export interface CheckStreamOptions extends CheckRunOptions {
  /** How articles are grouped into stories. */
  group?: GroupOptions;
  /**
   * A story closes, and its report is yielded, once this many articles have arrived without a new
   * member. Larger keeps late copies in their story; smaller keeps less in memory. Default: 500.
   */
  idleArticles?: number;
  /**
   * Articles read (and counted) before the first one is placed in a story. Word counts over a few
   * dozen articles cannot tell a story's names from the ordinary words of its kind, so two
   * robberies or two court rulings would open as one story, and that story, its profile made of
   * ordinary words only, would go on taking every later story of the kind. Costs this many
   * articles of memory and of delay, once, at the start. Default: 1,000.
   */
  warmUpArticles?: number;
}

/**
 * During the warm-up the counts run ahead of the article being placed, as in `groupStories`: a
 * term no other counted article holds can link the article to nothing and would only drown the
 * terms it shares with its story.
 */
const WARM_MIN_DOCUMENTS = 2;
/**
 * An article joins a story only if one of its few most telling terms is among the story's. A
 * stream cannot revisit a wrong join, and a story that took an article of another story of the
 * same kind keeps the words the two share and loses their names; with each such join it looks
 * more like every story of the kind, and it would end up taking them all.
 */
const TELLING_TERMS = 4;

interface Pending {
  article: Article;
  counts: Map<string, number>;
}

/**
 * Check an endless intake: articles are grouped into stories as they arrive, and each story's
 * report is yielded as soon as the story closes (see `idleArticles`) or the input ends. Only the
 * open stories' articles (and, at the start, the warm-up's) are held, so memory follows the open
 * stories, not the whole intake. Document frequencies are counted as the intake goes, in a
 * fixed-size table.
 * @example
 * for await (const { story, report } of checkStream(readArticles())) publish(story.id, report);
 */
export async function* checkStream(articles: AsyncIterable<Article> | Iterable<Article>, options: CheckStreamOptions = {}): AsyncGenerator<StoryReport> {
  const idle = Math.max(1, options.idleArticles ?? 500);
  const warmUp = Math.max(0, options.warmUpArticles ?? 1_000);
  const { group, idleArticles: _idle, warmUpArticles: _warmUp, ...checkOptions } = options;
  const df = new DocumentFrequencies();
  const clusterer = new StoryClusterer(df, group, 1, TELLING_TERMS);
  // Open stories by last activity: a Map keeps insertion order, and a story is re-inserted when it
  // grows, so the stalest story is always first.
  const open = new Map<string, { articles: Article[]; last: number }>();
  let placed = 0;
  const close = (id: string): StoryReport => {
    const members = open.get(id)!.articles;
    open.delete(id);
    const story = clusterer.close(id)!;
    return { story, report: withStory(check(members, checkOptions), story) };
  };
  function* place({ article, counts }: Pending, minDocuments: number): Generator<StoryReport> {
    const id = clusterer.add(article.id, counts, minDocuments);
    const entry = open.get(id) ?? { articles: [], last: 0 };
    open.delete(id);
    entry.articles.push(article);
    entry.last = placed;
    open.set(id, entry);
    placed++;
    for (const [sid, s] of open) {
      if (placed - s.last <= idle) break;
      yield close(sid);
    }
  }
  let warming: Pending[] | null = warmUp > 0 ? [] : null;
  for await (const article of articles) {
    options.signal?.throwIfAborted();
    const counts = termCounts(article.text);
    df.add(counts.keys());
    if (warming === null) {
      yield* place({ article, counts }, 1);
      continue;
    }
    warming.push({ article, counts });
    if (warming.length < warmUp) continue;
    const ready = warming;
    warming = null;
    for (const p of ready.splice(0)) yield* place(p, WARM_MIN_DOCUMENTS);
  }
  if (warming !== null) for (const p of warming.splice(0)) yield* place(p, WARM_MIN_DOCUMENTS);
  for (const sid of clusterer.openStories()) yield close(sid);
}
