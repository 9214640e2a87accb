// One article in, its quotations with their speakers out.
//   npx tsx examples/extract-quotes.ts seeds/001_caf2b3d3ea5ec32d.txt
import { extractClaims, normalizeArticle, readInputs } from '../src/index.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx examples/extract-quotes.ts <article file>');
  process.exit(2);
}
const { stories, errors } = await readInputs([file]);
for (const error of errors) console.error(error.message);
const article = stories[0]?.articles[0];
if (!article) process.exit(2);

const doc = normalizeArticle(article);
const quotes = extractClaims(doc).filter((claim) => claim.type === 'quote');
console.log(`${article.id}: ${quotes.length} quotes (outlet: ${doc.outlet ?? 'unknown'}, published: ${doc.published ?? 'unknown'})`);
for (const q of quotes) {
  console.log(`${q.span.start}-${q.span.end}\t${q.speaker?.name ?? '(unknown speaker)'}\t"${q.text.replace(/\s+/g, ' ')}"`);
}
