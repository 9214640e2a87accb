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

// Classification of non-ASCII code units, filled on first sight: the Unicode property regex per
// character showed in profiles (tokenize runs over every sentence several times). A UTF-16 code
// unit decides alone: a lone surrogate is never a letter, as it was for the regex on `text[i]`.
const nonAscii = new Uint8Array(65536); // 0 unknown, 1 word character, 2 not

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let v = nonAscii[code]!;
  if (v === 0) nonAscii[code] = v = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2;
  return v === 1;
}

/**
 * Where the word that starts at `start` (a word character) ends, reading no further than `end`:
 * letters and digits, joined over an inner apostrophe or hyphen when a word character follows.
 */
function wordEnd(text: string, start: number, end: number): number {
  let i = start + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      i++;
      continue;
    }
    // inner apostrophe or hyphen joins ("don't", "Iran-backed") when a word character follows
    if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < end && isWordCode(text.charCodeAt(i + 1))) {
      i += 2;
      continue;
    }
    break;
  }
  return i;
}

/** No upper-case ASCII letter and nothing outside ASCII (so no curly apostrophe either). */
function isPlainLower(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return false;
  }
  return true;
}

/** The lower-case form of a word, with a curly apostrophe made straight. */
function lowerWord(raw: string): string {
  // most words are lower-case ASCII already: return them as they are, no new string
  if (isPlainLower(raw)) return raw;
  const w = raw.toLowerCase();
  return w.includes('\u2019') ? w.replace(/\u2019/g, "'") : w;
}

/**
 * Split text into word tokens (letters, digits, inner apostrophes and hyphens), lower-cased, with offsets.
 * Linear scan: no backtracking on hostile input.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(text, start, n);
    tokens.push({ word: lowerWord(text.slice(start, i)), start, end: i });
  }
  return tokens;
}

/**
 * The words of `text` between `from` and `to`, exactly as `tokenize(text.slice(from, to))` finds
 * them, with offsets into `text` and the original spelling kept: reads the range in place, without
 * copying it and then re-slicing every word.
 */
export function tokenizeRange(text: string, from: number, to: number): { text: string; lower: string; start: number; end: number }[] {
  const out: { text: string; lower: string; start: number; end: number }[] = [];
  let i = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(text, start, to);
    const raw = text.slice(start, i);
    out.push({ text: raw, lower: lowerWord(raw), start, end: i });
  }
  return out;
}

/** The `word`s of `tokenize(text)`, without building a token object per word. */
export function tokenWords(text: string): string[] {
  const words: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(text, start, n);
    words.push(lowerWord(text.slice(start, i)));
  }
  return words;
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
 * The default limit of 10,000 texts covers the 500-copy story at the same CPU time as 50,000 did,
 * and keeps a long `checkStream` intake lower in memory (15,000 articles: 688 vs 847 MiB peak RSS).
 */
export function memoText<T>(fn: (text: string) => T, limit = 10_000): (text: string) => T {
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
  for (const w of tokenWords(foldText(text, { map: false }).text)) {
    if (!isStopword(w)) out.push(stem(w));
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

const plainWordsOf = memoText((text: string): string[] => tokenWords(foldText(text, { map: false }).text));

/** Lower-case words of a text after folding typography, punctuation dropped (memoized, shared: read-only). */
export function plainWords(text: string): string[] {
  return plainWordsOf(text);
}
