import { check, type CheckRunOptions } from '../check.js';
import { defaultWorkers, startWorkers } from '../parallel/pool.js';
import type { Article } from '../schema/article.js';
import type { CheckOptions } from '../schema/options.js';
import type { Report } from '../schema/report.js';
import { groupStories, type GroupOptions, type StoryGroup } from './group-stories.js';

/** Options of `checkMany`: `check()`'s, plus grouping and worker threads. */
export interface CheckManyOptions extends CheckRunOptions {
  /** How articles are grouped into stories. */
  group?: GroupOptions;
  /**
   * Threads checking stories in large batches, this one included (it checks stories while
   * `workers - 1` worker threads do too); 0 or 1 checks on this thread only. Default: available
   * parallelism.
   */
  workers?: number;
  /**
   * Fewest articles for which worker threads are worth starting (a pool costs a few hundred
   * milliseconds). Default: 2,000.
   */
  parallelThreshold?: number;
}

/** One story of a mixed intake and its report. */
export interface StoryReport {
  story: StoryGroup;
  report: Report;
}

/** The result of `checkMany`: the stories found, and one report per story (naming its story in `stories`), in the same order. */
export interface CheckManyResult {
  stories: StoryGroup[];
  reports: Report[];
}

/** The part of the options that can travel to a worker thread (no functions, no signal). */
function serialisable(options: CheckManyOptions): CheckOptions {
  const { rules: _rules, signal: _signal, group: _group, workers: _workers, parallelThreshold: _threshold, ...rest } = options;
  return rest;
}

/** A story's report naming the story it covers (`report.stories`). */
export function withStory(report: Report, story: StoryGroup): Report {
  return { ...report, stories: [story] };
}

/**
 * Check a mixed intake: group the articles into stories, then check each story on its own. Large
 * batches are spread over worker threads (results are identical to a single-threaded run); small
 * ones, and runs with custom rules (functions cannot cross to a worker), stay on this thread.
 * @example
 * const { stories, reports } = await checkMany(todaysArticles);
 * stories.forEach((s, i) => console.log(s.id, s.articles.length, reports[i].discrepancies.length));
 */
export async function checkMany(articles: readonly Article[], options: CheckManyOptions = {}): Promise<CheckManyResult> {
  options.signal?.throwIfAborted();
  const threads = options.workers ?? defaultWorkers();
  const parallel = threads > 1 && articles.length >= (options.parallelThreshold ?? 2_000) && !options.rules?.length;
  // Started before grouping, so the workers load the pipeline while this thread groups.
  const workers = parallel ? startWorkers(threads - 1) : null;
  try {
    const { stories } = groupStories(articles, options.group);
    const byId = new Map(articles.map((a) => [a.id, a] as const));
    const inputs = stories.map((s) => s.articles.map((id) => byId.get(id)!));
    if (workers && stories.length > 1) {
      const reports = await workers.check(inputs, serialisable(options), { signal: options.signal, alsoThisThread: true });
      return { stories, reports: reports.map((r, i) => withStory(r, stories[i]!)) };
    }
    const { group: _group, workers: _workers, parallelThreshold: _threshold, ...checkOptions } = options;
    return { stories, reports: inputs.map((story, i) => withStory(check(story, checkOptions), stories[i]!)) };
  } finally {
    await workers?.destroy();
  }
}
