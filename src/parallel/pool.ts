import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { CheckOptions } from '../schema/options.js';
import type { Report } from '../schema/report.js';
import type { CheckTask } from './check-worker.js';

/** Options of `checkStoriesInWorkers`. */
export interface WorkerOptions {
  /** Worker threads. Default: the machine's available parallelism. */
  workers?: number;
  /** Articles per task sent to a worker: fewer means better balance, more means less messaging. Default: 200. */
  taskArticles?: number;
  /** Stops dispatching; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * The worker module: the built `check-worker.js` beside this bundle, or, when running from the
 * TypeScript sources (tests, `tsx`), the `.ts` file loaded through tsx.
 */
function workerFile(): { filename: string; execArgv: string[] } {
  const built = new URL('./check-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { filename: built.href, execArgv: [] };
  const source = new URL('./check-worker.ts', import.meta.url);
  const hasTsx = process.execArgv.some((a) => a.includes('tsx'));
  return { filename: source.href, execArgv: hasTsx ? [...process.execArgv] : [...process.execArgv, '--import', 'tsx'] };
}

/** Default number of worker threads for this machine. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Check stories on worker threads. Stories are batched into tasks of about `taskArticles`
 * articles and the reports come back in story order, identical to checking them one by one on
 * this thread (the pipeline is deterministic and reports are plain data).
 */
export async function checkStoriesInWorkers(stories: readonly (readonly unknown[])[], options: CheckOptions, workerOptions: WorkerOptions = {}): Promise<Report[]> {
  const { filename, execArgv } = workerFile();
  const threads = Math.max(1, workerOptions.workers ?? defaultWorkers());
  const pool = new Piscina({ filename, execArgv, minThreads: threads, maxThreads: threads, idleTimeout: 1_000 });
  const perTask = workerOptions.taskArticles ?? 200;
  const tasks: { first: number; task: CheckTask }[] = [];
  let current: CheckTask = { stories: [], options };
  let first = 0;
  let size = 0;
  stories.forEach((story, i) => {
    if (size > 0 && size + story.length > perTask) {
      tasks.push({ first, task: current });
      current = { stories: [], options };
      first = i;
      size = 0;
    }
    current.stories.push([...story]);
    size += story.length;
  });
  if (current.stories.length > 0) tasks.push({ first, task: current });
  try {
    const results = await Promise.all(
      tasks.map(({ task }) => pool.run(task, workerOptions.signal ? { signal: workerOptions.signal } : {}) as Promise<Report[]>),
    );
    return results.flat();
  } finally {
    await pool.destroy();
  }
}
