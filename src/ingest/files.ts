import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Article } from '../schema/article.js';
import type { InputError } from '../schema/report.js';
import { CASE_FILE_NAME, loadCaseFile, type CaseFile } from './case.js';
import { extractHtmlText } from './html.js';
import { parseJsonArticles, parseJsonlArticles, sniffJsonLayout, type JsonArticlesResult, type JsonLayout } from './json.js';
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
  /**
   * The text of standard input, read by the caller, for the path `-`: JSON, JSON Lines or one
   * plain-text article (id `stdin`). Without it, `-` is an input error.
   */
  stdin?: string;
}

/** The path that stands for standard input. */
export const STDIN_PATH = '-';

/** How standard input is named in errors and as a plain-text article's id. */
const STDIN_NAME = 'stdin';

/** A JSON document holds many articles: allow it far more than one article's size. */
const JSON_FILE_MAX_BYTES = 256 * 1024 * 1024;

/** The name of the story made of file arguments that are not folders. */
export const LOOSE_FILES_STORY = 'files';

/** File extensions read from a folder without `case.json`. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

const isHtmlPath = (path: string): boolean => /\.html?$/i.test(path);

/** The JSON layout a file's extension names, or null for an article file. */
function jsonLayoutOf(path: string): JsonLayout | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return null;
}

const describeError = (e: unknown): string => {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return e instanceof Error ? e.message : String(e);
};

const isNotFound = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && 'code' in e && (e.code === 'ENOENT' || e.code === 'ENOTDIR');

/** Metadata an article file carries itself (an HTML page's `og:site_name`, canonical URL, …). */
type FileMeta = Pick<Article, 'outlet' | 'url' | 'published'>;

/** Outcome of reading one article file. */
type ReadText = { ok: true; text: string; meta?: FileMeta } | { ok: false; error: InputError };

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

/** The readable text and metadata of an HTML article; a page with no text left is empty. */
function htmlToArticleText(html: string, input: string): ReadText {
  const page = extractHtmlText(html);
  if (!page.text.trim()) return { ok: false, error: { code: 'empty', input, message: `${input}: no article text in the HTML page` } };
  const meta: FileMeta = {};
  if (page.outlet) meta.outlet = page.outlet;
  if (page.url) meta.url = page.url;
  if (page.published) meta.published = page.published;
  return { ok: true, text: page.text, meta };
}

/** Metadata given by the caller (case.json) wins over what the file says about itself. */
function withMeta(article: Article, meta: FileMeta | undefined): Article {
  const out: Article = { ...article };
  if (out.outlet === undefined && meta?.outlet !== undefined) out.outlet = meta.outlet;
  if (out.url === undefined && meta?.url !== undefined) out.url = meta.url;
  if (out.published === undefined && meta?.published !== undefined) out.published = meta.published;
  return out;
}

/** Outcome of reading one article from a file. */
export type ReadArticleResult = { ok: true; article: Article } | { ok: false; error: InputError };

/**
 * Read one article file (`.txt` or `.html`), its id the file name without extension. Never throws.
 * @example const read = await readArticleFromFile('wire.txt'); if (read.ok) read.article.id // 'wire'
 */
export async function readArticleFromFile(path: string, options: Pick<ReadInputsOptions, 'maxArticleChars'> = {}): Promise<ReadArticleResult> {
  const read = await readArticleFile(path, path, options.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS);
  if (!read.ok) return read;
  return { ok: true, article: withMeta({ id: articleIdFromPath(path), text: read.text }, read.meta) };
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
    const where = parsed.line ? `${caseInput}:${parsed.line}` : caseInput;
    return { name: dir, articles: [], errors: [{ code: 'invalid-case', input: caseInput, ...(parsed.line ? { line: parsed.line } : {}), message: `${where}: ${parsed.message}` }] };
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
    articles.push(withMeta(article, read.meta));
  }
  return { name: caseFile.id, articles, caseFile, errors };
}

