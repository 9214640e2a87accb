// A day's intake: articles of many stories mixed together, grouped into stories and checked story
// by story. Reads folders as the CLI does, forgets which folder each article came from, groups the
// articles by content, then prints each story with its terms, articles and findings by severity.
//   npx tsx examples/mixed-intake.ts                  # the labelled cases in test/cases
//   npx tsx examples/mixed-intake.ts feeds/monday/    # any folders, files or .jsonl
import { checkMany, readInputs, type Article } from '../src/index.js';

const inputs = process.argv.slice(2);
const { stories: read, errors } = await readInputs(inputs.length ? inputs : ['test/cases']);
for (const error of errors) console.error(error.message);

// The intake, without its folders: ids are kept unique by the folder name.
const intake: Article[] = read.flatMap((story) => story.articles.map((a) => ({ ...a, id: `${story.name.split('/').pop()}/${a.id}` })));
const { stories, reports } = await checkMany(intake);

console.log(`${intake.length} articles from ${read.length} folders → ${stories.length} stories`);
stories.forEach((story, i) => {
  const bySeverity = new Map<string, number>();
  for (const d of reports[i]!.discrepancies) bySeverity.set(d.severity, (bySeverity.get(d.severity) ?? 0) + 1);
  const findings = ['high', 'medium', 'low', 'info'].map((s) => `${bySeverity.get(s) ?? 0} ${s}`).join(', ');
  console.log(`${story.id}\t${story.terms.slice(0, 5).join(' ')}\t${story.articles.join(' ')}\t${findings}`);
});
process.exitCode = errors.length > 0 ? 2 : 0;
