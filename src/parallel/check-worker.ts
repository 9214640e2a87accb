/**
 * The piscina worker: claims and checks stories with the same pipeline as the main thread. Its
 * own tsup entry (dist/check-worker.js), so the main bundle never loads it.
 */
import { checkClaimed, type ClaimBoard, type ClaimedReports } from './claim.js';

/** One task: the shared claim board; every worker of a run gets the same one. */
export type CheckTask = ClaimBoard;

/** Check stories claimed from the board until none is left. */
export default function checkTask(task: CheckTask): ClaimedReports {
  return checkClaimed(task);
}
