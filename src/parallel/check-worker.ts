/**
 * The piscina worker: checks a batch of stories with the same pipeline as the main thread. Its
 * own tsup entry (dist/check-worker.js), so the main bundle never loads it.
 */
import { check } from '../check.js';
import type { CheckOptions } from '../schema/options.js';
import type { Report } from '../schema/report.js';

/** One task: stories (each a list of articles) and the serialisable check options. */
export interface CheckTask {
  stories: unknown[][];
  options: CheckOptions;
}

/** Check every story of the task, in order. */
export default function checkTask(task: CheckTask): Report[] {
  return task.stories.map((articles) => check(articles, task.options));
}
