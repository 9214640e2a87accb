import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { check, type CheckRunOptions } from '../check.js';
import { CASE_FILE_NAME } from '../ingest/case.js';
import { listCaseFolders, readInputs } from '../ingest/files.js';
import type { InputError, Report } from '../schema/report.js';
import { scoreCase, type CaseScore } from './score.js';

/** One evaluated case: its score and the report it was scored on. */
export interface EvaluatedCase {
  dir: string;
  score: CaseScore;
  report: Report;
}

/** Cases evaluated, and inputs that could not be (not a case, unreadable, missing articles). */
export interface EvaluationResult {
  cases: EvaluatedCase[];
  errors: InputError[];
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Expand arguments to case folders: a folder with `case.json` is itself, a folder without one
 * stands for the case folders inside it (`test/cases`).
 */
export async function expandCaseFolders(paths: readonly string[]): Promise<{ dirs: string[]; errors: InputError[] }> {
  const dirs: string[] = [];
  const errors: InputError[] = [];
  for (const path of paths) {
    if (await exists(join(path, CASE_FILE_NAME))) {
      dirs.push(path);
      continue;
    }
    let inner: string[] = [];
    try {
      inner = await listCaseFolders(path);
    } catch {
      // Not a readable folder: reported below like a folder without cases.
    }
    if (inner.length === 0) {
      errors.push({ code: 'invalid-case', input: path, message: `${path}: not a case folder (no ${CASE_FILE_NAME}) and holds no case folders` });
    }
    dirs.push(...inner);
  }
  return { dirs, errors };
}

/**
 * Check every case folder's articles with `check()` and score the report against its labels.
 * Never prints; a case whose articles cannot all be read is still scored on the rest, with the
 * read errors returned (missing articles make for honest, lower recall).
 */
export async function evaluateCases(paths: readonly string[], options: CheckRunOptions = {}): Promise<EvaluationResult> {
  const expanded = await expandCaseFolders(paths);
  const errors = [...expanded.errors];
  const cases: EvaluatedCase[] = [];
  for (const dir of expanded.dirs) {
    const read = await readInputs([dir], { maxArticleChars: options.maxArticleChars });
    errors.push(...read.errors);
    const story = read.stories[0];
    if (!story?.caseFile) continue;
    const report = check(story.articles, options);
    cases.push({ dir, report, score: scoreCase(story.caseFile, report) });
  }
  return { cases, errors };
}
