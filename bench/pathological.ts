/**
 * A pathological story: N articles of SIZE characters, each quoting sentences of the others and
 * crediting them. Prints the time the check takes, per stage.
 *   npx tsx bench/pathological.ts [articles=200] [chars=100000] [more "articles chars" pairs…]
 *   npx tsx bench/pathological.ts 5 100000 10 100000 20 100000   (a growth curve, one line each)
 * `runPathological(n, size)` is the same run as a function, for `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/schema/article.js';
import { checkTimed, emptyTimes, STAGES, type StageTimes } from './stages.js';

const WORDS = 'council budget bridge harbour minister repairs vote election police flood toll storm people million dollars officials plan report week city river'.split(' ');
const NAMES = ['Anna Berg', 'Tomas Lind', 'Marta Ruiz', 'John Okafor', 'Li Wei'];

/** The story: every article quotes sentences from one shared pool and credits another article. */
export function pathologicalStory(n: number, size: number, seed = 7): Article[] {
  let s = seed;
  const rnd = (): number => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const sentence = (): string => {
    const w = Array.from({ length: 8 + Math.floor(rnd() * 12) }, () => WORDS[Math.floor(rnd() * WORDS.length)]!);
    w[0] = w[0]![0]!.toUpperCase() + w[0]!.slice(1);
    return `${w.join(' ')} ${Math.floor(rnd() * 5000)}`;
  };
  const pool = Array.from({ length: 3000 }, sentence);
  return Array.from({ length: n }, (_, i) => {
    let text = `Outlet${i}/ `;
    while (text.length < size) {
      const line = pool[Math.floor(rnd() * pool.length)]!;
      const who = NAMES[Math.floor(rnd() * NAMES.length)]!;
      text += rnd() < 0.5 ? `"${line}," ${who} said, according to Outlet${Math.floor(rnd() * n)}. ` : `${who} said ${line.toLowerCase()}. `;
      if (rnd() < 0.2) text += '\n\n';
    }
    return { id: `outlet${i}`, text, published: `2025-01-${String(1 + (i % 28)).padStart(2, '0')}` };
  });
}

/** One run's figures. */
export interface PathologicalResult {
  articles: number;
  chars: number;
  totalMs: number;
  stageMs: StageTimes;
  claims: number;
  findings: number;
  errors: number;
}

/** Check the pathological story of `n` articles of `size` characters with per-stage timers. */
export function runPathological(n: number, size: number): PathologicalResult {
  const articles = pathologicalStory(n, size);
  const times = emptyTimes();
  const t = performance.now();
  const r = checkTimed(articles, times);
  const totalMs = performance.now() - t;
  return { articles: n, chars: size, totalMs, stageMs: times, claims: r.claims.length, findings: r.discrepancies.length, errors: r.errors.length };
}

/** One line per run: total seconds, then each stage's. */
export function formatPathological(r: PathologicalResult): string {
  const stages = STAGES.map((s) => `${s} ${(r.stageMs[s] / 1000).toFixed(1)}`).join(', ');
  return `${r.articles} articles x ${r.chars} chars: ${(r.totalMs / 1000).toFixed(1)} s (${stages} s), ${r.claims} claims, ${r.findings} findings, ${r.errors} errors`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `--json`: one JSON line per run, for npm run bench, which runs this file in a process of its own
  const json = process.argv.includes('--json');
  const args = process.argv.slice(2).filter((a) => a !== '--json').map(Number);
  const pairs: [number, number][] = [];
  for (let k = 0; k < Math.max(2, args.length); k += 2) pairs.push([args[k] ?? 200, args[k + 1] ?? 100_000]);
  for (const [n, size] of pairs) {
    const r = runPathological(n, size);
    console.log(json ? JSON.stringify(r) : formatPathological(r));
  }
}
