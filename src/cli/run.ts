import { mkdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { check, type CheckRunOptions } from '../check.js';
import { LOOSE_FILES_STORY, readArticleFromFile, readInputs, STDIN_PATH, type Story } from '../ingest/files.js';
import { expandGlob, hasGlobMagic } from '../ingest/glob.js';
import { formatReports, REPORT_FORMATS, type ReportFormat } from '../report/format.js';
import { toHtml } from '../report/html.js';
import type { Article } from '../schema/article.js';
import type { InputError, Report } from '../schema/report.js';
import { writeFileAtomic } from './atomic-write.js';
import { CONFIG_FILE_NAME, loadConfig, type CliConfig } from './config.js';
import { EXIT, exitCodeFor, FAIL_ON, type FailOn } from './exit-code.js';
import { allJsonl, checkGrouped, checkJsonlStream, formatGroupedEnd, formatGroupedStory, intakeOf, withErrors, type GroupedStory } from './grouped.js';
import { createProgress, type ProgressStream } from './progress.js';

/** Where the CLI reads and writes; injected so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The folder relative inputs, patterns and `crosscheck.config.json` are taken from. Default: `process.cwd()`. */
  cwd?: string;
  /** All of standard input, read only when an input is `-`. */
  readStdin?: () => Promise<string>;
  /** Where the progress bar draws (stderr); it draws only when this is a TTY. */
  progressStream?: ProgressStream;
}

/** The formats of `--format`: the text formats plus the HTML page. */
export const CLI_FORMATS = [...REPORT_FORMATS, 'html'] as const;
export type CliFormat = (typeof CLI_FORMATS)[number];

interface CheckCommandOptions {
  format: CliFormat;
  failOn: FailOn;
  out?: string;
  info: boolean;
  reference?: string;
  config?: string;
  quiet?: boolean;
  title?: string;
  group?: boolean;
}

/** A story and its report, side by side until output. */
interface Checked {
  story: Pick<Story, 'name' | 'articles' | 'caseFile'>;
  report: Report;
}

/** A usage or setup problem: one stderr line, exit 2, no report. */
class SetupError extends Error {}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Inputs with patterns expanded (sorted); a pattern that matches nothing is an input error. */
async function expandInputs(paths: readonly string[], cwd: string): Promise<{ paths: string[]; errors: InputError[] }> {
  const out: string[] = [];
  const errors: InputError[] = [];
  for (const path of paths) {
    if (path === STDIN_PATH || !hasGlobMagic(path) || (await exists(path, cwd))) {
      out.push(path);
      continue;
    }
    const matches = await expandGlob(path, { cwd });
    if (matches.length === 0) errors.push({ code: 'not-found', input: path, message: `${path}: no file or folder matches the pattern` });
    out.push(...matches);
  }
  return { paths: out, errors };
}

async function exists(path: string, cwd: string): Promise<boolean> {
  try {
    await stat(resolve(cwd, path));
    return true;
  } catch {
    return false;
  }
}

/** Config from `--config`, else `crosscheck.config.json` in the working directory when there is one. */
async function readConfig(explicit: string | undefined, cwd: string): Promise<CliConfig> {
  const shown = explicit ?? CONFIG_FILE_NAME;
  const loaded = await loadConfig(resolve(cwd, shown), explicit !== undefined);
  if (!loaded.ok) throw new SetupError(`${shown}: ${loaded.message}`);
  return loaded.config;
}

/**
 * The reference article's id. An id present in the stories is used as is; otherwise the value is
 * read as a file and added to every story (id = file name without extension) as its first article.
 */
async function resolveReference(value: string, stories: Story[], cwd: string): Promise<string> {
  if (stories.some((s) => s.articles.some((a) => a.id === value))) return value;
  if (!(await exists(value, cwd))) throw new SetupError(`--reference ${value}: no article has this id and there is no such file`);
  const read = await readArticleFromFile(isAbsolute(value) ? value : resolve(cwd, value));
  if (!read.ok) throw new SetupError(`--reference ${value}: ${read.error.message}`);
  const article: Article = read.article;
  if (stories.length === 0) stories.push({ name: LOOSE_FILES_STORY, articles: [], errors: [] });
  for (const story of stories) {
    if (!story.articles.some((a) => a.id === article.id)) story.articles.unshift(article);
  }
  return article.id;
}

