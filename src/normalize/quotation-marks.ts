import type { Span } from '../schema/span.js';

/** One pair of quotation marks found in a paragraph (or a piece of a quotation that runs over paragraphs). */
export interface QuotationSpan {
  /** Offset of the opening mark; -1 when the page lost it and the quotation starts at the paragraph start. */
  open: number;
  /** Offset of the closing mark; -1 when the quotation is closed by the paragraph end. */
  close: number;
  /** The words between the marks, white space trimmed. */
  start: number;
  end: number;
  style: 'double' | 'single';
  /** 0 for an outermost quotation, 1 for a quotation inside it, … */
  depth: number;
  /** Index (in the returned list) of the quotation this one is nested in, or -1. */
  parent: number;
  /** Index into the paragraphs given to the scanner. */
  paragraph: number;
  /** Pieces of one quotation running over several paragraphs share this number; otherwise unique. */
  group: number;
}

type Role = 'open' | 'close' | 'either' | 'none';

interface OpenMark {
  pos: number;
  style: 'double' | 'single';
}

const DOUBLE_OPEN = new Set(['\u201C', '\u201E', '\u201F', '\u00AB']);
const DOUBLE_CLOSE = new Set(['\u201D', '\u00BB']);
const SINGLE_OPEN = new Set(['\u2018', '\u201A', '\u2039']);
const SINGLE_CLOSE = new Set(['\u2019', '\u203A']);
// Characters after which an opening mark is natural, and before which a closing mark is.
const OPEN_CONTEXT = new Set(['(', '[', '{', '\u2014', '\u2013', '-', '/', ':', '\u201C', '\u2018', '"', "'", '\u00AB', '|']);
const CLOSE_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2026', '\u2014', '\u2013', '-', '\u201D', '\u2019', '"', "'", '\u00BB']);

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u00A0' || ch === '\u2009' || ch === '\u202F';
}

function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c >= 128 && /[\p{L}\p{N}]/u.test(ch);
}

/** What a straight or curly mark can be, from its neighbours (a `’` between letters is an apostrophe). */
function roleOf(ch: string, prev: string | undefined, next: string | undefined, singleOpen: boolean): Role {
  if (DOUBLE_OPEN.has(ch) || SINGLE_OPEN.has(ch)) return 'open';
  if (DOUBLE_CLOSE.has(ch)) return 'close';
  const openLike = (isSpace(prev) || OPEN_CONTEXT.has(prev!)) && !isSpace(next);
  const closeLike = !isSpace(prev) && (isSpace(next) || CLOSE_CONTEXT.has(next!));
  if (SINGLE_CLOSE.has(ch)) return singleOpen && closeLike && !isLetterOrDigit(next) ? 'close' : 'none';
  if (ch === '"') {
    if (openLike && !closeLike) return 'open';
    if (closeLike && !openLike) return 'close';
    return 'either';
  }
  if (ch === "'") {
    if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return 'none';
    if (singleOpen && closeLike) return 'close';
    if (openLike && (isLetterOrDigit(next) || next === '\u2026' || next === '.')) return 'open';
    return 'none';
  }
  return 'none';
}

function styleOf(ch: string): 'double' | 'single' {
  return ch === '"' || DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch) ? 'double' : 'single';
}

function isMark(ch: string): boolean {
  return isMarkCode(ch.charCodeAt(0));
}

/** `isMark` on a code unit: the scan asks it of every character, so no one-character strings and set lookups. */
function isMarkCode(c: number): boolean {
  switch (c) {
    case 0x22: // "
    case 0x27: // '
    case 0x201c:
    case 0x201e:
    case 0x201f:
    case 0x00ab:
    case 0x201d:
    case 0x00bb:
    case 0x2018:
    case 0x201a:
    case 0x2039:
    case 0x2019:
    case 0x203a:
      return true;
    default:
      return false;
  }
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return { start: s, end: e };
}

function firstNonSpace(text: string, span: Span | undefined): string | undefined {
  if (!span) return undefined;
  let i = span.start;
  while (i < span.end && isSpace(text[i])) i++;
  return i < span.end ? text[i] : undefined;
}

function lastStackIndex(stack: OpenMark[], style: 'double' | 'single'): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.style === style) return k;
  return -1;
}

interface ParagraphScan {
  found: QuotationSpan[];
  /** The outermost mark left open at the paragraph end, if any. */
  unclosed: OpenMark | null;
}

/**
 * Deepest nesting kept. Real quoting nests two or three levels; past this, opening marks are
 * ignored, so every later stage (which reads each quotation's words) stays linear in the text.
 */
const MAX_NESTING = 8;

