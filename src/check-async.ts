import { alignStage, articleStage, ingestStage, provenanceStage, reportStage, rulesOf, type CheckRunOptions } from './check.js';
import { createRuleContext, runRule } from './rules/run.js';
import type { Discrepancy } from './schema/discrepancy.js';
import type { Report } from './schema/report.js';

/**
 * Give the event loop a turn. `check` runs in one piece, so a timer (and with it
 * `AbortSignal.timeout`) could only fire after it returned; a macrotask turn lets timers, I/O
 * and abort signals in between.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The asynchronous `check`: the same report byte for byte, but it gives the event loop a turn
 * between articles, between stages and between rules, so a server stays responsive and an
 * `AbortSignal.timeout(ms)` passed as `options.signal` stops a long check part-way (the promise
 * then rejects with the signal's reason). Never rejects on bad article text: a bad article
 * becomes an entry in `report.errors`.
 * @example
 * const report = await checkAsync(articles, { signal: AbortSignal.timeout(2_000) });
 */
export async function checkAsync(articles: readonly unknown[], options: CheckRunOptions = {}): Promise<Report> {
  const signal = options.signal;
  const pause = async (): Promise<void> => {
    signal?.throwIfAborted();
    await yieldToEventLoop();
    signal?.throwIfAborted();
  };
  signal?.throwIfAborted();
  const state = ingestStage(articles, options);
  for (const article of state.articles) {
    await pause();
    articleStage(state, article);
  }
  await pause();
  const story = alignStage(state, options);
  await pause();
  const inputs = provenanceStage(state, story);
  const context = createRuleContext(inputs);
  const discrepancies: Omit<Discrepancy, 'id'>[] = [];
  for (const rule of rulesOf(options)) {
    await pause();
    for (const f of runRule(rule, context, options, state.errors)) discrepancies.push(f);
  }
  await pause();
  return reportStage(state, inputs, discrepancies, options);
}
