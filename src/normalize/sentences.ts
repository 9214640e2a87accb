import type { Span } from '../schema/span.js';
import { ABBREVIATIONS, SENTENCE_STARTERS } from './data/abbreviations.js';

const TRAILERS = new Set(['.', '!', '?', '\u2026', '"', "'", '\u201D', '\u2019', '\u00BB', ')', ']']);

/** A sentence ender (. ! ? … ‼ ⁇ ⁈ ⁉) by code unit: asked of every character, so no one-character strings. */
function isEnderCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u00A0' || ch === '\u2009' || ch === '\u202F';
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The word that ends at `dot` (exclusive), without leading brackets or quote marks. */
function wordBefore(text: string, from: number, dot: number): string {
  let s = dot;
  while (s > from && !isSpace(text[s - 1])) s--;
  while (s < dot && '("\'\u201C\u2018[\u00AB'.includes(text[s]!)) s++;
  return text.slice(s, dot);
}

function wordAfter(text: string, at: number, end: number): string {
  let e = at;
  while (e < end && !isSpace(text[e]) && !',.;:!?'.includes(text[e]!)) e++;
  return text.slice(at, e);
}

/** Does the period at `dot` belong to an abbreviation, an initial or an acronym rather than end a sentence? */
function isAbbreviation(text: string, from: number, dot: number, next: string): boolean {
  const word = wordBefore(text, from, dot);
  if (word.length === 0) return false;
  if (word.length === 1 && word !== word.toLowerCase()) return true; // initial: "J. R. Smith"
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if (lower.includes('.') && /^[a-z.]+$/.test(lower)) return !SENTENCE_STARTERS.has(next.toLowerCase()); // "U.S. President"
  if ((lower === 'no' || lower === 'nos') && /^[0-9]/.test(next)) return true;
  return false;
}

/** True when `pos` falls strictly inside one of the (sorted, outermost) protected ranges. */
function makeInsideTest(protectedRanges: readonly Span[]): (pos: number) => boolean {
  let k = 0;
  return (pos: number): boolean => {
    while (k < protectedRanges.length && protectedRanges[k]!.end <= pos) k++;
    const r = protectedRanges[k];
    return r !== undefined && r.start < pos && pos < r.end;
  };
}

/**
 * Split one paragraph into sentence spans (trimmed, exact offsets). A sentence ends at `.`, `!`,
 * `?` or `…` (with any closing marks) before white space and a word that does not start in lower
 * case, except after abbreviations, initials and dotted acronyms. Rule for quotations: a boundary
 * never falls inside a quotation (`protectedRanges`, opening to closing mark), so a quotation of
 * several sentences stays inside the reporter's sentence that holds it.
 */
export function splitSentences(text: string, para: Span, protectedRanges: readonly Span[]): Span[] {
  const out: Span[] = [];
  const inside = makeInsideTest(protectedRanges);
  let start = para.start;
  let i = para.start;
  while (i < para.end) {
    if (!isEnderCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const ch = text[i]!;
    let j = i + 1;
    while (j < para.end && TRAILERS.has(text[j]!)) j++;
    if (j < para.end && !isSpace(text[j])) {
      i = j;
      continue;
    }
    let k = j;
    while (k < para.end && isSpace(text[k])) k++;
    if (k >= para.end) break;
    const next = text[k]!;
    const nextWord = wordAfter(text, k, para.end);
    // `"…." — Jane Roe`: an attribution after a dash belongs to the sentence before it
    const dash = next === '\u2014' || next === '\u2013' || (next === '-' && isSpace(text[k + 1]));
    const boundary =
      !isLower(next) &&
      !dash && !inside(j) && !(ch === '.' && j === i + 1 && isAbbreviation(text, start, i, nextWord)) && !(ch === '\u2026' && isLower(next));
    if (boundary) {
      out.push({ start, end: j });
      start = k;
    }
    i = k;
  }
  let end = para.end;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
  return out;
}
