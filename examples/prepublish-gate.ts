// A newsroom gate before publishing a rewrite of a wire story: the wire is the authority
// (`reference`), and the gate fails (exit 1) when the rewrite alters a quotation, turns
// paraphrase into quotation, or gives a quote to another speaker. Other findings are printed
// as advice and do not block. Exit 2 when a file cannot be read.
//   npx tsx examples/prepublish-gate.ts                       # examples/data/rewrite.txt vs wire.txt: exit 1
//   npx tsx examples/prepublish-gate.ts examples/data/rewrite-faithful.txt examples/data/wire.txt   # exit 0
import { fileURLToPath } from 'node:url';
import { check, readInputs, type DiscrepancyKind } from '../src/index.js';

const data = (name: string): string => fileURLToPath(new URL(`data/${name}`, import.meta.url));
const [rewritePath = data('rewrite.txt'), wirePath = data('wire.txt')] = process.argv.slice(2);

/** What a copy editor must fix before the story goes out. */
const BLOCKING = new Set<DiscrepancyKind>(['quote-altered', 'paraphrase-as-quote', 'quote-speaker']);

const { stories, errors } = await readInputs([wirePath, rewritePath]);
const articles = stories[0]?.articles ?? [];
if (errors.length > 0 || articles.length !== 2) {
  for (const error of errors) console.error(error.message);
  console.error('usage: npx tsx examples/prepublish-gate.ts [rewrite file] [wire file]');
  process.exit(2);
}
const [wire, rewrite] = articles as [(typeof articles)[number], (typeof articles)[number]];
const report = check([wire, rewrite], { reference: wire.id, info: false });

const blocking = report.discrepancies.filter((d) => BLOCKING.has(d.kind));
const advice = report.discrepancies.filter((d) => !BLOCKING.has(d.kind));
for (const d of blocking) console.log(`BLOCK\t${d.kind}\t"${d.subject.text.replace(/\s+/g, ' ')}"\t${d.message}`);
for (const d of advice) console.log(`check\t${d.kind}\t"${d.subject.text.replace(/\s+/g, ' ')}"\t${d.message}`);
console.log(blocking.length > 0 ? `${rewrite.id}: not ready: ${blocking.length} quotation problem(s) against ${wire.id}` : `${rewrite.id}: quotations match ${wire.id}`);
process.exitCode = blocking.length > 0 ? 1 : 0;