/** Add the quotation between two marks (-1: the paragraph edge) unless only white space is inside. */
function pushQuotation(found: QuotationSpan[], text: string, para: Span, paragraph: number, open: number, close: number, style: 'double' | 'single', depth: number): void {
  const { start, end } = trimSpan(text, open < 0 ? para.start : open + 1, close < 0 ? para.end : close);
  if (end > start) found.push({ open, close, start, end, style, depth, parent: -1, paragraph, group: -1 });
}

/** One linear pass over a paragraph with a stack of open marks (never deeper than `MAX_NESTING`). */
function scanParagraph(text: string, para: Span, paragraph: number): ParagraphScan {
  const found: QuotationSpan[] = [];
  const stack: OpenMark[] = [];
  for (let i = para.start; i < para.end; i++) {
    if (!isMarkCode(text.charCodeAt(i))) continue;
    const ch = text[i]!;
    const style = styleOf(ch);
    let role = roleOf(ch, i > para.start ? text[i - 1] : undefined, i + 1 < para.end ? text[i + 1] : undefined, lastStackIndex(stack, 'single') >= 0);
    const openIdx = lastStackIndex(stack, style);
    if (role === 'either') role = openIdx >= 0 ? 'close' : 'open';
    // a straight double mark never nests inside another straight double: it closes it
    if (ch === '"' && role === 'open' && openIdx >= 0 && text[stack[openIdx]!.pos] === '"') role = 'close';
    if (role === 'open') {
      if (stack.length < MAX_NESTING) stack.push({ pos: i, style });
    } else if (role === 'close') {
      if (openIdx >= 0) {
        const mark = stack[openIdx]!;
        stack.length = openIdx; // marks opened inside and never closed were apostrophes or typos
        pushQuotation(found, text, para, paragraph, mark.pos, i, style, openIdx);
      } else if (style === 'double' && found.length === 0 && stack.length === 0 && i > para.start) {
        // The page lost the opening mark: take the quotation from the paragraph start.
        pushQuotation(found, text, para, paragraph, -1, i, style, 0);
      }
    }
  }
  return { found, unclosed: stack.length > 0 ? stack[0]! : null };
}

/** Link each quotation to the nearest quotation containing it, with one stack pass (lists sorted by start). */
function linkParents(found: QuotationSpan[]): void {
  const stack: number[] = [];
  for (let k = 0; k < found.length; k++) {
    const q = found[k]!;
    while (stack.length > 0 && found[stack[stack.length - 1]!]!.end < q.end) stack.pop();
    const top = stack[stack.length - 1];
    q.parent = top !== undefined && found[top]!.depth < q.depth ? top : -1;
    stack.push(k);
  }
}

/**
 * Find quotations in a text, paragraph by paragraph, with a linear stack-based scan (no
 * backtracking regex). Handles curly and straight double and single marks, « », nesting, `’` as
 * apostrophe, quotations over several paragraphs (each paragraph opens, only the last closes) and
 * unbalanced marks: an unclosed mark is closed at its paragraph end when it opens the paragraph
 * or follows a colon or comma, and dropped otherwise, so it never swallows the rest of the text.
 */
export function scanQuotations(text: string, paragraphs: readonly Span[]): QuotationSpan[] {
  const all: QuotationSpan[] = [];
  let group = 0;
  let carry = -1; // group of a quotation running on from the previous paragraph
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const { found, unclosed } = scanParagraph(text, para, p);
    let runsOn = false;
    if (unclosed) {
      const next = firstNonSpace(text, paragraphs[p + 1]);
      runsOn = next !== undefined && isMark(next) && styleOf(next) === unclosed.style && roleOf(next, undefined, 'x', false) !== 'close';
      let before = unclosed.pos - 1;
      while (before >= para.start && isSpace(text[before])) before--;
      const opensParagraph = before < para.start;
      if (runsOn || opensParagraph || text[before] === ':' || text[before] === ',') {
        const { start, end } = trimSpan(text, unclosed.pos + 1, para.end);
        if (end > start) found.push({ open: unclosed.pos, close: -1, start, end, style: unclosed.style, depth: 0, parent: -1, paragraph: p, group: -1 });
        else runsOn = false;
      } else runsOn = false;
    }
    found.sort((a, b) => a.start - b.start || a.depth - b.depth);
    linkParents(found);
    let runOnGroup = -1;
    for (const q of found) {
      const continues = carry >= 0 && q.depth === 0 && q.open >= 0 && isFirstMark(text, para, q.open);
      q.group = continues ? carry : group++;
      if (q.close < 0 && q.depth === 0) runOnGroup = q.group;
    }
    carry = runsOn ? runOnGroup : -1;
    const offset = all.length;
    for (const q of found) {
      if (q.parent >= 0) q.parent += offset;
      all.push(q);
    }
  }
  return all;
}

function isFirstMark(text: string, para: Span, pos: number): boolean {
  let i = para.start;
  while (i < para.end && isSpace(text[i])) i++;
  return i === pos;
}
