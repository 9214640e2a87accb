// npm run eval -- <case folders...> [--json] [--min-precision 0.9 --min-recall 1 …]
// Checks each case's articles, scores the reports against the labels (../shared/eval/FORMAT.md)
// and exits 1 when a threshold is missed, 2 on bad arguments or when no case could be read.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import {
  checkThresholds,
  evaluateCases,
  evaluationToJson,
  formatEvaluation,
  summarizeScores,
  type EvalThresholds,
} from '../src/eval/index.js';

const share = (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
};

interface EvalCliOptions extends EvalThresholds {
  json?: boolean;
}

async function main(argv: string[]): Promise<number> {
  const program = new Command('eval')
    .description('score crosscheck against labelled case folders')
    .argument('<cases...>', 'case folders, or folders holding case folders')
    .option('--json', 'print the scores as JSON')
    .option('--min-precision <n>', 'fail below this overall precision', share)
    .option('--min-recall <n>', 'fail below this overall recall', share)
    .option('--min-quote-precision <n>', 'fail below this quote extraction precision', share)
    .option('--min-quote-recall <n>', 'fail below this quote extraction recall', share)
    .option('--min-speaker <n>', 'fail below this speaker accuracy', share)
    .exitOverride();
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const options = program.opts<EvalCliOptions>();
  const result = await evaluateCases(program.args);
  for (const error of result.errors) process.stderr.write(`eval: ${error.message}\n`);
  if (result.cases.length === 0) {
    process.stderr.write('eval: no case to score\n');
    return 2;
  }
  const scores = result.cases.map((c) => c.score);
  const summary = summarizeScores(scores);
  const failures = checkThresholds(summary, options);
  process.stdout.write(
    options.json ? `${JSON.stringify(evaluationToJson(scores, summary, failures), null, 2)}\n` : formatEvaluation(scores, summary, failures),
  );
  return failures.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
