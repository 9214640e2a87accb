/**
 * Stories shared out between threads by claiming: every thread takes the next story of a common
 * order from a shared counter, so a thread that drew short stories simply takes more, and no
 * thread waits on a fixed share. No piscina here: the worker bundle carries this file.
 */
import { check } from '../check.js';
import type { CheckOptions } from '../schema/options.js';
import type { Report } from '../schema/report.js';

/** What every claiming thread shares: the stories, the claim order and the counter. */
export interface ClaimBoard {
  stories: readonly (readonly unknown[])[];
  /** Story indices, costliest first: a long story drawn last would leave the other threads idle. */
  order: readonly number[];
  /** One Int32 on a SharedArrayBuffer: the next position in `order` to claim. */
  next: Int32Array;
  options: CheckOptions;
}

/** Receives each report as soon as it is made, with the index of its story. */
export type Deliver = (index: number, report: Report) => void;

/** Roughly what checking a story costs: its text, weighed by the articles it is compared with. */
function storyCost(story: readonly unknown[]): number {
  let chars = 0;
  for (const a of story) {
    const text = typeof a === 'object' && a !== null ? (a as { text?: unknown }).text : undefined;
    chars += typeof text === 'string' ? text.length : 0;
  }
  return chars * story.length;
}

/** Story indices sorted costliest first; ties keep input order so the order is deterministic. */
export function claimOrder(stories: readonly (readonly unknown[])[]): number[] {
  const cost = stories.map(storyCost);
  return stories.map((_, i) => i).sort((a, b) => cost[b]! - cost[a]! || a - b);
}

/** A fresh board: nothing claimed yet. */
export function claimBoard(stories: readonly (readonly unknown[])[], options: CheckOptions): ClaimBoard {
  return { stories, order: claimOrder(stories), next: new Int32Array(new SharedArrayBuffer(4)), options };
}

/** The next story index for this thread, or -1 when every story is taken. */
export function claim(board: ClaimBoard): number {
  const at = Atomics.add(board.next, 0, 1);
  return at < board.order.length ? board.order[at]! : -1;
}

/**
 * Claim and check stories until none is left, handing over each report at once (the worker side;
 * it never needs to yield). Returns how many stories this thread checked.
 */
export function checkClaimed(board: ClaimBoard, deliver: Deliver): number {
  let checked = 0;
  for (let i = claim(board); i >= 0; i = claim(board), checked++) deliver(i, check(board.stories[i]!, board.options));
  return checked;
}
