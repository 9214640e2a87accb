// Plain-text scanning shared by the mutations: paragraphs, sentences, quotations, words, and the
// bookkeeping that maps a mutated text back onto the original. Deliberately independent of the
// checker's own extraction, so that what the checker misses is measured, not inherited.
import type { Span } from '../../schema/span.js';
import { bareTokens } from '../text.js';
import type { MutationArticle, MutationInput, Segment } from './types.js';

/** Builds a mutated text from copied ranges of the original and inserted text, tracking both. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];

  constructor(private readonly original: string) {}

  /** Copy `original[from, to)`. */
  copy(from: number, to: number): this {
    if (to <= from) return this;
    this.segments.push({ start: this.length, end: this.length + (to - from), from });
    this.parts.push(this.original.slice(from, to));
    this.length += to - from;
    return this;
  }

  /** Insert new text; returns where it stands in the mutated text. */
  insert(text: string): Span {
    const span = { start: this.length, end: this.length + text.length };
    this.parts.push(text);
    this.length += text.length;
    return span;
  }

  /** The mutated text so far. */
  text(): string {
    return this.parts.join('');
  }
}

/** One replacement of `original[start, end)` by `text`. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Apply non-overlapping replacements; returns the text, its segments and each replacement's new span. */
export function applyReplacements(original: string, replacements: readonly Replacement[]): { text: string; segments: Segment[]; spans: Span[] } {
  const order = replacements.map((r, i) => ({ r, i })).sort((a, b) => a.r.start - b.r.start);
  const b = new TextBuilder(original);
  const spans: Span[] = new Array<Span>(replacements.length);
  let at = 0;
  for (const { r, i } of order) {
    b.copy(at, r.start);
    spans[i] = b.insert(r.text);
    at = r.end;
  }
  b.copy(at, original.length);
  return { text: b.text(), segments: b.segments, spans };
}

/** True when the half-open spans share at least one position. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The paragraphs of a text: its non-blank lines, trimmed. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    let s = start;
    let e = i;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
    start = i + 1;
  }
  return out;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'col', 'sen', 'rep', 'gov', 'lt', 'no', 'prof', 'vs', 'inc', 'co', 'corp', 'ltd']);
const CLOSERS = new Set(['"', '\u201D', '\u2019', "'", ')']);

/** The sentences of one paragraph: split after . ! ? (and a closing quote) before a capital or a quote. */
export function sentences(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  for (let i = para.start; i < para.end; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let end = i + 1;
    while (end < para.end && CLOSERS.has(text[end] ?? '')) end++;
    if (end >= para.end) break;
    if (text[end] !== ' ') continue;
    const next = text[end + 1] ?? '';
    if (!/[\p{Lu}"\u201C\u2018'\d]/u.test(next)) continue;
    if (c === '.') {
      let w = i;
      while (w > para.start && /\p{L}/u.test(text[w - 1] ?? '')) w--;
      const word = text.slice(w, i);
      // "Mr. Smith", "U.S. officials": not sentence ends.
      if (ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && /\p{Lu}/u.test(word))) continue;
    }
    out.push({ start, end });
    start = end + 1;
  }
  if (start < para.end) out.push({ start, end: para.end });
  return out;
}

/** A quotation: its marks and the words between them. */
export interface QuoteSpan {
  /** Position of the opening mark. */
  open: number;
  /** Position of the closing mark. */
  close: number;
  /** The words between the marks. */
  inner: Span;
}

/**
 * Double-quoted passages per paragraph. Curly marks pair by direction, straight ones alternate;
 * an opening mark not closed in its paragraph (a quotation running on) yields nothing.
 */
export function quotations(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const p of paragraphs(text)) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (c === '\u201C' || (c === '"' && open < 0)) {
        open = i;
      } else if ((c === '\u201D' || c === '"') && open >= 0) {
        if (i > open + 1) out.push({ open, close: i, inner: { start: open + 1, end: i } });
        open = -1;
      }
    }
  }
  return out;
}

/** True when the span lies (even partly) inside a quotation, marks included. */
export function inQuotation(quotes: readonly QuoteSpan[], span: Span): boolean {
  return quotes.some((q) => overlaps({ start: q.open, end: q.close + 1 }, span));
}

/** A word with its place in the text. */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

/** The words of `text[span]` with their positions. */
export function wordsIn(text: string, span: Span): WordAt[] {
  const out: WordAt[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(WORD)) {
    const start = span.start + (m.index ?? 0);
    out.push({ word: m[0], start, end: start + m[0].length });
  }
  return out;
}

/** Punctuation-free, lower-case token string padded with spaces, for "does B carry this phrase". */
export function bareOf(text: string): string {
  return ` ${bareTokens(text).join(' ')} `;
}

/** True when `haystackBare` (from `bareOf`) holds the phrase's words in order, whole words only. */
export function carries(haystackBare: string, phrase: string): boolean {
  const tokens = bareTokens(phrase);
  return tokens.length > 0 && haystackBare.includes(` ${tokens.join(' ')} `);
}

/** The quotations of each article, as token strings, to ask "does another article quote this". */
export function quotedBare(article: MutationArticle): string[] {
  return quotations(article.text).map((q) => bareOf(article.text.slice(q.inner.start, q.inner.end)));
}

/** True when some other article quotes these words (or a quotation holding them, or held by them). */
export function quotedElsewhere(input: MutationInput, self: string, phrase: string): boolean {
  const mine = bareOf(phrase);
  if (mine.trim().split(' ').length < 4) return false;
  return input.articles.some((a) => a.id !== self && quotedBare(a).some((q) => q.includes(mine) || (q.trim().split(' ').length >= 4 && mine.includes(q))));
}

