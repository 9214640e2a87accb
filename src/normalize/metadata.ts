import type { Span } from '../schema/span.js';

/** A piece of text that says something about the article rather than being part of it. */
export interface MetaLine {
  span: Span;
  value: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** `YYYY-MM-DD` at `at`, or null. */
function isoAt(text: string, at: number): string | null {
  const s = text.slice(at, at + 10);
  if (s.length < 10 || s[4] !== '-' || s[7] !== '-') return null;
  for (const k of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(s[k])) return null;
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && !isDigit(text[at + 10]) ? s : null;
}

/**
 * A leading dateline such as "date 2025-01-16" (or a bare ISO date) at the start of a paragraph:
 * its span and the date.
 */
export function findLeadingDate(text: string, para: Span): MetaLine | null {
  let i = para.start;
  const head = text.slice(i, i + 5).toLowerCase();
  if (head === 'date ' || head === 'date:') {
    i += 5;
    while (i < para.end && text[i] === ' ') i++;
  }
  const iso = isoAt(text, i);
  return iso ? { span: { start: para.start, end: i + 10 }, value: iso } : null;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function monthIndex(word: string): number {
  const w = word.replace(/\.$/, '');
  if (w.length < 3) return -1;
  return MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w) && (w.length === 3 || w === 'sept')));
}

/**
 * A line that is a date ("February 12, 2017 4:15 pm", "Monday, 14 October 2024", "2017-02-12"),
 * possibly followed by page furniture after a "·" or "|" ("April 2, 2024 · 3 min read"): the ISO
 * date, or null.
 */
export function parseDateLine(line: string): string | null {
  let trimmed = line.trim();
  for (const sep of ['\u00B7', '|', '\u2022']) {
    const at = trimmed.indexOf(sep);
    if (at > 0) trimmed = trimmed.slice(0, at).trim();
  }
  if (trimmed.length > 40) return null;
  const iso = isoAt(trimmed, 0);
  if (iso) return iso;
  let words = trimmed.toLowerCase().replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  if (WEEKDAYS.includes(words[0] ?? '')) words = words.slice(1);
  if (words.length < 3) return null;
  // "April 2 2024" or "2 April 2024"
  let m = monthIndex(words[0]!);
  let day = Number(words[1]);
  if (m < 0) {
    m = monthIndex(words[1]!);
    day = Number(words[0]);
  }
  const year = Number(words[2]);
  if (m < 0 || !Number.isInteger(day) || day < 1 || day > 31 || !Number.isInteger(year) || year < 1900 || year > 2200) return null;
  for (const w of words.slice(3)) if (!/^[0-9:apm.]+$/.test(w)) return null;
  return `${year}-${String(m + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The outlet named by a source line ("Source » X", "Original Source: www.x.com"), or null. */
export function parseSourceLine(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > 80) return null;
  const lower = trimmed.toLowerCase();
  let rest: string | null = null;
  for (const lead of ['original source', 'source', 'via', 'courtesy of']) {
    if (!lower.startsWith(lead)) continue;
    const after = trimmed.slice(lead.length).trimStart();
    const sep = after[0];
    if (sep === ':' || sep === '\u00BB' || sep === '>' || sep === '-' || sep === '\u2013' || sep === '\u2014' || sep === '|') {
      rest = after.slice(1).trim();
      break;
    }
  }
  if (!rest) return null;
  return outletName(rest);
}

/** "https://www.foxnews.com/world/x" → "foxnews.com"; anything else is kept as written. */
export function outletName(raw: string): string | null {
  let s = raw.trim();
  const lower = s.toLowerCase();
  if (lower.startsWith('http://')) s = s.slice(7);
  else if (lower.startsWith('https://')) s = s.slice(8);
  if (s.toLowerCase().startsWith('www.')) s = s.slice(4);
  if (!s.includes(' ')) {
    const slash = s.indexOf('/');
    if (slash > 0) s = s.slice(0, slash);
  }
  let end = s.length;
  while (end > 0 && (s[end - 1] === '.' || s[end - 1]!.trim() === '')) end--;
  s = s.slice(0, end);
  return s.length > 0 && s.length <= 60 ? s : null;
}

/**
 * A leading wire-style byline "Outlet Name/ text…" at a paragraph start: the span of
 * "Outlet Name/" and the outlet, or null. Only short runs of capitalised words qualify.
 */
export function findLeadingByline(text: string, para: Span): MetaLine | null {
  const limit = Math.min(para.end, para.start + 40);
  let slash = -1;
  for (let i = para.start; i < limit; i++) {
    if (text[i] === '/') {
      slash = i;
      break;
    }
  }
  if (slash <= para.start || text[slash + 1] !== ' ') return null;
  const name = text.slice(para.start, slash).trim();
  const words = name.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 5) return null;
  for (const w of words) {
    const c = w[0]!;
    if (c === c.toLowerCase() || !/^[\p{L}\p{N}.&'’-]+$/u.test(w)) return null;
  }
  return { span: { start: para.start, end: slash + 1 }, value: name };
}
