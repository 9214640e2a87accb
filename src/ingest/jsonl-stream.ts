import { createReadStream } from 'node:fs';
import type { InputError } from '../schema/report.js';
import { parseJsonlLine, type JsonArticle } from './json.js';
import { DEFAULT_MAX_ARTICLE_CHARS } from './validate.js';

/** Options of `readJsonlStream`. */
export interface JsonlStreamOptions {
  /** Largest article accepted, in UTF-16 code units. Default: 2,000,000. */
  maxArticleChars?: number;
}

const NEWLINE = 0x0a;

/**
 * The articles of a JSON Lines file, read line by line as they are needed, so a day's intake is
 * never all in memory: each line is an article, or an error naming the line (not JSON, not an
 * article, not UTF-8, too large). A line far over the size limit is skipped unread. Node only.
 * @example for await (const read of readJsonlStream('intake.jsonl')) if ('article' in read) queue(read.article);
 */
export async function* readJsonlStream(path: string, options: JsonlStreamOptions = {}): AsyncGenerator<JsonArticle | InputError> {
  const maxChars = options.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  // A JSON line holds the text escaped plus its fields: four bytes a character, and room for the rest.
  const maxLineBytes = maxChars * 4 + 65_536;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  let overlong = false;
  const finish = (): JsonArticle | InputError | null => {
    const bytes = Buffer.concat(parts, size);
    parts = [];
    size = 0;
    if (overlong) {
      overlong = false;
      return { code: 'too-large', input: path, line, message: `${path}:${line}: more than ${maxLineBytes} bytes on one line` };
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return { code: 'not-text', input: path, line, message: `${path}:${line}: not valid UTF-8` };
    }
    const read = parseJsonlLine(line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, path, line);
    if (read && 'article' in read && read.article.text.length > maxChars) {
      return { code: 'too-large', input: path, line, message: `${path}:${line}: article "${read.article.id}" has ${read.article.text.length} characters, more than the limit of ${maxChars}` };
    }
    return read;
  };
  try {
    // Opening errors (no such file, a folder) surface on the first read, below.
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      let from = 0;
      for (let nl = chunk.indexOf(NEWLINE, from); nl >= 0; nl = chunk.indexOf(NEWLINE, from)) {
        take(chunk.subarray(from, nl));
        const read = finish();
        if (read) yield read;
        line++;
        from = nl + 1;
      }
      take(chunk.subarray(from));
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'unreadable';
    yield { code, input: path, message: `${path}: ${code === 'not-found' ? 'file not found' : `cannot read: ${e instanceof Error ? e.message : String(e)}`}` };
    return;
  }
  if (size > 0 || overlong) {
    const read = finish();
    if (read) yield read;
  }

  function take(piece: Buffer): void {
    if (overlong || piece.length === 0) return;
    if (size + piece.length > maxLineBytes) {
      overlong = true;
      parts = [];
      size = 0;
      return;
    }
    // Copied: the stream may reuse its chunk's memory.
    parts.push(Buffer.from(piece));
    size += piece.length;
  }
}
