import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { foldText } from '../normalize/fold.js';

/** A word of a text with its UTF-16 range in that text. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const STOPWORDS = new Set(
  ('a an the and or but nor of to in on at by for with from as into onto about than then that this these those ' +
    'is are was were be been being am do does did has have had having it its it\'s he she they we i you him her them us me ' +
    'his hers their our my your who whom whose which what when where why how there here not no so if also too very can could ' +
    'will would shall should may might must just only such own same other some any all each both more most s t').split(' '),
);

/** True for function words that carry no topic. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

function isWordChar(code: number, ch: string): boolean {
  if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  if (code < 128) return false;
  return /[\p{L}\p{N}\p{M}]/u.test(ch);
}

/**
 * Split text into word tokens (letters, digits, inner apostrophes and hyphens), lower-cased, with offsets.
 * Linear scan: no backtracking on hostile input.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (!isWordChar(ch.charCodeAt(0), ch)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n) {
      const c = text[i]!;
      if (isWordChar(c.charCodeAt(0), c)) {
        i++;
        continue;
      }
      // inner apostrophe or hyphen joins ("don't", "Iran-backed") when a word character follows
      if ((c === "'" || c === '\u2019' || c === '-') && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text[i + 1]!)) {
        i += 2;
        continue;
      }
      break;
    }
    tokens.push({ word: text.slice(start, i).toLowerCase().replace(/\u2019/g, "'"), start, end: i });
  }
  return tokens;
}

const stemCache = new Map<string, string>();

/** Porter stem of a lower-case word (cached). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    const base = word.endsWith("'s") ? word.slice(0, -2) : word;
    s = /^[a-z]+$/.test(base) ? PorterStemmer.stem(base) : base;
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/**
 * A bounded memo for pure text functions. Rules look at the same sentence once per aligned
 * counterpart, so a story with hundreds of copies would otherwise fold and stem each sentence
 * hundreds of times. Cleared when full rather than evicting one by one: simple and still bounded.
 */
export function memoText<T>(fn: (text: string) => T, limit = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined) {
      v = fn(text);
      if (cache.size >= limit) cache.clear();
      cache.set(text, v);
    }
    return v;
  };
}

const contentStemsOf = memoText((text: string): string[] => {
  const out: string[] = [];
  for (const t of tokenize(foldText(text).text)) {
    if (!isStopword(t.word)) out.push(stem(t.word));
  }
  return out;
});

/**
 * Stems of the content words of a text, in order (stopwords dropped). Memoized: the array is
 * shared between callers, so treat it as read-only.
 */
export function contentStems(text: string): string[] {
  return contentStemsOf(text);
}

const contentStemSetOf = memoText((text: string): ReadonlySet<string> => new Set(contentStemsOf(text)));

/** The set of `contentStems(text)` (memoized, shared: read-only). */
export function contentStemSet(text: string): ReadonlySet<string> {
  return contentStemSetOf(text);
}

const plainWordsOf = memoText((text: string): string[] => tokenize(foldText(text).text).map((t) => t.word));

/** Lower-case words of a text after folding typography, punctuation dropped (memoized, shared: read-only). */
export function plainWords(text: string): string[] {
  return plainWordsOf(text);
}
