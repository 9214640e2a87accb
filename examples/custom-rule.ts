// A rule of your own through the public API: long quotations that only one article prints.
// A 40-word quote nobody else carries is where a transcription slip or an invented line hides,
// so the desk wants it checked against the recording. It reports under the contract's
// `single-source` kind (info): rules may only use the kinds the report contract knows.
//   npx tsx examples/custom-rule.ts [folder] [--words 25]
import { fileURLToPath } from 'node:url';
import { check, readInputs, type Finding, type Rule, type RuleContext } from '../src/index.js';

const args = process.argv.slice(2);
const wordsAt = args.indexOf('--words');
const minWords = wordsAt >= 0 ? Number(args[wordsAt + 1]) : 25;
const folder = args.find((a, i) => !a.startsWith('--') && i !== wordsAt + 1) ?? fileURLToPath(new URL('../seeds', import.meta.url));

const PREFIX = 'Long quotation only this article prints';

const longLoneQuote: Rule = {
  kind: 'single-source',
  severity: 'info',
  detect(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const claim of ctx.claims) {
      if (claim.type !== 'quote') continue;
      const words = claim.text.split(/\s+/).filter(Boolean).length;
      if (words < minWords) continue;
      // Aligned with a claim of another article: someone else carries it, so it is not alone.
      const carried = (ctx.alignmentsOf.get(claim.id) ?? []).some((a) =>
        a.claims.some((id) => ctx.claimById.get(id)?.article !== claim.article),
      );
      if (carried) continue;
      const speaker = claim.speaker?.name ?? 'an unnamed speaker';
      findings.push({
        subject: { article: claim.article, start: claim.span.start, end: claim.span.end, text: claim.text },
        counterparts: [],
        message: `${PREFIX} (${words} words, given to ${speaker}): check it against the recording.`,
      });
    }
    return findings;
  },
};

const { stories, errors } = await readInputs([folder]);
for (const error of errors) console.error(error.message);
for (const story of stories) {
  const report = check(story.articles, { rules: [longLoneQuote] });
  const mine = report.discrepancies.filter((d) => d.message.startsWith(PREFIX));
  console.log(`${story.name}: ${mine.length} long quotations carried by one article only (>= ${minWords} words)`);
  for (const d of mine) console.log(`${d.subject.article}\t${d.subject.start}-${d.subject.end}\t${d.message}`);
}
process.exitCode = errors.length > 0 ? 2 : 0;
