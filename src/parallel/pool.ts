import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { check } from '../check.js';
import type { CheckOptions } from '../schema/options.js';
import type { Report } from '../schema/report.js';
import type { CheckTask } from './check-worker.js';
import { claim, claimBoard, type ClaimBoard, type ClaimedReports } from './claim.js';

/** Options of `checkStoriesInWorkers`. */
export interface WorkerOptions {
  /** Worker threads. Default: the machine's available parallelism. */
  workers?: number;
  /**
   * Ignored: threads now claim one story at a time from a shared counter, which balances better
   * than fixed batches and costs one atomic add per story.
   * @deprecated
   */
  taskArticles?: number;
  /** Stops dispatching; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Check stories on this thread too while the workers run. Saves a thread's start-up and JIT
   * warm-up, and on a machine with as many cores as workers this thread would otherwise sit
   * idle. Default: false.
   */
  alsoThisThread?: boolean;
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

/** Worker threads started ahead of the stories, so their start-up overlaps work on this thread. */
export interface StoryWorkers {
  /** Check the stories on the workers (and this thread, if asked); reports in story order. */
  check(stories: readonly (readonly unknown[])[], options: CheckOptions, run?: Pick<WorkerOptions, 'signal' | 'alsoThisThread'>): Promise<Report[]>;
  /** Stop the threads. */
  destroy(): Promise<void>;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * This thread's share: claim and check until nothing is left, yielding after each story so that
 * piscina can hand the task to a worker that has just come up, and so an abort is seen.
 */
async function checkHere(board: ClaimBoard, signal: AbortSignal | undefined): Promise<ClaimedReports> {
  const out: ClaimedReports = { indices: [], reports: [] };
  for (let i = claim(board); i >= 0; i = claim(board)) {
    signal?.throwIfAborted();
    out.indices.push(i);
    out.reports.push(check(board.stories[i]!, board.options));
    await nextTurn();
  }
  return out;
}

/** Start `threads` worker threads (at least one). */
export function startWorkers(threads: number): StoryWorkers {
  const { filename, execArgv } = workerFile();
  const size = Math.max(1, threads);
  const pool = new Piscina({ filename, execArgv, minThreads: size, maxThreads: size, idleTimeout: 1_000 });
  return {
    async check(stories, options, run = {}) {
      run.signal?.throwIfAborted();
      const board = claimBoard(stories, options);
      const task: CheckTask = board;
      // Aborting also stops worker tasks that are no longer needed (this thread did every story).
      const stop = new AbortController();
      const signal = stop.signal;
      run.signal?.addEventListener('abort', () => stop.abort(run.signal!.reason), { once: true });
      const remote = Array.from({ length: size }, () => pool.run(task, { signal }) as Promise<ClaimedReports>);
      // Until every task settles, a rejection is only ours to report once, through Promise.all.
      for (const r of remote) r.catch(() => undefined);
      const reports = new Array<Report>(stories.length);
      const place = ({ indices, reports: got }: ClaimedReports): void => indices.forEach((i, k) => (reports[i] = got[k]!));
      if (run.alsoThisThread) {
        let here: ClaimedReports;
        try {
          here = await checkHere(board, run.signal);
        } catch (e) {
          stop.abort(e);
          throw e;
        }
        place(here);
        if (here.indices.length === stories.length) {
          stop.abort();
          return reports;
        }
      }
      (await Promise.all(remote)).forEach(place);
      return reports;
    },
    destroy: () => pool.destroy(),
  };
}

/**
 * Check stories on worker threads. Threads claim stories one at a time, costliest first, and the
 * reports come back in story order, identical to checking them one by one on this thread (the
 * pipeline is deterministic and reports are plain data).
 */
export async function checkStoriesInWorkers(stories: readonly (readonly unknown[])[], options: CheckOptions, workerOptions: WorkerOptions = {}): Promise<Report[]> {
  workerOptions.signal?.throwIfAborted();
  const workers = startWorkers(workerOptions.workers ?? defaultWorkers());
  try {
    return await workers.check(stories, options, workerOptions);
  } finally {
    await workers.destroy();
  }
}
