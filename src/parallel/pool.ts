import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { check } from '../check.js';
import type { CheckOptions } from '../schema/options.js';
import type { Report } from '../schema/report.js';
import type { CheckTask, WorkerMessage } from './check-worker.js';
import { claim, claimBoard, type ClaimBoard, type Deliver } from './claim.js';

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
function workerFile(): { filename: string; execArgv?: string[] } {
  const built = new URL('./check-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { filename: built.href, execArgv: [] };
  const source = new URL('./check-worker.ts', import.meta.url);
  // Inherited rather than copied when tsx is already loaded: Node drops process-wide flags (heap
  // size) from inherited ones, but refuses a worker given them explicitly.
  if (process.execArgv.some((a) => a.includes('tsx'))) return { filename: source.href };
  return { filename: source.href, execArgv: [...process.execArgv, '--import', 'tsx'] };
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
 * piscina can hand the task to a worker that has just come up, reports from workers are taken in
 * as they come, and an abort is seen. Returns how many stories this thread checked.
 */
async function checkHere(board: ClaimBoard, deliver: Deliver, signal: AbortSignal | undefined): Promise<number> {
  let checked = 0;
  for (let i = claim(board); i >= 0; i = claim(board), checked++) {
    signal?.throwIfAborted();
    deliver(i, check(board.stories[i]!, board.options));
    await nextTurn();
  }
  return checked;
}

/** Start `threads` worker threads (at least one). */
export function startWorkers(threads: number): StoryWorkers {
  const { filename, execArgv } = workerFile();
  const size = Math.max(1, threads);
  const pool = new Piscina({ filename, ...(execArgv ? { execArgv } : {}), minThreads: size, maxThreads: size, idleTimeout: 1_000 });
  return {
    async check(stories, options, run = {}) {
      run.signal?.throwIfAborted();
      const board = claimBoard(stories, options);
      const reports = new Array<Report>(stories.length);
      const deliver: Deliver = (index, report) => void (reports[index] = report);
      // Aborting also stops worker tasks that are no longer needed (this thread did every story).
      const stop = new AbortController();
      run.signal?.addEventListener('abort', () => stop.abort(run.signal!.reason), { once: true });
      const channels = Array.from({ length: size }, () => new MessageChannel());
      try {
        const remote = channels.map(({ port1, port2 }) => {
          // Messages on one port arrive in order, so `done` means every report of that worker is in.
          const done = new Promise<void>((resolve) =>
            port1.on('message', (m: WorkerMessage) => ('done' in m ? resolve() : deliver(m.index, m.report))),
          );
          const task: CheckTask = { ...board, port: port2 };
          const ran = pool.run(task, { signal: stop.signal, transferList: [port2] }) as Promise<number>;
          // Until every task settles, a rejection is only ours to report once, through Promise.all.
          ran.catch(() => undefined);
          return { ran, done };
        });
        if (run.alsoThisThread) {
          let here: number;
          try {
            here = await checkHere(board, deliver, run.signal);
          } catch (e) {
            stop.abort(e);
            throw e;
          }
          if (here === stories.length) {
            stop.abort();
            return reports;
          }
        }
        await Promise.all(remote.map((r) => r.ran));
        await Promise.all(remote.map((r) => r.done));
        return reports;
      } finally {
        for (const { port1 } of channels) port1.close();
      }
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
