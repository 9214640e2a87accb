import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Article } from '../schema/article.js';
import type { InputError } from '../schema/report.js';
import { CASE_FILE_NAME, loadCaseFile, type CaseFile } from './case.js';
import { extractHtmlText } from './html.js';
import { DEFAULT_MAX_ARTICLE_CHARS } from './validate.js';

/** The articles of one story, read from disk, ready for `check()`. */
export interface Story {
  /** The case id for a case folder, the folder path for a plain folder, `files` for loose files. */
  name: string;
  articles: Article[];
  /** The parsed `case.json` when the story is a case folder (its labels are not used by `check`). */
  caseFile?: CaseFile;
  /** Input errors that belong to this story's files. */
  errors: InputError[];
}

/** What `readInputs` found: stories with at least one readable article, and every input error. */
export interface ReadInputsResult {
  stories: Story[];
  /** All input errors, including those of stories that had no readable article left. */
  errors: InputError[];
}

/** Options of `readInputs`. */
export interface ReadInputsOptions {
  /** Largest article accepted, in UTF-16 code units. Default: 2,000,000. */
  maxArticleChars?: number;
}

/** The name of the story made of file arguments that are not folders. */
export const LOOSE_FILES_STORY = 'files';

/** File extensions read from a folder without `case.json`. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

const isHtmlPath = (path: string): boolean => /\.html?$/i.test(path);

const describeError = (e: unknown): string => {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return e instanceof Error ? e.message : String(e);
};

const isNotFound = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && 'code' in e && (e.code === 'ENOENT' || e.code === 'ENOTDIR');

/** Outcome of reading one article file. */
type ReadText = { ok: true; text: string } | { ok: false; error: InputError };

/**
 * Decode bytes as strict UTF-8 and reject what is not an article. Pure, so it is tested without disk.
 * The text is kept as given (a BOM too): every offset in the report points into it.
 */
export function decodeArticleBytes(bytes: Uint8Array, input: string, maxChars = DEFAULT_MAX_ARTICLE_CHARS): ReadText {
  const fail = (code: InputError['code'], why: string): ReadText => ({ ok: false, error: { code, input, message: `${input}: ${why}` } });
  if (bytes.includes(0)) return fail('not-text', 'binary data (NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail('not-text', 'not valid UTF-8 text');
  }
  if (!text.trim()) return fail('empty', 'the file is empty');
  if (text.length > maxChars) return fail('too-large', `${text.length} characters, more than the limit of ${maxChars}`);
  return { ok: true, text };
}

async function readArticleFile(path: string, input: string, maxChars: number): Promise<ReadText> {
  const fail = (code: InputError['code'], why: string): ReadText => ({ ok: false, error: { code, input, message: `${input}: ${why}` } });
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('unreadable', 'is a folder, not a file');
    // A UTF-8 character is at most 4 bytes (2 UTF-16 units): beyond this it cannot fit the limit.
    if (info.size > maxChars * 4) return fail('too-large', `${info.size} bytes, more than the limit of ${maxChars} characters`);
    const read = decodeArticleBytes(await readFile(path), input, maxChars);
    return read.ok && isHtmlPath(path) ? htmlToArticleText(read.text, input) : read;
  } catch (e) {
    if (isNotFound(e)) return fail('not-found', 'file not found');
    return fail('unreadable', `cannot read: ${describeError(e)}`);
  }
}

/** The readable text of an HTML article; a page with no text left is empty. */
function htmlToArticleText(html: string, input: string): ReadText {
  const { text } = extractHtmlText(html);
  return text.trim() ? { ok: true, text } : { ok: false, error: { code: 'empty', input, message: `${input}: no article text in the HTML page` } };
}

