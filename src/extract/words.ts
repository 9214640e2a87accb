import { tokenize, tokenizeRange } from '../align/tokens.js';

/** A word of the original text, with its case kept and its offsets. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Words of `text` between `start` and `end`, offsets into `text`. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  if (end <= start) return [];
  if (start < 0) {
    // not expected from callers; kept exactly as the slicing version behaved
    return tokenize(text.slice(start, end)).map((t) => {
      const s = start + t.start;
      const e = start + t.end;
      return { text: text.slice(s, e), lower: t.word, start: s, end: e };
    });
  }
  return tokenizeRange(text, start, Math.min(end, text.length));
}

// Paragraph words of the article being extracted: the people index, its role pass and the
// cited-word check each read every paragraph's words, and tokenizing was the largest part of their
// cost. Keyed by the text itself, so a new article (or an equal one) simply finds what it needs.
let paragraphText: string | null = null;
const paragraphCache = new Map<number, { end: number; words: readonly Word[] }>();

/**
 * `wordsIn(text, start, end)` for a whole paragraph, remembered while the same text is being
 * read. The array is shared between callers: read-only.
 */
export function paragraphWords(text: string, start: number, end: number): readonly Word[] {
  if (text !== paragraphText) {
    paragraphText = text;
    paragraphCache.clear();
  }
  const hit = paragraphCache.get(start);
  if (hit && hit.end === end) return hit.words;
  const words = wordsIn(text, start, end);
  paragraphCache.set(start, { end, words });
  return words;
}

/**
 * `wordsIn(text, start, end)` for a range inside a paragraph, taken from the paragraph's shared
 * words (see `paragraphWords`) when no word crosses the range's edges: the scan is deterministic,
 * so the words inside are then exactly those the range alone would give. Read-only.
 */
export function wordsInParagraph(text: string, para: { start: number; end: number }, start: number, end: number): readonly Word[] {
  if (end <= start || start < para.start || end > para.end) return wordsIn(text, start, end);
  const words = paragraphWords(text, para.start, para.end);
  const from = firstEndingAfter(words, start);
  let to = from;
  while (to < words.length && words[to]!.end <= end) to++;
  // a word cut by either edge reads differently in the range alone
  if ((from < words.length && words[from]!.start < start) || (to < words.length && words[to]!.start < end)) return wordsIn(text, start, end);
  return words.slice(from, to);
}

/** Index of the first word ending after `pos` (words in text order). */
function firstEndingAfter(words: readonly Word[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first `count` words of `text` between `start` and `end` (fewer when there are fewer): the
 * same as `wordsIn(...).slice(0, count)`, but reads only as far as it needs, so callers that look
 * at a few leading words of a long range stay linear over many ranges.
 */
export function firstWordsIn(text: string, start: number, end: number, count: number): Word[] {
  // callers want a handful of words: start with room for about that many, grow when short
  let size = Math.max(64, count * 16);
  for (;;) {
    const stop = Math.min(end, start + size);
    let words = wordsIn(text, start, stop);
    // a word touching a cut that is not the range end may go on past it, also over an apostrophe
    // or hyphen right before the cut ("don'|t")
    if (stop < end && words.length > 0 && words[words.length - 1]!.end >= stop - 1) words = words.slice(0, -1);
    if (words.length >= count || stop === end) return words.slice(0, count);
    size *= 4;
  }
}

/** Starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII decides by range, without a case conversion per word
  if (code < 128) return code >= 65 && code <= 90;
  if (code !== code) return false; // empty word
  const c = word[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Ends with a possessive ’s. */
export function isPossessive(word: Word): boolean {
  return word.lower.endsWith("'s") || word.lower.endsWith("s'");
}

/** The word without a possessive ending. */
export function bare(word: Word): string {
  return isPossessive(word) ? word.text.slice(0, -2) : word.text;
}

/** Text between two words is only white space (at most one line break). */
export function adjacent(text: string, a: Word, b: Word): boolean {
  if (b.start - a.end > 2) return false;
  for (let i = a.end; i < b.start; i++) if (text[i] !== ' ' && text[i] !== '\n' && text[i] !== '\u00A0') return false;
  return b.start > a.end;
}