/** Read a JSON or JSON Lines file (or standard input) into articles with their lines. */
async function readJsonInput(file: string, stdin: string | undefined, maxChars: number): Promise<JsonArticlesResult> {
  const input = file === STDIN_PATH ? STDIN_NAME : file;
  const fail = (code: InputError['code'], why: string): JsonArticlesResult => ({ articles: [], errors: [{ code, input, message: `${input}: ${why}` }] });
  let text: string;
  if (file === STDIN_PATH) {
    if (stdin === undefined) return fail('unreadable', 'standard input was not given');
    text = stdin;
  } else {
    try {
      const info = await stat(file);
      if (info.isDirectory()) return fail('unreadable', 'is a folder, not a file');
      if (info.size > JSON_FILE_MAX_BYTES) return fail('too-large', `${info.size} bytes, more than the limit of ${JSON_FILE_MAX_BYTES}`);
      const decoded = decodeArticleBytes(await readFile(file), input, Number.MAX_SAFE_INTEGER);
      if (!decoded.ok) return { articles: [], errors: [decoded.error] };
      text = decoded.text;
    } catch (e) {
      if (isNotFound(e)) return fail('not-found', 'file not found');
      return fail('unreadable', `cannot read: ${describeError(e)}`);
    }
  }
  if (!text.trim()) return fail('empty', file === STDIN_PATH ? 'standard input is empty' : 'the file is empty');
  // A BOM before the first brace is not JSON's business.
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const layout = file === STDIN_PATH ? sniffJsonLayout(body) : jsonLayoutOf(file);
  if (layout === null) {
    // Plain text piped in: one article, kept as given.
    if (text.length > maxChars) return fail('too-large', `${text.length} characters, more than the limit of ${maxChars}`);
    return { articles: [{ article: { id: STDIN_NAME, text }, story: null, line: 1 }], errors: [] };
  }
  const parsed = layout === 'json' ? parseJsonArticles(body, input) : parseJsonlArticles(body, input);
  const articles = parsed.articles.filter((a) => a.article.text.length <= maxChars);
  const errors = [...parsed.errors];
  for (const a of parsed.articles) {
    if (a.article.text.length > maxChars) {
      errors.push({ code: 'too-large', input, line: a.line, message: `${input}:${a.line}: article "${a.article.id}" has ${a.article.text.length} characters, more than the limit of ${maxChars}` });
    }
  }
  return { articles, errors };
}

/**
 * All file arguments: the loose-files story (article files, and JSON articles without a story
 * name) plus one story per `story` named in JSON input, in order of first appearance.
 */
async function readFilesStories(files: readonly string[], maxChars: number, stdin: string | undefined): Promise<Story[]> {
  const loose: Story = { name: LOOSE_FILES_STORY, articles: [], errors: [] };
  const named = new Map<string, Story>();
  // Where each article id was first seen, per story, to name both places of a duplicate.
  const seen = new Map<Story, Map<string, string>>();
  const add = (story: Story, article: Article, where: string, input: string, line?: number): void => {
    const ids = seen.get(story) ?? new Map<string, string>();
    seen.set(story, ids);
    const first = ids.get(article.id);
    if (first !== undefined) {
      story.errors.push({ code: 'duplicate-id', input, ...(line ? { line } : {}), message: `${where}: same article id "${article.id}" as ${first}` });
      return;
    }
    ids.set(article.id, where);
    story.articles.push(article);
  };
  for (const file of files) {
    if (file === STDIN_PATH || jsonLayoutOf(file) !== null) {
      const input = file === STDIN_PATH ? STDIN_NAME : file;
      const read = await readJsonInput(file, stdin, maxChars);
      loose.errors.push(...read.errors);
      for (const { article, story, line } of read.articles) {
        let target = loose;
        if (story !== null) {
          target = named.get(story) ?? { name: story, articles: [], errors: [] };
          named.set(story, target);
        }
        add(target, article, `${input}:${line}`, input, line);
      }
      continue;
    }
    const read = await readArticleFile(file, file, maxChars);
    if (!read.ok) {
      loose.errors.push(read.error);
      continue;
    }
    add(loose, withMeta({ id: articleIdFromPath(file), text: read.text }, read.meta), file, file);
  }
  return [loose, ...named.values()];
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
  if (names.length > 0) {
    const [story] = await readFilesStories(names.map((n) => join(dir, n)), maxChars, undefined);
    return { stories: [{ ...story!, name: dir }], errors: [] };
  }
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
 * - all file arguments together are one more story, named `files`; `.json` (an array of articles
 *   or `{story?, articles}`) and `.jsonl`/`.ndjson` files (one article per line) add their
 *   articles to it, or, when an article or its document names a `story`, to a story of that name;
 * - `-` is standard input (`options.stdin`): JSON, JSON Lines, or one plain-text article.
 * Errors in JSON input name the file and the line (`InputError.line`).
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
    } else if (path === STDIN_PATH ? !files.includes(path) : !files.some((f) => f !== STDIN_PATH && resolve(f) === resolve(path))) {
      files.push(path);
    }
  }
  if (files.length > 0) stories.push(...(await readFilesStories(files, maxChars, options.stdin)));
  for (const story of stories) errors.push(...story.errors);
  return { stories: stories.filter((s) => s.articles.length > 0), errors };
}
