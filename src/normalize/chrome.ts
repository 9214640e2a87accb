import type { Span } from '../schema/span.js';
import { CHROME_LINES, CHROME_PREFIXES, CREDIT_MARKERS, LIST_HEADINGS } from './data/chrome.js';

/** A line lower-cased, ’ folded, surrounding punctuation and white space runs dropped. */
export function chromeKey(line: string): string {
  const lower = line.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ').trim();
  let s = 0;
  let e = lower.length;
  while (s < e && ':-–—•*>|.»'.includes(lower[s]!)) s++;
  while (e > s && ':-–—•*>|.»'.includes(lower[e - 1]!)) e--;
  return lower.slice(s, e).trim();
}

function wordCount(line: string): number {
  // by code unit: a surrogate pair is two non-space units inside one word, so the count is the same
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = c === 32 || c === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const EDGE_PUNCTUATION = ':-–—•*>|.»';
/** The longest key in the line lists: a longer key can be in neither. */
const LONGEST_KEY = Math.max(...[...CHROME_LINES, ...LIST_HEADINGS].map((k) => k.length));

/**
 * True when `chromeKey(line)` is certainly longer than `LONGEST_KEY`, found without building the
 * key: every line is keyed, and body paragraphs are long. The key keeps every non-space character
 * but the punctuation it strips at either end, and lower-casing never shortens a string.
 */
function keyTooLong(line: string): boolean {
  let s = 0;
  let e = line.length;
  while (s < e && isWhiteSpace(line.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(line.charCodeAt(e - 1))) e--;
  while (s < e && EDGE_PUNCTUATION.includes(line[s]!)) s++;
  while (e > s && EDGE_PUNCTUATION.includes(line[e - 1]!)) e--;
  if (e - s <= LONGEST_KEY) return false;
  let count = 0;
  for (let i = s; i < e; i++) if (!isWhiteSpace(line.charCodeAt(i)) && ++count > LONGEST_KEY) return true;
  return false;
}

/** JavaScript white space (what `\s` and `trim` drop), by code unit. */
function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A list item: "- Headline", "• Headline", "* Headline". */
export function isListItem(line: string): boolean {
  const t = line.trimStart();
  return (t.startsWith('- ') || t.startsWith('• ') || t.startsWith('* ') || t.startsWith('– ') || t.startsWith('— ')) && t.length > 3;
}

/** "By Jane Roe", "By The Associated Press": a byline, not body text. */
function isByline(line: string): boolean {
  const t = line.trim();
  if (!t.startsWith('By ') || wordCount(t) > 8 || /[.!?]$/.test(t)) return false;
  const c = t[3];
  return c !== undefined && c !== c.toLowerCase();
}

function hasDomain(line: string): boolean {
  const lower = line.toLowerCase();
  return lower.includes('www.') || lower.includes('.com') || lower.includes('.org') || lower.includes('.net') || lower.includes('http');
}

/** True when a single line is page chrome on its own terms (comment prompts, share buttons, credits…). */
export function isChromeLine(line: string): boolean {
  if (!keyTooLong(line)) {
    const key = chromeKey(line);
    if (key.length === 0) return true;
    if (CHROME_LINES.has(key) || LIST_HEADINGS.has(key)) return true;
  }
  const lower = line.trim().toLowerCase();
  for (const p of CHROME_PREFIXES) if (lower.startsWith(p)) return true;
  if (isByline(line)) return true;
  const words = wordCount(line);
  if (words <= 8) for (const m of CREDIT_MARKERS) if (lower.includes(m)) return true;
  if (words <= 6 && hasDomain(line) && !/[.!?]$/.test(line.trim())) return true;
  // a caption ending with its credit: "… in Porto. Source: AAP"
  const src = lower.lastIndexOf('source:');
  if (src > 0 && wordCount(line.slice(src)) <= 4) return true;
  return false;
}

/** True when a line is a heading announcing a list of other stories ("Previous", "Read more", "Editor's Picks"). */
export function isListHeading(line: string): boolean {
  return !keyTooLong(line) && LIST_HEADINGS.has(chromeKey(line));
}

/** A short line without final punctuation: a headline, a tag or a caption head. */
export function isShortUnpunctuated(line: string, maxWords: number): boolean {
  const t = line.trim();
  return wordCount(t) <= maxWords && !/[.!?:"”’']$/.test(t);
}

/**
 * Indices of paragraphs that are page chrome: lines chrome on their own, lists of other headlines
 * after a list heading or a line ending in a colon, and runs of three or more short unpunctuated
 * lines (tag lists).
 */
export function findChrome(text: string, paragraphs: readonly Span[]): Set<number> {
  const lines = paragraphs.map((p) => text.slice(p.start, p.end));
  const chrome = new Set<number>();
  let inList = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (isChromeLine(line)) {
      chrome.add(k);
      if (isListHeading(line)) inList = true;
      continue;
    }
    const prev = k > 0 ? lines[k - 1]!.trim() : '';
    if (isListItem(line) && (inList || prev.endsWith(':') || (k > 0 && chrome.has(k - 1)) || (k > 0 && isListItem(lines[k - 1]!) && chrome.has(k - 1)))) {
      chrome.add(k);
      inList = true;
      continue;
    }
    inList = false;
  }
  // tag lists: runs of short unpunctuated lines
  let runStart = -1;
  for (let k = 0; k <= lines.length; k++) {
    const short = k < lines.length && isShortUnpunctuated(lines[k]!, 5);
    if (short && runStart < 0) runStart = k;
    if (!short && runStart >= 0) {
      if (k - runStart >= 3) for (let j = runStart; j < k; j++) chrome.add(j);
      runStart = -1;
    }
  }
  return chrome;
}
