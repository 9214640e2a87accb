import { writeFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { check } from '../check.js';
import { readInputs, type Story } from '../ingest/files.js';
import { formatReports, REPORT_FORMATS, type ReportFormat } from '../report/format.js';
import type { InputError, Report } from '../schema/report.js';
import { EXIT, exitCodeFor, FAIL_ON, type FailOn } from './exit-code.js';

/** Where the CLI writes; injected so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface CheckCommandOptions {
  format: ReportFormat;
  failOn: FailOn;
  out?: string;
  info: boolean;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A story's report with the errors met while reading its files first. */
function checkStory(story: Pick<Story, 'articles' | 'errors'>, info: boolean): Report {
  const report = check(story.articles, { info });
  return { ...report, errors: [...story.errors, ...report.errors] };
}

async function runCheck(paths: string[], options: CheckCommandOptions, io: CliIo): Promise<number> {
  const read = await readInputs(paths);
  const named = read.stories.map((story) => ({ name: story.name, report: checkStory(story, options.info) }));
  if (named.length === 0) {
    // Nothing readable: still print a report, so `--format json` callers always get one.
    named.push({ name: 'files', report: checkStory({ articles: [], errors: read.errors }, options.info) });
  } else {
    // Errors of inputs that formed no story (an empty folder, a bad case.json) go to the first report.
    const placed = new Set<InputError>(read.stories.flatMap((s) => s.errors));
    const orphans = read.errors.filter((e) => !placed.has(e));
    const first = named[0]!;
    first.report = { ...first.report, errors: [...orphans, ...first.report.errors] };
  }
  for (const error of named.flatMap((n) => n.report.errors)) io.stderr(`crosscheck: ${error.message}\n`);
  const output = formatReports(named, options.format);
  if (options.out) {
    try {
      await writeFile(options.out, output);
    } catch (e) {
      io.stderr(`crosscheck: cannot write ${options.out}: ${errorText(e)}\n`);
      return EXIT.error;
    }
  } else {
    io.stdout(output);
  }
  return exitCodeFor(
    named.map((n) => n.report),
    options.failOn,
  );
}

function buildProgram(io: CliIo, done: (code: number) => void): Command {
  const program = new Command('crosscheck')
    .description('Check news articles about the same story against each other and report discrepancies.')
    .version(pkg.version, '-V, --version')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  program
    .command('check')
    .description('check the articles of one story (files, folders of .txt files, or case folders with case.json)')
    .argument('<inputs...>', 'article files and folders')
    .addOption(new Option('-f, --format <format>', 'output format').choices(REPORT_FORMATS).default('text'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 on a finding at or above this severity').choices(FAIL_ON).default('high'))
    .option('-o, --out <file>', 'write the report to a file instead of stdout')
    .option('--no-info', 'leave out info findings (single-source, name-variant)')
    .addHelpText(
      'after',
      '\nExit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or input error.\nSeveral stories: one report each; with --format json an array of reports.',
    )
    .exitOverride()
    .action(async (inputs: string[], options: CheckCommandOptions) => {
      done(await runCheck(inputs, options, io));
    });
  return program;
}

/**
 * Run the CLI on arguments (without `node` and the script) and return the exit code.
 * Never throws: usage errors are 2, as are internal errors, reported on one line without a stack.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT.error;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    // Commander reports its own usage errors (and prints help/version) before throwing.
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.error;
    io.stderr(`crosscheck: internal error: ${errorText(e)}\n`);
    return EXIT.error;
  }
}