/** An article's id when read from disk: the file name without its extension. */
export function articleIdFromPath(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

async function readCaseStory(dir: string, maxChars: number): Promise<Story> {
  const caseInput = join(dir, CASE_FILE_NAME);
  const parsed = await loadCaseFile(caseInput);
  if (!parsed.ok) {
    return { name: dir, articles: [], errors: [{ code: 'invalid-case', input: caseInput, message: `${caseInput}: ${parsed.message}` }] };
  }
  const caseFile = parsed.value;
  const articles: Article[] = [];
  const errors: InputError[] = [];
  for (const entry of caseFile.articles) {
    const input = join(dir, entry.file);
    const read = await readArticleFile(input, input, maxChars);
    if (!read.ok) {
      errors.push(read.error);
      continue;
    }
    const article: Article = { id: entry.id, text: read.text };
    if (entry.outlet !== undefined) article.outlet = entry.outlet;
    if (entry.url !== undefined) article.url = entry.url;
    if (entry.published !== undefined) article.published = entry.published;
    articles.push(article);
  }
  return { name: caseFile.id, articles, caseFile, errors };
}

async function readFilesStory(name: string, files: readonly string[], maxChars: number): Promise<Story> {
  const articles: Article[] = [];
  const errors: InputError[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const read = await readArticleFile(file, file, maxChars);
    if (!read.ok) {
      errors.push(read.error);
      continue;
    }
    const id = articleIdFromPath(file);
    const first = seen.get(id);
    if (first !== undefined) {
      errors.push({ code: 'duplicate-id', input: file, message: `${file}: same article id "${id}" as ${first}` });
      continue;
    }
    seen.set(id, file);
    articles.push({ id, text: read.text });
  }
  return { name, articles, errors };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function hasCaseFile(dir: string): Promise<boolean> {
  try {
    return (await stat(join(dir, CASE_FILE_NAME))).isFile();
  } catch {
    return false;
  }
}

/** Sub-folders of `dir` holding a `case.json`, sorted, so a folder of cases can be named at once. */
export async function listCaseFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.filter((x) => x.isDirectory()).map((x) => x.name).sort()) {
    if (await hasCaseFile(join(dir, e))) out.push(join(dir, e));
  }
  return out;
}

async function readFolder(dir: string, maxChars: number): Promise<{ stories: Story[]; errors: InputError[] }> {
  if (await hasCaseFile(dir)) return { stories: [await readCaseStory(dir, maxChars)], errors: [] };
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase()))
      .map((e) => e.name)
      .sort();
  } catch (e) {
    return { stories: [], errors: [{ code: 'unreadable', input: dir, message: `${dir}: cannot read the folder: ${describeError(e)}` }] };
  }
  if (names.length > 0) return { stories: [await readFilesStory(dir, names.map((n) => join(dir, n)), maxChars)], errors: [] };
  const cases = await listCaseFolders(dir);
  if (cases.length > 0) return { stories: await Promise.all(cases.map((c) => readCaseStory(c, maxChars))), errors: [] };
  return { stories: [], errors: [{ code: 'empty', input: dir, message: `${dir}: no .txt or .html articles and no case.json in the folder` }] };
}

/**
 * Read files and folders into stories. Never throws and never prints: each bad input becomes an
 * `InputError` naming the file, the rest are still read.
 * - a folder with `case.json` is one story (ids, files and metadata from case.json);
 * - another folder is one story of its `.txt` and `.html` files (id = file name without extension;
 *   HTML is reduced to its readable text, which the report's offsets then point into), or, when
 *   it has none, the case folders inside it;
 * - all file arguments together are one more story, named `files`.
 * @example const { stories, errors } = await readInputs(['seeds']);
 */
export async function readInputs(paths: readonly string[], options: ReadInputsOptions = {}): Promise<ReadInputsResult> {
  const maxChars = options.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  const stories: Story[] = [];
  const errors: InputError[] = [];
  const files: string[] = [];
  const seenFolders = new Set<string>();
  for (const path of paths) {
    if (await isDirectory(path)) {
      if (seenFolders.has(resolve(path))) continue;
      seenFolders.add(resolve(path));
      const read = await readFolder(path, maxChars);
      stories.push(...read.stories);
      errors.push(...read.errors);
    } else if (!files.some((f) => resolve(f) === resolve(path))) {
      files.push(path);
    }
  }
  if (files.length > 0) stories.push(await readFilesStory(LOOSE_FILES_STORY, files, maxChars));
  for (const story of stories) errors.push(...story.errors);
  return { stories: stories.filter((s) => s.articles.length > 0), errors };
}