/** A story name as a file name: `cases/harbour-strike` → `cases-harbour-strike`. */
function fileNameFor(name: string, taken: Set<string>): string {
  const dashed = name.replace(/[^\w.-]+/g, '-');
  // Trim by hand: an anchored `-+$` backtracks polynomially on long dash runs.
  let start = 0;
  let end = dashed.length;
  while (start < end && (dashed[start] === '-' || dashed[start] === '.')) start++;
  while (end > start && dashed[end - 1] === '-') end--;
  const base = dashed.slice(start, end) || 'story';
  let candidate = `${base}.html`;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base}-${i}.html`;
  taken.add(candidate);
  return candidate;
}

function htmlPage(item: Checked, title: string | undefined): string {
  const heading = title ?? item.story.caseFile?.story ?? (item.story.name === LOOSE_FILES_STORY ? undefined : item.story.name);
  return toHtml(item.report, item.story.articles, heading ? { title: heading } : {});
}

/** Write the output: stdout, one file, or (HTML for several stories) one page per story in a folder. */
async function writeOutput(checked: Checked[], options: CheckCommandOptions, io: CliIo, cwd: string): Promise<void> {
  const out = options.out === undefined ? undefined : resolve(cwd, options.out);
  if (options.format === 'html' && checked.length > 1) {
    if (!out) throw new SetupError(`--format html makes one page per story: give --out <folder> for the ${checked.length} stories`);
    await mkdir(out, { recursive: true });
    const taken = new Set<string>();
    for (const item of checked) await writeFileAtomic(join(out, fileNameFor(item.story.name, taken)), htmlPage(item, options.title));
    return;
  }
  const text =
    options.format === 'html'
      ? htmlPage(checked[0]!, options.title)
      : formatReports(
          checked.map((c) => ({ name: c.story.name, report: c.report })),
          options.format satisfies ReportFormat,
        );
  if (out) await writeFileAtomic(out, text);
  else io.stdout(text);
}

/** Check each story as read, with the progress bar. */
async function checkStories(stories: readonly Story[], checkOptions: CheckRunOptions, io: CliIo, quiet: boolean): Promise<Checked[]> {
  const articleCount = stories.reduce((n, s) => n + s.articles.length, 0);
  const progress = createProgress(io.progressStream, { articles: articleCount, stories: stories.length }, quiet);
  const checked: Checked[] = [];
  try {
    for (const story of stories) {
      const report = check(story.articles, checkOptions);
      checked.push({ story, report: { ...report, errors: [...story.errors, ...report.errors] } });
      await progress.storyChecked(story.articles.length, report.discrepancies.length);
    }
  } finally {
    progress.stop();
  }
  return checked;
}

/**
 * `--group`: check a mixed intake story by story. JSON Lines are streamed, and each story goes out
 * as soon as it is checked (to stdout in the text formats and json); other inputs are grouped as
 * a whole. Input errors are told with the story checked after them, or alone when no story is left.
 */
async function runGrouped(
  paths: readonly string[],
  patternErrors: InputError[],
  options: CheckCommandOptions,
  checkOptions: CheckRunOptions,
  failOn: FailOn,
  io: CliIo,
  cwd: string,
): Promise<number> {
  const format = options.format;
  const html: Checked[] = [];
  let text = '';
  let count = 0;
  let code: number = EXIT.ok;
  const emit = (item: GroupedStory): void => {
    for (const error of item.report.errors) io.stderr(`crosscheck: ${error.message}\n`);
    code = Math.max(code, exitCodeFor([item.report], failOn));
    if (format === 'html') html.push(item);
    else {
      const chunk = formatGroupedStory(item, count, format);
      if (options.out === undefined) io.stdout(chunk);
      else text += chunk;
    }
    count++;
  };
  let left: InputError[];
  if (allJsonl(paths)) {
    const after = await checkJsonlStream(paths, checkOptions, (item) => emit(withErrors(item, count === 0 ? patternErrors.splice(0) : [])));
    left = [...patternErrors, ...after];
  } else {
    const stdin = paths.includes(STDIN_PATH) && io.readStdin ? await io.readStdin() : undefined;
    const read = await readInputs(paths, stdin === undefined ? {} : { stdin });
    left = [...patternErrors, ...read.errors];
    for (const item of await checkGrouped(intakeOf(read.stories), checkOptions)) emit(withErrors(item, left.splice(0)));
  }
  if (count === 0 || left.length > 0) {
    // Nothing readable, or errors after the last story: a report of its own, so they are in the output.
    emit({ story: { name: LOOSE_FILES_STORY, articles: [] }, report: { ...check([], checkOptions), errors: left } });
  }
  try {
    if (format === 'html') await writeOutput(html, options, io, cwd);
    else {
      const end = formatGroupedEnd(count, format);
      if (options.out === undefined) io.stdout(end);
      else await writeFileAtomic(resolve(cwd, options.out), text + end);
    }
  } catch (e) {
    if (e instanceof SetupError) throw e;
    io.stderr(`crosscheck: cannot write ${options.out ?? 'the report'}: ${errorText(e)}\n`);
    return EXIT.error;
  }
  return code;
}

async function runCheck(inputs: string[], options: CheckCommandOptions, cmd: Command, io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const config = await readConfig(options.config, cwd);
  // A flag typed on the command line wins over the config file, which wins over the defaults.
  const fromCli = (key: string): boolean => cmd.getOptionValueSource(key) === 'cli';
  const failOn: FailOn = fromCli('failOn') ? options.failOn : (config.failOn ?? options.failOn);
  const info = fromCli('info') ? options.info : (config.info ?? options.info);

  if (options.group && options.reference !== undefined) throw new SetupError('--reference names one story\'s authority: it cannot be used with --group');
  const expanded = await expandInputs(inputs, cwd);
  const paths = expanded.paths.map((p) => (p === STDIN_PATH || isAbsolute(p) || !io.cwd ? p : resolve(cwd, p)));

  const checkOptions: CheckRunOptions = { info };
  // CheckOptions types `severity` as a full record (zod 4's enum-keyed record); the rules read it per kind.
  if (config.severity) checkOptions.severity = config.severity as NonNullable<CheckRunOptions['severity']>;
  if (config.disable) checkOptions.disable = config.disable;
  if (config.alignThreshold !== undefined) checkOptions.alignThreshold = config.alignThreshold;

  if (options.group) return runGrouped(paths, expanded.errors, options, checkOptions, failOn, io, cwd);
  const stdin = paths.includes(STDIN_PATH) && io.readStdin ? await io.readStdin() : undefined;
  const read = await readInputs(paths, stdin === undefined ? {} : { stdin });
  const readErrors = read.errors;
  const stories = read.stories;
  const reference = options.reference === undefined ? undefined : await resolveReference(options.reference, stories, cwd);
  if (reference !== undefined) checkOptions.reference = reference;
  const checked = await checkStories(stories, checkOptions, io, options.quiet === true);
  const errors = [...expanded.errors, ...readErrors];
  if (checked.length === 0) {
    // Nothing readable: still print a report, so `--format json` callers always get one.
    checked.push({ story: { name: LOOSE_FILES_STORY, articles: [] }, report: { ...check([], checkOptions), errors } });
  } else {
    // Errors of inputs that formed no story (an empty folder, a bad case.json, a pattern matching nothing) go to the first report.
    const placed = new Set<InputError>(stories.flatMap((s) => s.errors));
    const orphans = errors.filter((e) => !placed.has(e));
    const first = checked[0]!;
    first.report = { ...first.report, errors: [...orphans, ...first.report.errors] };
  }
  for (const error of checked.flatMap((c) => c.report.errors)) io.stderr(`crosscheck: ${error.message}\n`);
  try {
    await writeOutput(checked, options, io, cwd);
  } catch (e) {
    if (e instanceof SetupError) throw e;
    io.stderr(`crosscheck: cannot write ${options.out ?? 'the report'}: ${errorText(e)}\n`);
    return EXIT.error;
  }
  return exitCodeFor(
    checked.map((c) => c.report),
    failOn,
  );
}

const HELP_AFTER = `
Inputs: article files (.txt, .html), folders of them, case folders (case.json), JSON (.json: an
array of articles or {"articles": [...]}), JSON Lines (.jsonl, .ndjson: one article per line),
"-" for standard input (JSON, JSON Lines or plain text), and quoted patterns ("cases/*/", "*.txt", "**/*.html").

