/**
 * crosscheck benchmark: `npm run bench` (full: 500, 5,000 and 50,000 articles) or
 * `npm run bench -- --quick` (smaller sizes); `--sizes a,b`, `--copies N`, `--pathological NxCHARS` set them.
 * Everything is measured in one run on the same generated corpora (bench/corpus.ts). A full run
 * writes bench/results.json; a quick or custom one bench/results-quick.json or results-custom.json.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { alignClaims } from '../src/align/align.js';
import { extractClaims } from '../src/extract/index.js';
import { linkEntities } from '../src/extract/entities.js';
import { extractQuotes } from '../src/extract/quotes.js';
import { groupStories } from '../src/group/group-stories.js';
import { normalizeArticle } from '../src/normalize/index.js';
import { startWorkers } from '../src/parallel/pool.js';
import type { Article } from '../src/schema/article.js';
import type { Report } from '../src/schema/report.js';
import { check } from '../src/check.js';
import { generateCopies, generateCorpus, loadSources, type CorpusArticle } from './corpus.js';
import { naiveAlignGroups } from './naive-align.js';
import { checkTimed, emptyTimes, STAGES, type StageTimes } from './stages.js';
import type { PathologicalResult } from './pathological.js';

const quick = process.argv.includes('--quick');
/** `--sizes 500,5000` and `--copies 200` override the defaults, for a run that fits a time budget. */
function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const sizes = flag('--sizes')?.split(',').map(Number) ?? (quick ? [100, 500, 1_000] : [500, 5_000, 50_000]);
const copies = Number(flag('--copies') ?? (quick ? 100 : 500));
/** `--pathological 200x100000`: articles × characters of the story where every article quotes the others. */
const [pathoArticles, pathoChars] = (flag('--pathological') ?? (quick ? '40x100000' : '200x100000')).split('x').map(Number) as [number, number];
/**
 * The time bound crosscheck promises for the pathological story, in seconds per megabyte of text on
 * the reference machine (2 cores, see README "Limits and errors"): 200 articles of 100 KB = 20 MB
 * must finish within 300 s. Caps on every rule's candidate lists keep the cost near-linear in the
 * story's size, so the bound scales with the text.
 */
const PATHOLOGICAL_SECONDS_PER_MB = 15;
const workers = availableParallelism();
const sources = loadSources();

const strip = ({ story: _story, ...a }: CorpusArticle): Article => a;
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

interface SizeResult {
  articles: number;
  stories: number;
  meanChars: number;
  groupMs: number;
  stageMs: StageTimes;
  totalMs: number;
  articlesPerSecond: number;
}

function stories(corpus: readonly CorpusArticle[]): { ids: string[][]; inputs: Article[][]; groupMs: number } {
  const t = performance.now();
  const { stories: groups } = groupStories(corpus);
  const groupMs = performance.now() - t;
  const byId = new Map(corpus.map((a) => [a.id, strip(a)] as const));
  return { ids: groups.map((g) => g.articles), inputs: groups.map((g) => g.articles.map((id) => byId.get(id)!)), groupMs };
}

/** A report's fingerprint: the bench keeps these, not the reports (50,000 articles' reports fill a 4 GB heap). */
const digest = (r: Report): string => createHash('sha256').update(JSON.stringify(r)).digest('hex');

function runSize(n: number): { result: SizeResult; inputs: Article[][]; digests: string[] } {
  const corpus = generateCorpus(sources, { articles: n });
  const { inputs, groupMs } = stories(corpus);
  const times = emptyTimes();
  const digests: string[] = [];
  let checkMs = 0;
  for (const story of inputs) {
    const t = performance.now();
    const report = checkTimed(story, times);
    checkMs += performance.now() - t;
    // outside the timer, and the report is dropped at once: holding every report would charge the
    // largest size for garbage collection over gigabytes a caller streaming results never keeps
    digests.push(digest(report));
  }
  const totalMs = groupMs + checkMs;
  const result: SizeResult = {
    articles: n,
    stories: inputs.length,
    meanChars: Math.round(corpus.reduce((s, a) => s + a.text.length, 0) / n),
    groupMs: round(groupMs, 0),
    stageMs: Object.fromEntries(STAGES.map((s) => [s, round(times[s], 0)])) as StageTimes,
    totalMs: round(totalMs, 0),
    articlesPerSecond: round((n / totalMs) * 1000, 1),
  };
  return { result, inputs, digests };
}

// Warm up the JIT and the caches that every run would have (stems, wink model) on a small corpus.
for (const s of stories(generateCorpus(sources, { articles: 100, seed: 99 })).inputs) check(s);

