/**
 * Workers vs one thread through checkMany, back to back on the same generated corpus — a quick
 * check for the worker path, shorter than `npm run bench`:
 *   npx tsx bench/workers.ts [articles=5000] [threads=2] [rounds=2]
 * Both runs include grouping, as a caller of checkMany pays it. Wall times mean little while other
 * processes share the cores, so the CPU time of the whole process (all threads: workers, V8's
 * compiler and GC helpers) is printed too: on an otherwise idle machine, the threaded run cannot
 * take less than half of it on 2 cores. Both runs' reports are kept to compare them, so from a few
 * tens of thousands of articles a large live heap slows both runs; `npm run bench` measures the
 * largest size without keeping reports.
 */
import { performance } from 'node:perf_hooks';
import { check } from '../src/check.js';
import { checkMany } from '../src/group/check-many.js';
import { generateCorpus, loadSources } from './corpus.js';

const n = Number(process.argv[2] ?? 5000);
const threads = Number(process.argv[3] ?? 2);
const rounds = Number(process.argv[4] ?? 2);
const sources = loadSources();
const articles = generateCorpus(sources, { articles: n, seed: 1 }).map(({ story: _story, ...a }) => a);

// Warm this thread as the bench does, so the single-thread figure is not charged for JIT warm-up.
for (const s of sources) check(s.articles);

for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const single = await checkMany(articles, { workers: 0 });
  const singleMs = performance.now() - t0;
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  const threaded = await checkMany(articles, { workers: threads });
  const workerMs = performance.now() - t1;
  const c2 = process.cpuUsage();
  const cpu = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage): number => (b.user + b.system - a.user - a.system) / 1e6;
  // Story by story: at 50,000 articles the reports as one JSON string pass V8's string limit.
  const identical = JSON.stringify(threaded.stories) === JSON.stringify(single.stories) && single.reports.every((r, i) => JSON.stringify(r) === JSON.stringify(threaded.reports[i]));
  console.log(`${n} articles, ${single.stories.length} stories: single ${(singleMs / 1000).toFixed(1)} s, ${threads} workers ${(workerMs / 1000).toFixed(1)} s = ${(singleMs / workerMs).toFixed(2)}× (identical: ${identical}); CPU ${cpu(c0, c1).toFixed(1)} s vs ${cpu(c1, c2).toFixed(1)} s`);
}
