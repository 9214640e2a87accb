import { ArticleSchema, type Article } from '../schema/article.js';
import type { InputError } from '../schema/report.js';

/** An article read from JSON or JSON Lines, with where it was found and the story it names. */
export interface JsonArticle {
  article: Article;
  /** The `story` field of the article (or of the `{story, articles}` object around it). */
  story: string | null;
  /** 1-based line of the article in its input. */
  line: number;
}

/** Articles parsed out of one JSON or JSON Lines input, and an error (with its line) for each bad one. */
export interface JsonArticlesResult {
  articles: JsonArticle[];
  errors: InputError[];
}

/** How a JSON input is laid out: one document, or one article per line. */
export type JsonLayout = 'json' | 'jsonl';

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** 1-based line of a UTF-16 offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** V8 names the offset of a JSON syntax error ("… at position 42"); turn it into a line. */
function syntaxErrorLine(text: string, e: unknown): number | undefined {
  const m = /\bposition (\d{1,10})\b/.exec(errorText(e));
  return m ? lineAt(text, Number(m[1])) : undefined;
}

/**
 * Start offsets of the elements of the articles array: the root array, or the array under the
 * root object's `articles` key. A linear scan over the JSON text (already known to parse), so
 * an error about the n-th article can name its line.
 */
export function articleElementOffsets(text: string): number[] {
  const starts: number[] = [];
  const stack: ('array' | 'object')[] = [];
  let inString = false;
  let stringStart = -1;
  let lastKey = '';
  let pendingKey = '';
  let articlesDepth = -1; // stack depth of the articles array, once entered
  let awaiting = false; // the next value in the articles array starts an element
  let finished = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (stack.length === 1 && stack[0] === 'object') pendingKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (c === ':') {
      lastKey = pendingKey;
      continue;
    }
    if (awaiting && stack.length === articlesDepth && c !== ']') {
      starts.push(i);
      awaiting = false;
    }
    if (c === '"') {
      inString = true;
      stringStart = i;
    } else if (c === '[' || c === '{') {
      stack.push(c === '[' ? 'array' : 'object');
      const isArticles = c === '[' && !finished && (stack.length === 1 || (stack.length === 2 && stack[0] === 'object' && lastKey === 'articles'));
      if (isArticles) {
        articlesDepth = stack.length;
        awaiting = true;
      }
    } else if (c === ']' || c === '}') {
      if (stack.length === articlesDepth) {
        awaiting = false;
        articlesDepth = -1;
        finished = true; // later arrays are not articles
      }
      stack.pop();
    } else if (c === ',' && stack.length === articlesDepth) {
      awaiting = true;
    }
  }
  return starts;
}

/** Validate one parsed item as an article, naming the input and line when it is not one. */
function toArticle(item: unknown, input: string, line: number, outerStory: string | null): JsonArticle | InputError {
  const where = `${input}:${line}`;
  const parsed = ArticleSchema.safeParse(item);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length ? ` (${issue.path.join('.')})` : '';
    return { code: 'invalid-article', input, line, message: `${where}: not an article${field}: ${issue?.message ?? 'invalid'}` };
  }
  if (!parsed.data.text.trim()) return { code: 'empty', input, line, message: `${where}: the article "${parsed.data.id}" has no text` };
  const own = (item as Record<string, unknown>)['story'];
  if (own !== undefined && (typeof own !== 'string' || !own.trim())) {
    return { code: 'invalid-article', input, line, message: `${where}: not an article (story): expected a non-empty string` };
  }
  return { article: parsed.data, story: typeof own === 'string' ? own : outerStory, line };
}

function collect(results: readonly (JsonArticle | InputError)[]): JsonArticlesResult {
  const out: JsonArticlesResult = { articles: [], errors: [] };
  for (const r of results) {
    if ('article' in r) out.articles.push(r);
    else out.errors.push(r);
  }
  return out;
}

/**
 * Parse a JSON document of articles: an array of articles, or `{ "story"?: string, "articles": [...] }`.
 * Pure: the caller reads the file. Errors name `input` and the line of the bad article.
 * @example parseJsonArticles('[{"id":"a","text":"Hello."}]', 'a.json').articles[0].article.id // 'a'
 */
export function parseJsonArticles(text: string, input: string): JsonArticlesResult {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const line = syntaxErrorLine(text, e);
    return {
      articles: [],
      errors: [{ code: 'invalid-article', input, ...(line ? { line } : {}), message: `${input}${line ? `:${line}` : ''}: not valid JSON: ${errorText(e)}` }],
    };
  }
  let items: unknown[];
  let story: string | null = null;
  if (Array.isArray(root)) items = root;
  else if (root && typeof root === 'object' && Array.isArray((root as Record<string, unknown>)['articles'])) {
    const o = root as Record<string, unknown>;
    items = o['articles'] as unknown[];
    if (typeof o['story'] === 'string' && o['story'].trim()) story = o['story'];
  } else {
    return { articles: [], errors: [{ code: 'invalid-article', input, line: 1, message: `${input}:1: expected an array of articles or {"articles": [...]}` }] };
  }
  const offsets = articleElementOffsets(text);
  return collect(items.map((item, i) => toArticle(item, input, lineAt(text, offsets[i] ?? 0), story)));
}

/**
 * Parse JSON Lines: one article object per line; blank lines are skipped. Pure.
 * A bad line is an error naming its line; the other lines are still read.
 * @example parseJsonlArticles('{"id":"a","text":"Hi."}\n{"id":"b","text":"Yo."}\n', '-').articles.length // 2
 */
export function parseJsonlArticles(text: string, input: string): JsonArticlesResult {
  const results: (JsonArticle | InputError)[] = [];
  text.split('\n').forEach((raw, i) => {
    const read = parseJsonlLine(raw, input, i + 1);
    if (read) results.push(read);
  });
  return collect(results);
}

/**
 * One line of JSON Lines as an article, or the error that names its line; null for a blank line.
 * For readers that take a file line by line.
 */
export function parseJsonlLine(raw: string, input: string, line: number): JsonArticle | InputError | null {
  const body = raw.trim();
  if (!body) return null;
  let item: unknown;
  try {
    item = JSON.parse(body);
  } catch (e) {
    return { code: 'invalid-article', input, line, message: `${input}:${line}: not valid JSON: ${errorText(e)}` };
  }
  return toArticle(item, input, line, null);
}

/**
 * Which layout a stream is in, for input with no file name (stdin): a whole document that is an
 * array or has `articles` is JSON, anything else that starts like JSON is JSON Lines, and the rest
 * is plain text (`null`).
 */
export function sniffJsonLayout(text: string): JsonLayout | null {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return null;
  try {
    const root: unknown = JSON.parse(text);
    if (Array.isArray(root) || (root && typeof root === 'object' && 'articles' in root)) return 'json';
  } catch {
    // Several lines of JSON do not parse as one document: that is what JSON Lines looks like.
  }
  return first === '[' ? 'json' : 'jsonl';
}
