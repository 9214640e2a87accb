// Check the seed story through the library API and print each finding; optionally write the HTML report.
//   npx tsx examples/check-seeds.ts [folder] [--html report.html]
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { check, readInputs, toHtml } from '../src/index.js';

const args = process.argv.slice(2);
const htmlAt = args.indexOf('--html');
const htmlPath = htmlAt >= 0 ? args[htmlAt + 1] : undefined;
if (htmlAt >= 0 && !htmlPath) {
  console.error('usage: npx tsx examples/check-seeds.ts [folder] [--html report.html]');
  process.exit(2);
}
const positional = args.filter((_, i) => htmlAt < 0 || (i !== htmlAt && i !== htmlAt + 1));
const folder = positional[0] ?? fileURLToPath(new URL('../seeds', import.meta.url));
const { stories, errors } = await readInputs([folder]);
for (const error of errors) console.error(error.message);

for (const story of stories) {
  const report = check(story.articles);
  console.log(`${story.name}: ${story.articles.length} articles, ${report.discrepancies.length} findings`);
  for (const d of report.discrepancies) {
    const against = d.counterparts.map((c) => c.article).join(', ') || '-';
    console.log(`${d.severity}\t${d.kind}\t${d.subject.article}\t"${d.subject.text.replace(/\s+/g, ' ')}"\tagainst: ${against}\t${d.message}`);
  }
  if (htmlPath) {
    // The report holds offsets only: the page needs the article texts to show the highlights.
    await writeFile(htmlPath, toHtml(report, story.articles, { title: story.caseFile?.story ?? story.name }));
    console.error(`HTML report written to ${htmlPath}`);
  }
}
process.exitCode = errors.length > 0 ? 2 : 0;
