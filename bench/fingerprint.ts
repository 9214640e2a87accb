/**
 * A fingerprint of crosscheck's output: sha256 of the JSON reports for every labelled case and for
 * a generated corpus. Speed work must leave it unchanged; a changed fingerprint means changed
 * findings, to be explained or reverted.
 *   npx tsx bench/fingerprint.ts [articles=1000] [--verbose]
 */
import { createHash } from 'node:crypto';
import { check } from '../src/check.js';
import { groupStories } from '../src/group/group-stories.js';
import { generateCorpus, loadSources } from './corpus.js';

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1000);
const verbose = process.argv.includes('--verbose');
const sources = loadSources();
const parts: [string, string][] = [];
for (const s of sources) parts.push([`case ${s.id}`, JSON.stringify(check(s.articles))]);
const corpus = generateCorpus(sources, { articles: n, seed: 1 });
const byId = new Map(corpus.map((a) => [a.id, a] as const));
for (const story of groupStories(corpus).stories) {
  parts.push([`story ${story.id}`, JSON.stringify(check(story.articles.map((id) => byId.get(id)!)))]);
}
const all = createHash('sha256');
for (const [name, json] of parts) {
  all.update(json);
  if (verbose) console.log(createHash('sha256').update(json).digest('hex').slice(0, 16), name);
}
console.log(`${all.digest('hex')}  (${sources.length} cases, ${n} generated articles)`);
