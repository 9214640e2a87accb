/** Folded text with a map back: `map[i]` is the offset in the original of folded character `i`. */
export interface FoldedText {
  text: string;
  map: number[];
}

const SINGLE: Record<string, string> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u0060': "'", '\u00B4': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u3000': ' ',
};
const ZERO_WIDTH = new Set(['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD']);

/**
 * Fold typography for comparison — curly quotes to straight, `…` to `...`, dashes to `-`, white
 * space runs to one space, zero-width characters dropped, lower case — keeping a map back to the
 * original offsets so anything found in the folded text can be reported where it stands (`map:
 * false` leaves the map empty, for callers that only read the text).
 * @example foldText('“Hi…”').text // '"hi..."'
 */
export function foldText(original: string, options: { lowerCase?: boolean; map?: boolean } = {}): FoldedText {
  const lower = options.lowerCase ?? true;
  // `map: false` for callers that only compare the text: the offset map is as long as the text
  const keepMap = options.map ?? true;
  // Built as UTF-16 code units and turned into a string once: appending to a string one
  // character at a time, with a table lookup and toLowerCase each, showed in profiles. ASCII
  // takes a fast path; everything else goes through the table as before.
  const codes: number[] = [];
  const map: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < original.length; i++) {
    let c = original.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11) {
        if (lastSpace) continue;
        lastSpace = true;
        codes.push(32);
        if (keepMap) map.push(i);
        continue;
      }
      lastSpace = false;
      if (c === 0x60) c = 39; // a backtick is an apostrophe (the one ASCII entry of SINGLE)
      else if (lower && c >= 65 && c <= 90) c += 32;
      codes.push(c);
      if (keepMap) map.push(i);
      continue;
    }
    const ch = original[i]!;
    if (ZERO_WIDTH.has(ch)) continue;
    if (ch === '\u2026') {
      codes.push(46, 46, 46);
      if (keepMap) map.push(i, i, i);
      lastSpace = false;
      continue;
    }
    let f = SINGLE[ch] ?? ch;
    if (f === ' ' || f === '\n' || f === '\r' || f === '\t' || f === '\f' || f === '\v') {
      if (lastSpace) continue;
      f = ' ';
      lastSpace = true;
    } else {
      lastSpace = false;
    }
    const piece = lower ? f.toLowerCase() : f;
    // toLowerCase can change length (e.g. 'İ'); every produced unit maps to the same source offset.
    for (let k = 0; k < piece.length; k++) {
      codes.push(piece.charCodeAt(k));
      if (keepMap) map.push(i);
    }
  }
  if (codes.length > 0 && codes[codes.length - 1] === 32) {
    codes.pop();
    if (keepMap) map.pop();
  }
  return { text: fromCodes(codes), map };
}

/** A string from UTF-16 code units, in chunks small enough for `fromCharCode`'s argument list. */
function fromCodes(codes: readonly number[]): string {
  const CHUNK = 8192;
  if (codes.length <= CHUNK) return String.fromCharCode(...codes);
  let out = '';
  for (let k = 0; k < codes.length; k += CHUNK) out += String.fromCharCode(...codes.slice(k, k + CHUNK));
  return out;
}

/** Map a folded half-open range back to an original half-open range. */
export function unfoldSpan(folded: FoldedText, start: number, end: number, originalLength: number): { start: number; end: number } {
  const s = start < folded.map.length ? folded.map[start]! : originalLength;
  const e = end > 0 && end - 1 < folded.map.length ? folded.map[end - 1]! + 1 : s;
  return { start: s, end: Math.max(s, e) };
}

/**
 * Drop the dots of initialisms ("U.S." → "US") so that "U.S." and "US" compare equal.
 * A linear scan: a dot between two single letters goes.
 */
export function collapseInitialisms(text: string): string {
  const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '.' && isLetter(text[i - 1]) && !isLetter(text[i - 2])) {
      if (isLetter(text[i + 1]) && text[i + 2] === '.') continue; // the inner dot of "U.S."
      if (text[i - 2] === '.') continue; // the final dot of "U.S."
    }
    out += ch;
  }
  return out;
}
