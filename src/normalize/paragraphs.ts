import type { Span } from '../schema/span.js';

interface Line extends Span {
  /** Trimmed length. */
  length: number;
}

const TERMINAL = new Set(['.', '!', '?', '"', '\u201D', '\u2019', "'", ':', '\u2026', ')']);

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === '\f' || ch === '\v' || ch === '\u00A0' || ch === '\uFEFF' || ch === '\u200B';
}

/** Lines of a text, trimmed of white space, blank lines as `null` (they separate blocks). */
function splitLines(text: string): (Line | null)[] {
  const lines: (Line | null)[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n' && text[i] !== '\u2028' && text[i] !== '\u2029') continue;
    let s = start;
    let e = i;
    while (s < e && isBlank(text[s]!)) s++;
    while (e > s && isBlank(text[e - 1]!)) e--;
    lines.push(e > s ? { start: s, end: e, length: e - s } : null);
    start = i + 1;
  }
  return lines;
}

function isLowerStart(text: string, line: Line): boolean {
  const ch = text[line.start]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function firstWordLength(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end && !isBlank(text[i]!)) i++;
  return i - line.start;
}

/**
 * A block is hard-wrapped (a line break every ~70 characters, mid-sentence) when many of its breaks
 * run on into a lower-case word and no line is much longer than the others.
 */
function isHardWrapped(text: string, block: Line[]): boolean {
  if (block.length < 4) return false;
  let runOn = 0;
  let max = 0;
  for (let k = 0; k < block.length; k++) {
    const line = block[k]!;
    max = Math.max(max, line.length);
    const next = block[k + 1];
    if (next && !TERMINAL.has(text[line.end - 1]!) && isLowerStart(text, next)) runOn++;
  }
  return max <= 120 && runOn / (block.length - 1) >= 0.25;
}

/**
 * Join the lines of a hard-wrapped block into paragraphs: a line ends its paragraph when it ends a
 * sentence and the next line's first word would have fitted on it (so the wrapper did not put it there).
 */
function joinWrapped(text: string, block: Line[]): Span[] {
  const width = block.reduce((m, l) => Math.max(m, l.length), 0);
  const out: Span[] = [];
  let start = block[0]!.start;
  for (let k = 0; k < block.length; k++) {
    const line = block[k]!;
    const next = block[k + 1];
    const ends =
      !next ||
      (TERMINAL.has(text[line.end - 1]!) && line.length + 1 + firstWordLength(text, next) <= width) ||
      (line.length < width / 2 && !isLowerStart(text, next) && text[line.end - 1] !== ',');
    if (ends) {
      out.push({ start, end: line.end });
      if (next) start = next.start;
    }
  }
  return out;
}

/**
 * Split a text into paragraph spans (trimmed): blank lines and single line breaks separate
 * paragraphs, except in hard-wrapped blocks, whose lines are joined back into paragraphs.
 */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    if (isHardWrapped(text, block)) out.push(...joinWrapped(text, block));
    else for (const l of block) out.push({ start: l.start, end: l.end });
    block = [];
  };
  for (const line of splitLines(text)) {
    if (line) block.push(line);
    else flush();
  }
  flush();
  return out;
}
