/**
 * The piscina worker: claims and checks stories with the same pipeline as the main thread. Its
 * own tsup entry (dist/check-worker.js), so the main bundle never loads it.
 */
import type { MessagePort } from 'node:worker_threads';
import type { Report } from '../schema/report.js';
import { checkClaimed, type ClaimBoard } from './claim.js';

/** One task: the shared claim board (every worker of a run gets the same one) and a port for reports. */
export interface CheckTask extends ClaimBoard {
  port: MessagePort;
}

/** A message on the task's port: one report, or the end of this worker's reports. */
export type WorkerMessage = { index: number; report: Report } | { done: number };

/**
 * Check stories claimed from the board until none is left. Each report goes out on the port as
 * soon as it is made, so the main thread takes it in (deserialises it) while it is still checking
 * stories itself, rather than all at once at the end; `done` comes last on the same port.
 */
export default function checkTask(task: CheckTask): number {
  const post = (message: WorkerMessage): void => task.port.postMessage(message);
  const checked = checkClaimed(task, (index, report) => post({ index, report }));
  post({ done: checked });
  return checked;
}
