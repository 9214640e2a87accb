// A stream step: JSON Lines articles in on stdin (one {"id","text",…,"story"?} per line), JSON Lines
// findings out on stdout (one Discrepancy per line, with its "story"). Input errors go to stderr.
//   npx tsx examples/pipeline-jsonl.ts < articles.jsonl > findings.jsonl
//   cat examples/data/articles.jsonl | npx tsx examples/pipeline-jsonl.ts | jq -r .kind
import { text } from 'node:stream/consumers';
import { check, formatReports, readInputs } from '../src/index.js';

// readInputs never touches process.stdin itself: the caller reads the stream and hands it over.
const { stories, errors } = await readInputs(['-'], { stdin: await text(process.stdin) });
for (const error of errors) console.error(error.message); // "stdin:3: not valid JSON: …"

const reports = stories.map((story) => ({ name: story.name, report: check(story.articles) }));
process.stdout.write(formatReports(reports, 'jsonl'));
process.exitCode = errors.length > 0 ? 2 : 0;
