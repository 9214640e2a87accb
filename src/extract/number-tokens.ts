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

// Letter class of non-ASCII code units, filled on first sight: the Unicode property regex per
// character showed in profiles (every sentence is scanned several times). A lone surrogate is no
// letter, as it was for the regex on a one-unit string.
const nonAsciiLetter = new Uint8Array(65536); // 0 unknown, 1 letter, 2 not

/** A letter, as the scanner reads one (non-ASCII classes cached). */
export function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let v = nonAsciiLetter[code]!;
  if (v === 0) nonAsciiLetter[code] = v = /\p{L}/u.test(String.fromCharCode(code)) ? 1 : 2;
  return v === 1;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 12 || c === 11;
}

/** No upper-case ASCII letter and nothing outside ASCII (so no curly apostrophe either). */
function isPlainLower(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return false;
  }
  return true;
}

/** Lower case with the curly apostrophe folded; most tokens have no apostrophe, so no regex for them. */
function lowerToken(raw: string): string {
  // most tokens are lower-case ASCII already: return them as they are, no new string
  if (isPlainLower(raw)) return raw;
  const lower = raw.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
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
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    let kind: NumberTokenKind;
    if (isDigit(code)) {
      kind = 'digits';
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) {
          i++;
          continue;
        }
        if ((c === 44 || c === 46) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
          i += 2;
          continue;
        }
        break;
      }
    } else if (isLetterCode(code)) {
      kind = 'word';
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isLetterCode(c)) {
          i++;
          continue;
        }
        if ((c === 39 || c === 0x2019) && i + 1 < n && isLetterCode(text.charCodeAt(i + 1))) {
          i += 2;
          continue;
        }
        break;
      }
    } else {
      kind = 'symbol';
      // keep surrogate pairs whole
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    const raw = text.slice(start, i);
    out.push({ kind, text: raw, lower: lowerToken(raw), start, end: i, spaced });
    spaced = false;
  }
  return out;
}
