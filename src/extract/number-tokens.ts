/**
 * A small token scanner for reading quantities: words, digit runs and single symbols with their
 * offsets. Linear, no regular expressions over unbounded input.
 */

/** What a token is. */
export type NumberTokenKind = 'word' | 'digits' | 'symbol';

/** One token with its half-open range in the scanned text. */
export interface NumberToken {
  kind: NumberTokenKind;
  /** Exact characters. */
  text: string;
  /** Lower case, curly apostrophe folded. */
  lower: string;
  start: number;
  end: number;
  /** True when white space (or nothing at all, at the start) separates it from the previous token. */
  spaced: boolean;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  if (code < 128) return false;
  return /\p{L}/u.test(ch);
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u00A0' || ch === '\u2009' || ch === '\u202F' || ch === '\f' || ch === '\v';
}

/**
 * Scan `text[from, to)` into tokens. Digit runs keep inner `,` and `.` when a digit follows
 * ("1,450", "1.2"); words keep inner apostrophes; hyphens are their own symbol so "6.1-magnitude"
 * and "twenty-five" can be read piece by piece.
 */
export function scanNumberTokens(text: string, from = 0, to = text.length): NumberToken[] {
  const out: NumberToken[] = [];
  let i = Math.max(0, from);
  const n = Math.min(text.length, to);
  let spaced = true;
  while (i < n) {
    const ch = text[i]!;
    if (isSpace(ch)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    let kind: NumberTokenKind;
    if (isDigit(ch.charCodeAt(0))) {
      kind = 'digits';
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) {
          i++;
          continue;
        }
        const s = text[i];
        if ((s === ',' || s === '.') && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
          i += 2;
          continue;
        }
        break;
      }
    } else if (isLetter(ch)) {
      kind = 'word';
      i++;
      while (i < n) {
        const c = text[i]!;
        if (isLetter(c)) {
          i++;
          continue;
        }
        if ((c === "'" || c === '\u2019') && i + 1 < n && isLetter(text[i + 1]!)) {
          i += 2;
          continue;
        }
        break;
      }
    } else {
      kind = 'symbol';
      // keep surrogate pairs whole
      const code = ch.charCodeAt(0);
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    const raw = text.slice(start, i);
    out.push({ kind, text: raw, lower: raw.toLowerCase().replace(/\u2019/g, "'"), start, end: i, spaced });
    spaced = false;
  }
  return out;
}
