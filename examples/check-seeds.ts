// Check the seed story through the library API and print each finding.
//   npx tsx examples/check-seeds.ts [folder]
import { fileURLToPath } from 'node:url';
import { check } from '../src/index.js';
import { readInputs } from '../src/ingest/files.js';

const folder = process.argv[2] ?? fileURLToPath(new URL('../seeds', import.meta.url));
const { stories, errors } = await readInputs([folder]);
for (const error of errors) console.error(error.message);

for (const story of stories) {
  const report = check(story.articles);
  console.log(`${story.name}: ${story.articles.length} articles, ${report.discrepancies.length} findings`);
  for (const d of report.discrepancies) {
    const against = d.counterparts.map((c) => c.article).join(', ') || '-';
    console.log(`${d.severity}\t${d.kind}\t${d.subject.article}\t"${d.subject.text.replace(/\s+/g, ' ')}"\tagainst: ${against}\t${d.message}`);
  }
}
process.exitCode = errors.length > 0 ? 2 : 0;
