/**
 * Group a generated corpus and check every story with per-stage timers; prints articles/s and the
 * stage times. Meant to run under a profiler:
 *   node --import tsx --cpu-prof --cpu-prof-dir=.tmp/prof bench/profile.ts [articles=2000]
 */
import { performance } from 'node:perf_hooks';
import { groupStories } from '../src/group/group-stories.js';
import { generateCorpus, loadSources } from './corpus.js';
import { checkTimed, emptyTimes } from './stages.js';

const n = Number(process.argv[2] ?? 2000);
const articles = generateCorpus(loadSources(), { articles: n, seed: 1 });
const t0 = performance.now();
const { stories } = groupStories(articles);
const groupMs = performance.now() - t0;
const byId = new Map(articles.map((a) => [a.id, a] as const));
const times = emptyTimes();
for (const s of stories) checkTimed(s.articles.map((id) => byId.get(id)!), times);
const ms = performance.now() - t0;
const stages = Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
console.log(`${n} articles, ${stories.length} stories: ${ms.toFixed(0)} ms, ${((n / ms) * 1000).toFixed(1)} articles/s; group ${groupMs.toFixed(0)}, ${stages} (ms)`);