Config: crosscheck.config.json in the working directory, or --config <file>:
  {"severity": {"quote-context": "high"}, "disable": ["name-variant"], "failOn": "medium", "info": false, "alignThreshold": 0.6}
Options on the command line win over the config file.

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage, config or input error.
Several stories: one report each; --format json gives an array, jsonl one line per finding with its story,
html one page per story in the --out folder.`;

function buildProgram(io: CliIo, done: (code: number) => void): Command {
  const program = new Command('crosscheck')
    .description('Check news articles about the same story against each other and report discrepancies.')
    .version(pkg.version, '-V, --version')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  program
    .command('check')
    .description('check the articles of one or more stories')
    .argument('<inputs...>', 'article files, folders, case folders, .json/.jsonl files, - for stdin, or patterns')
    .addOption(new Option('-f, --format <format>', 'output format').choices(CLI_FORMATS).default('text'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 on a finding at or above this severity').choices(FAIL_ON).default('high'))
    .option('-o, --out <file>', 'write the report to a file (atomically) instead of stdout; a folder for html with several stories')
    .option('-r, --reference <article>', 'the authority: an article id, or a file added to the story; findings are about the others only')
    .option('-c, --config <file>', `config file (default: ${CONFIG_FILE_NAME} in the working directory, if any)`)
    .option('--title <text>', 'title of the HTML report (default: the case story, else the story name)')
    .option('--no-info', 'leave out info findings (single-source, name-variant)')
    .option('-g, --group', 'group the articles of all inputs into stories by their content, then check each story (a mixed intake); JSON Lines files are read as a stream')
    .option('-q, --quiet', 'no progress bar')
    .addHelpText('after', HELP_AFTER)
    .exitOverride()
    .action(async (inputs: string[], options: CheckCommandOptions, cmd: Command) => {
      done(await runCheck(inputs, options, cmd, io));
    });
  return program;
}

/**
 * Run the CLI on arguments (without `node` and the script) and return the exit code.
 * Never throws: usage and config errors are 2, as are internal errors, reported on one line without a stack.
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
    if (e instanceof SetupError) {
      io.stderr(`crosscheck: ${e.message}\n`);
      return EXIT.error;
    }
    io.stderr(`crosscheck: internal error: ${errorText(e)}\n`);
    return EXIT.error;
  }
}
