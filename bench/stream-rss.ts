/** Child process of the benchmark: N generated articles through checkStream; prints time, CPU time, largest story and peak RSS as JSON. */
import { performance } from 'node:perf_hooks';
import { checkStream } from '../src/stream/check-stream.js';
import { generateCorpus, loadSources } from './corpus.js';

const n = Number(process.argv[2] ?? 1000);
async function* intake(): AsyncGenerator<{ id: string; text: string; outlet?: string; published?: string }> {
  // Generated in slices, as an intake would arrive, so the corpus itself is never all in memory.
  const sources = loadSources();
  const slice = 5_000;
  for (let from = 0; from < n; from += slice) {
    const part = generateCorpus(sources, { articles: Math.min(slice, n - from), seed: 1 + from });
    for (const { story: _story, ...a } of part) yield { ...a, id: `${from}-${a.id}` };
  }
}
const t = performance.now();
let stories = 0;
let findings = 0;
// The largest story tells a merge of unrelated stories at once: checking a story costs more than
// linearly in its size. CPU time is steadier than wall time on a shared machine.
let largestStory = 0;
for await (const { story, report } of checkStream(intake(), { claims: false })) {
  stories++;
  findings += report.discrepancies.length;
  largestStory = Math.max(largestStory, story.articles.length);
}
const usage = process.resourceUsage();
console.log(JSON.stringify({ articles: n, stories, largestStory, findings, ms: performance.now() - t, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMiB: usage.maxRSS / 1024 }));
