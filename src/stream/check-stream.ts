import { check, type CheckRunOptions } from '../check.js';
import { DocumentFrequencies, StoryClusterer, termCounts, type GroupOptions } from '../group/group-stories.js';
import type { StoryReport } from '../group/check-many.js';
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
}

/**
 * Check an endless intake: articles are grouped into stories as they arrive, and each story's
 * report is yielded as soon as the story closes (see `idleArticles`) or the input ends. Only the
 * open stories' articles are held, so memory follows the open stories, not the whole intake.
 * Document frequencies are counted as the intake goes, in a fixed-size table.
 * @example
 * for await (const { story, report } of checkStream(readArticles())) publish(story.id, report);
 */
export async function* checkStream(articles: AsyncIterable<Article> | Iterable<Article>, options: CheckStreamOptions = {}): AsyncGenerator<StoryReport> {
  const idle = Math.max(1, options.idleArticles ?? 500);
  const { group, idleArticles: _idle, ...checkOptions } = options;
  const df = new DocumentFrequencies();
  const clusterer = new StoryClusterer(df, group);
  // Open stories by last activity: a Map keeps insertion order, and a story is re-inserted when it
  // grows, so the stalest story is always first.
  const open = new Map<string, { articles: Article[]; last: number }>();
  let seen = 0;
  const close = (id: string): StoryReport => {
    const members = open.get(id)!.articles;
    open.delete(id);
    const story = clusterer.close(id)!;
    return { story, report: check(members, checkOptions) };
  };
  for await (const article of articles) {
    options.signal?.throwIfAborted();
    const counts = termCounts(article.text);
    df.add(counts.keys());
    const id = clusterer.add(article.id, counts);
    const entry = open.get(id) ?? { articles: [], last: 0 };
    open.delete(id);
    entry.articles.push(article);
    entry.last = seen;
    open.set(id, entry);
    seen++;
    for (const [sid, s] of open) {
      if (seen - s.last <= idle) break;
      yield close(sid);
    }
  }
  for (const sid of clusterer.openStories()) yield close(sid);
}