/** True when the span cuts through a quotation (holds one of its marks but not the other). */
export function cutsQuotation(quotes: readonly QuoteSpan[], span: Span): boolean {
  return quotes.some((q) => (span.start <= q.open && q.open < span.end) !== (span.start <= q.close && q.close < span.end));
}

/** True when the span overlaps a place the input asks to leave alone. */
export function avoided(input: MutationInput, article: string, span: Span): boolean {
  return (input.avoid?.get(article) ?? []).some((s) => overlaps(s, span));
}

function shingles(text: string, n = 5): Set<string> {
  const t = bareTokens(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= t.length; i++) out.add(t.slice(i, i + n).join(' '));
  return out;
}

const ROLE_RANK: Readonly<Record<string, number>> = { copy: 0, rewrite: 0, summary: 0, unknown: 1, independent: 1, original: 2 };

/**
 * Articles ordered for editing: derived articles (by `roles`, when known) before unplaced ones
 * before originals, and within each group by how much of their text another article also
 * prints (share of 5-word shingles), most first. An edit in a copy leaves an unedited source to
 * disagree with, and a copy is where a careful editor would put the finding.
 */
export function rankArticles(articles: readonly MutationArticle[], roles?: ReadonlyMap<string, string>): MutationArticle[] {
  const sets = articles.map((a) => shingles(a.text));
  const score = articles.map((_, i) => {
    const mine = sets[i] ?? new Set<string>();
    if (mine.size === 0) return 0;
    let best = 0;
    sets.forEach((other, j) => {
      if (j === i) return;
      let shared = 0;
      for (const s of mine) if (other.has(s)) shared++;
      best = Math.max(best, shared / mine.size);
    });
    return best;
  });
  const group = (a: MutationArticle): number => ROLE_RANK[roles?.get(a.id) ?? 'unknown'] ?? 1;
  return articles
    .map((a, i) => ({ a, s: score[i] ?? 0, i, g: group(a) }))
    .sort((x, y) => x.g - y.g || y.s - x.s || x.i - y.i)
    .map((x) => x.a);
}

/** Verbs that attribute words to a speaker. */
export const ATTRIBUTION_VERBS = new Set([
  'said', 'says', 'told', 'added', 'wrote', 'stated', 'explained', 'noted', 'insisted', 'warned', 'argued', 'declared',
  'announced', 'replied', 'asked', 'stressed', 'continued', 'admitted', 'claimed', 'according',
]);

/** The last word of a name ("Jane Roe" → "Roe"). */
export const surname = (name: string): string => name.trim().split(/\s+/).pop() ?? name;

/** Last words that make a capitalised name an organisation ("Global News said"), not a person. */
const ORGANISATION_WORDS = new Set(['news', 'press', 'agency', 'times', 'post', 'ministry', 'party', 'council', 'police', 'office', 'group', 'network', 'radio', 'television', 'tv', 'reuters', 'company', 'court']);
const isPerson = (name: string): boolean => !ORGANISATION_WORDS.has(surname(name).toLowerCase());

const NAME_BEFORE_VERB = /(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}) (?:said|says|told|added|wrote|stated)\b/gu;

/**
 * People named in the story: the input's full names, completed (when fewer than two) by
 * capitalised two- or three-word names standing right before an attribution verb.
 */
export function peopleOf(input: MutationInput): string[] {
  // Full personal names only: "the ministry" cannot be given a quotation by surname.
  const given = (input.people ?? []).filter((p) => {
    const parts = p.trim().split(/\s+/);
    return parts.length >= 2 && parts.every((w) => /^\p{Lu}/u.test(w)) && isPerson(p);
  });
  const found = new Set<string>(given);
  // Names standing before an attribution verb complete a short list (a story with one labelled speaker).
  if (found.size < 2) for (const a of input.articles) for (const m of a.text.matchAll(NAME_BEFORE_VERB)) if (m[1] && isPerson(m[1])) found.add(m[1]);
  return [...found];
}

/** Where a person's name (full, or surname as a whole word) occurs in `text[span]`. */
export interface NameAt {
  person: string;
  start: number;
  end: number;
  full: boolean;
}

/** Occurrences of the people's names (full or surname) in a span of the text, in text order. */
export function namesIn(text: string, span: Span, people: readonly string[]): NameAt[] {
  const out: NameAt[] = [];
  const words = wordsIn(text, span);
  for (const person of people) {
    const parts = person.trim().split(/\s+/);
    const last = parts[parts.length - 1] ?? '';
    words.forEach((w, i) => {
      if (w.word !== last) return;
      const firstIdx = i - (parts.length - 1);
      const full = firstIdx >= 0 && parts.every((p, k) => words[firstIdx + k]?.word === p);
      const start = full ? (words[firstIdx]?.start ?? w.start) : w.start;
      out.push({ person, start, end: w.end, full });
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The sentence (within its paragraph) that holds position `pos`. */
export function sentenceAt(text: string, pos: number): Span | undefined {
  const para = paragraphs(text).find((p) => p.start <= pos && pos < p.end);
  return para && sentences(text, para).find((s) => s.start <= pos && pos < s.end);
}

/** The paragraph separator an article uses: a blank line, or a single line break. */
export function paragraphBreak(text: string): string {
  return text.includes('\n\n') ? '\n\n' : '\n';
}

/** The marks to quote with in this article: curly when it already uses curly ones. */
export function quoteMarks(text: string): [string, string] {
  return text.includes('\u201C') ? ['\u201C', '\u201D'] : ['"', '"'];
}

/** Give `word` the capitalisation of `model` (first letter only). */
export function matchCase(word: string, model: string): string {
  const first = model[0] ?? '';
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