// The timed pipeline must be the pipeline: same bytes as check().
{
  const sample = stories(generateCorpus(sources, { articles: 50, seed: 5 })).inputs;
  for (const s of sample) {
    if (JSON.stringify(checkTimed(s, emptyTimes())) !== JSON.stringify(check(s))) throw new Error('bench/stages.ts drifted from check()');
  }
}

const results: SizeResult[] = [];
let largest: { inputs: Article[][]; digests: string[]; ms: number } | null = null;
for (const n of sizes) {
  const { result, inputs, digests } = runSize(n);
  results.push(result);
  console.error(`  ${n} articles: ${result.articlesPerSecond} articles/s`);
  if (n === sizes[sizes.length - 1]) largest = { inputs, digests, ms: result.totalMs - result.groupMs };
}
const first = results[0]!;
const last = results[results.length - 1]!;
const exponent = Math.log(last.totalMs / first.totalMs) / Math.log(last.articles / first.articles);

// Threads vs one on the largest corpus (the single-thread time is the run above). As checkMany
// does: this thread checks stories too, beside `workers - 1` worker threads.
// Stories go to the threads in slices, each slice's reports fingerprinted and dropped, for the
// same reason as above; a slice is large enough that its tail, where one thread waits, is short.
const SLICE = 2_000;
const pool = startWorkers(Math.max(1, workers - 1));
const threadedDigests: string[] = [];
let workerMs = 0;
for (let from = 0; from < largest!.inputs.length; from += SLICE) {
  const tw = performance.now();
  const reports = await pool.check(largest!.inputs.slice(from, from + SLICE), {}, { alsoThisThread: true });
  workerMs += performance.now() - tw;
  for (const r of reports) threadedDigests.push(digest(r));
}
await pool.destroy();
const identical = threadedDigests.length === largest!.digests.length && largest!.digests.every((d, i) => d === threadedDigests[i]);
largest = null;

// One story of many copies: whole check, and blocked vs all-pairs alignment on its claims.
const copyStory = generateCopies(sources, copies).map(strip);
const copyTimes = emptyTimes();
const tc = performance.now();
checkTimed(copyStory, copyTimes);
const copyMs = performance.now() - tc;
const docs = copyStory.map((a) => normalizeArticle(a as Parameters<typeof normalizeArticle>[0]));
const claims = linkEntities(docs, docs.flatMap((d) => extractClaims(d))).claims;
const tb = performance.now();
const blocked = alignClaims(claims);
const blockedMs = performance.now() - tb;
const tn = performance.now();
const naive = naiveAlignGroups(claims);
const naiveMs = performance.now() - tn;
const blockedGroups = blocked.map((a) => [...a.claims].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
const sameGroups = JSON.stringify(blockedGroups) === JSON.stringify(naive);

// Quote extraction: crosscheck (normalize + quotes) vs compromise's quotations(), same articles.
const quoteArticles = generateCorpus(sources, { articles: quick ? 200 : 1_000, seed: 3 }).map(strip);
const tq = performance.now();
let ours = 0;
for (const a of quoteArticles) ours += extractQuotes(normalizeArticle(a as Parameters<typeof normalizeArticle>[0])).length;
const oursMs = performance.now() - tq;
const tcq = performance.now();
let theirs = 0;
for (const a of quoteArticles) theirs += nlp(a.text).quotations().length;
const compromiseMs = performance.now() - tcq;

// The time bound: one story of large articles, all quoting and crediting each other.
// In a process of its own, like the stream below: a fresh heap, as a caller checking one such story has.
const pathoChild = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./pathological.ts', import.meta.url)), String(pathoArticles), String(pathoChars), '--json'], {
  encoding: 'utf8',
  maxBuffer: 1 << 20,
});
const patho = JSON.parse(pathoChild.stdout.trim().split('\n').pop() || 'null') as PathologicalResult | null;
if (!patho) throw new Error(`bench/pathological.ts failed: ${pathoChild.stderr.slice(-500)}`);
const pathoMB = (pathoArticles * pathoChars) / 1e6;
const pathoBoundS = round(PATHOLOGICAL_SECONDS_PER_MB * pathoMB, 0);

