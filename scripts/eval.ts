// npm run eval -- <case folders...> [--json] [--min-precision 0.9 --min-recall 1 …]
// Checks each case's articles, scores the reports against the labels (../shared/eval/FORMAT.md)
// and exits 1 when a threshold is missed, 2 on bad arguments or when no case could be read.
// npm run eval -- --mutate <case folders...> [--seed N] [--json] [--min-detection 0.9 --max-false-rate 0.02]
// Instead edits each case's articles from the seed (src/eval/mutate) and scores detection of the
// meaning-changing edits and false findings on the meaning-preserving ones.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import {
  checkMutationThresholds,
  checkThresholds,
  evaluateCases,
  evaluateMutations,
  evaluationToJson,
  formatEvaluation,
  formatMutationEvaluation,
  mutationEvaluationToJson,
  summarizeMutations,
  summarizeScores,
  type EvalThresholds,
  type MutationThresholds,
} from '../src/eval/index.js';

const share = (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
};

const seedOf = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new InvalidArgumentError('expected a whole number from 0 to 4294967295');
  return n;
};

interface EvalCliOptions extends EvalThresholds, MutationThresholds {
  json?: boolean;
  mutate?: boolean;
  seed: number;
}

async function runMutations(paths: string[], options: EvalCliOptions): Promise<number> {
  const evaluation = await evaluateMutations(paths, { seed: options.seed });
  for (const error of evaluation.errors) process.stderr.write(`eval: ${error.message}\n`);
  if (evaluation.cases.length === 0) {
    process.stderr.write('eval: no case to mutate\n');
    return 2;
  }
  const summary = summarizeMutations(evaluation);
  const failures = checkMutationThresholds(summary, options);
  process.stdout.write(
    options.json
      ? `${JSON.stringify(mutationEvaluationToJson(evaluation, summary, failures), null, 2)}\n`
      : formatMutationEvaluation(evaluation, summary, failures),
  );
  return failures.length > 0 ? 1 : 0;
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
    .option('--mutate', 'score the checker on seeded edits of the cases instead of their labels')
    .option('--seed <n>', 'seed of the --mutate edits', seedOf, 1)
    .option('--min-detection <n>', 'with --mutate: fail below this detection rate of meaning-changing edits', share)
    .option('--max-false-rate <n>', 'with --mutate: fail above this false-finding rate of meaning-preserving edits', share)
    .exitOverride();
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const options = program.opts<EvalCliOptions>();
  if (options.mutate) return runMutations(program.args, options);
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