// Peak RSS through checkStream, in a child process of its own so nothing else counts.
const streamN = last.articles;
const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./stream-rss.ts', import.meta.url)), String(streamN)], {
  encoding: 'utf8',
  maxBuffer: 1 << 20,
});
const streamLine = child.stdout.trim().split('\n').pop() ?? '{}';
const stream = JSON.parse(streamLine.startsWith('{') ? streamLine : '{}') as { articles?: number; stories?: number; ms?: number; maxRssMiB?: number };

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: availableParallelism(),
  memoryGiB: round(totalmem() / 2 ** 30, 1),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  date: new Date().toISOString(),
};
const out = {
  machine,
  mode: quick ? 'quick' : flag('--sizes') || flag('--copies') || flag('--pathological') ? 'custom' : 'full',
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  sizes: results,
  growthExponent: round(exponent, 3),
  copies: { articles: copies, ms: round(copyMs, 0), stageMs: Object.fromEntries(STAGES.map((s) => [s, round(copyTimes[s], 0)])) },
  alignment: { claims: claims.length, blockedMs: round(blockedMs, 1), allPairsMs: round(naiveMs, 1), ratio: round(naiveMs / blockedMs, 1), sameGroups },
  quotes: { articles: quoteArticles.length, crosscheckMs: round(oursMs, 0), compromiseMs: round(compromiseMs, 0), ratio: round(compromiseMs / oursMs, 2), crosscheckQuotes: ours, compromiseQuotes: theirs },
  workers: { articles: last.articles, threads: workers, singleMs: round(last.totalMs - last.groupMs, 0), workerMs: round(workerMs, 0), ratio: round((last.totalMs - last.groupMs) / workerMs, 2), identical },
  pathological: {
    articles: pathoArticles,
    chars: pathoChars,
    ms: round(patho.totalMs, 0),
    stageMs: Object.fromEntries(STAGES.map((s) => [s, round(patho.stageMs[s], 0)])),
    claims: patho.claims,
    findings: patho.findings,
    boundS: pathoBoundS,
    withinBound: patho.totalMs / 1000 <= pathoBoundS,
  },
  stream: { ...stream, ms: stream.ms === undefined ? null : round(stream.ms, 0), maxRssMiB: stream.maxRssMiB === undefined ? null : round(stream.maxRssMiB, 0), stderr: child.status === 0 ? undefined : child.stderr.slice(-500) },
};
// Only a full run replaces the committed figures; a quick or custom run writes beside them.
const resultsFile = out.mode === 'full' ? 'results.json' : `results-${out.mode}.json`;
writeFileSync(new URL(`./${resultsFile}`, import.meta.url), `${JSON.stringify(out, null, 2)}\n`);

const row = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;
const lines = [
  `crosscheck bench (${out.mode}) — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.date.slice(0, 10)}`,
  '',
  row(['articles', 'stories', 'mean chars', 'articles/s', 'total s', 'group', ...STAGES]),
  row(Array(6 + STAGES.length).fill('---')),
  ...results.map((r) => row([r.articles, r.stories, r.meanChars, r.articlesPerSecond, round(r.totalMs / 1000, 1), `${r.groupMs} ms`, ...STAGES.map((s) => `${r.stageMs[s]} ms`)])),
  '',
  row(['measure', 'result']),
  row(['---', '---']),
  row([`growth exponent ${first.articles}→${last.articles}`, round(exponent, 3)]),
  row([`one story of ${copies} copies`, `${round(copyMs / 1000, 2)} s`]),
  row([`alignment on it: blocked vs all pairs (${claims.length} claims)`, `${round(blockedMs, 0)} ms vs ${round(naiveMs, 0)} ms = ${out.alignment.ratio}× (same groups: ${sameGroups})`]),
  row([`quotes: crosscheck vs compromise quotations() (${quoteArticles.length} articles)`, `${round(oursMs, 0)} ms vs ${round(compromiseMs, 0)} ms = ${out.quotes.ratio}×`]),
  row([`${workers} threads (this one + ${Math.max(1, workers - 1)} worker${workers - 1 > 1 ? 's' : ''}) vs one, checking the stories of ${last.articles}`, `one ${round(out.workers.singleMs / 1000, 1)} s, threads ${round(workerMs / 1000, 1)} s = ${out.workers.ratio}× (identical: ${identical})`]),
  row([
    `pathological story: ${pathoArticles} articles × ${pathoChars / 1000} KB, all quoting each other`,
    `${round(patho.totalMs / 1000, 1)} s (bound ${pathoBoundS} s: ${out.pathological.withinBound ? 'within' : 'EXCEEDED'}), ${patho.claims} claims`,
  ]),
  row([`checkStream ${streamN} articles: peak RSS`, stream.maxRssMiB === undefined ? `failed (${child.status})` : `${round(stream.maxRssMiB, 0)} MiB in ${round((stream.ms ?? 0) / 1000, 1)} s`]),
];
console.log(lines.join('\n'));
