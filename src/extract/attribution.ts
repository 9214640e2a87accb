import { ATTRIBUTION_VERBS, INSTITUTION_WORDS, PRONOUNS, TITLE_WORDS, VERB_PARTICLES } from './data/speech.js';
import { isStopword } from '../align/tokens.js';
import { ABBREVIATIONS } from '../normalize/data/abbreviations.js';
import { firstWordsIn, isCapitalized, wordsIn, type Word } from './words.js';

/** An attribution cue found next to a quotation or in a sentence: who, by which verb. */
export interface Cue {
  /** The words naming the speaker ("Ana Pol, Utopia’s Foreign Minister", "he"); null when the verb has none. */
  subject: { start: number; end: number } | null;
  verb: string | null;
  /** Offsets of the verb word. */
  verbSpan: { start: number; end: number } | null;
}

const AUX = new Set(['also', 'later', 'then', 'further', 'again', 'has', 'had', 'have', 'was', 'is', 'were', 'would', 'will', 'had', 'once', 'previously', 'earlier', 'repeatedly', 'reportedly', 'publicly', 'openly', 'went', 'on', 'to', 'had', 'been', 'did', 'does', 'not', 'just', 'recently', 'firmly', 'strongly', 'clearly', 'quickly', 'simply', 'even', 'still']);
/** Verbs that attribute only when right next to the quotation ("he continued: …", "…," she continued). */
const AFTER_ONLY = new Set(['continue', 'begin', 'go on', 'answer', 'cry', 'call', 'post', 'report', 'counter', 'snap', 'charge', 'maintain', 'conclude']);
const BOUNDARY_WORDS = new Set(['that', 'and', 'but', 'while', 'as', 'because', 'when', 'after', 'before', 'if', 'although', 'though', 'since', 'whereas']);

/** The attribution-verb lemma of a word, or null. */
export function verbOf(words: readonly Word[], k: number, titleCase = false): string | null {
  const w = words[k]!;
  if (isCapitalized(w.text) && k > 0 && !titleCase) return null; // "Said" inside a name
  const lemma = ATTRIBUTION_VERBS.get(w.lower);
  if (!lemma) return null;
  const particle = VERB_PARTICLES.get(lemma.split(' ')[0]!);
  if (particle && lemma.includes(' ')) return words[k + 1]?.lower === particle ? lemma : null;
  return lemma;
}

/** A period that closes an abbreviation or an initial ("Dr.", "J."), not a sentence. */
function isAbbreviationDot(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && dot - s < 12 && /[A-Za-z]/.test(text[s - 1]!)) s--;
  if (s === dot) return false;
  const word = text.slice(s, dot);
  return (word.length === 1 && word !== word.toLowerCase()) || ABBREVIATIONS.has(word.toLowerCase());
}

function hasPunctBetween(text: string, a: number, b: number, marks: string): boolean {
  for (let i = a; i < b; i++) if (marks.includes(text[i]!) && !(text[i] === '.' && isAbbreviationDot(text, i))) return true;
  return false;
}

/** Is this word a plausible head of a speaker phrase (a name, a pronoun, a role, an institution)? */
const SUBJECT_FILLERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'of', 'country\'s', 'group\'s']);

function isSubjectWord(w: Word): boolean {
  return isCapitalized(w.text) || PRONOUNS.has(w.lower) || TITLE_WORDS.has(w.lower) || INSTITUTION_WORDS.has(w.lower) || SUBJECT_FILLERS.has(w.lower) || w.lower.endsWith("'s");
}

/** ", who surveyed …, said": the name before the relative clause, when one sits between floor and the verb. */
function relativeClauseSubject(text: string, words: readonly Word[], verbIndex: number, floor: number): { start: number; end: number } | null {
  const segment = text.slice(floor, words[verbIndex]!.start).toLowerCase();
  let at = -1;
  for (const rel of [', who ', ', whose ', ', which ']) at = Math.max(at, segment.lastIndexOf(rel));
  if (at < 0) return null;
  const cut = floor + at;
  let k = -1;
  for (let j = 0; j < verbIndex; j++) if (words[j]!.end <= cut) k = j;
  if (k < 0 || !isCapitalized(words[k]!.text)) return null;
  let m = k;
  while (m - 1 >= 0 && words[m - 1]!.start >= floor && isCapitalized(words[m - 1]!.text) && !hasPunctBetween(text, words[m - 1]!.end, words[m]!.start, ',.;:')) m--;
  return { start: words[m]!.start, end: words[k]!.end };
}

/** "Jo Bloggs, the harbour master, wrote": the name before an appositive that ends with a comma right before the verb. */
function appositiveSubject(text: string, words: readonly Word[], verbIndex: number, floor: number): { start: number; end: number } | null {
  const k = verbIndex - 1;
  if (k < 1 || words[k]!.start < floor || !text.slice(words[k]!.end, words[verbIndex]!.start).includes(',')) return null;
  for (let j = k - 1; j >= 0 && j >= k - 8 && words[j]!.start >= floor; j--) {
    const gap = text.slice(words[j]!.end, words[j + 1]!.start);
    if (hasPunctBetween(text, words[j]!.end, words[j + 1]!.start, '.;:"\u201C\u201D')) return null;
    if (!gap.includes(',')) continue;
    if (!isCapitalized(words[j]!.text) || BOUNDARY_WORDS.has(words[j]!.lower)) return null;
    let m = j;
    while (m - 1 >= 0 && words[m - 1]!.start >= floor && isCapitalized(words[m - 1]!.text) && !hasPunctBetween(text, words[m - 1]!.end, words[m]!.start, ',.;:"\u201C\u201D')) m--;
    // the name must open its clause ("Jo Bloggs, …, said"), not be an object ("met Jo Bloggs, …, saying")
    const prev = words[m - 1];
    if (prev && prev.start >= floor && !BOUNDARY_WORDS.has(prev.lower) && !hasPunctBetween(text, prev.end, words[m]!.start, ',;:')) return null;
    return { start: words[m]!.start, end: words[j]!.end };
  }
  return null;
}

/**
 * The subject phrase that ends right before `verbIndex`: walk back over adverbs and auxiliaries,
 * then over words up to a clause boundary (sentence start, colon, "that", a comma that does not
 * open an appositive). A relative clause (", who …,") is skipped to reach the name before it.
 */
export function subjectBefore(text: string, words: readonly Word[], verbIndex: number, floor: number): { start: number; end: number } | null {
  const relative = relativeClauseSubject(text, words, verbIndex, floor);
  if (relative) return relative;
  if (words[verbIndex]!.lower.endsWith('ing') && verbIndex > 0 && hasPunctBetween(text, words[verbIndex - 1]!.end, words[verbIndex]!.start, ',;:')) return null;
  const appositive = appositiveSubject(text, words, verbIndex, floor);
  if (appositive) return appositive;
  let k = verbIndex - 1;
  while (k >= 0 && words[k]!.start >= floor && AUX.has(words[k]!.lower)) k--;
  if (k < 0 || words[k]!.start < floor || !isSubjectWord(words[k]!)) return null;
  const end = words[k]!.end;
  let start = words[k]!.start;
  let count = 0;
  for (let j = k; j >= 0 && words[j]!.start >= floor; j--) {
    const w = words[j]!;
    if (j < k) {
      const gap = text.slice(w.end, words[j + 1]!.start);
      if (gap.includes(':') || gap.includes(';') || gap.includes('"') || gap.includes('\u201C') || gap.includes('\u201D')) break;
      if (gap.includes(',')) {
        // ", who surveyed …," — keep walking to the name before the relative clause
        const clause = text.slice(words[j + 1]!.start, end).toLowerCase();
        if (clause.startsWith('who ') || clause.startsWith('whose ') || clause.startsWith('which ')) {
          start = w.start;
          count = 0;
          let m = j;
          while (m - 1 >= 0 && words[m - 1]!.start >= floor && isCapitalized(words[m - 1]!.text) && !text.slice(words[m - 1]!.end, words[m]!.start).includes(',')) m--;
          return { start: words[m]!.start, end: w.end };
        }
        break;
      }
    }
    if (BOUNDARY_WORDS.has(w.lower) && j < k) break;
    if (!isSubjectWord(w)) break;
    start = w.start;
    if (++count >= 9) break;
  }
  return { start, end };
}

/** "said lead investigator Dr. Jo Bloggs", "said chair Jo Bloggs": how many lower-case role words (at most three) stand before a name; 0 when none or no name follows. */
function roleWordsBeforeName(text: string, words: readonly Word[], from: number, ceiling: number): number {
  for (let j = from; j < from + 4 && j < words.length && words[j]!.start < ceiling; j++) {
    const w = words[j]!;
    if (j > from && hasPunctBetween(text, words[j - 1]!.end, w.start, ',.;:"\u201C\u201D')) return 0;
    if (isCapitalized(w.text)) return j - from;
    if (isStopword(w.lower) || w.lower.endsWith('ly') || ATTRIBUTION_VERBS.has(w.lower)) return 0;
  }
  return 0;
}

/** The speaker phrase right after a verb ("said Pol", "pleaded Sam, 18"): up to punctuation. */
function subjectAfter(text: string, words: readonly Word[], verbIndex: number, ceiling: number): { start: number; end: number } | null {
  const first = words[verbIndex + 1];
  if (!first || first.start >= ceiling || hasPunctBetween(text, words[verbIndex]!.end, first.start, ',.;:')) return null;
  const roles = isCapitalized(first.text) ? 0 : roleWordsBeforeName(text, words, verbIndex + 1, ceiling);
  if (!isCapitalized(first.text) && !['the', 'a', 'an'].includes(first.lower) && roles === 0) return null;
  let end = words[verbIndex + 1 + roles]!.end;
  for (let j = verbIndex + 2 + roles; j < words.length && words[j]!.start < ceiling && j < verbIndex + 11 + roles; j++) {
    if (hasPunctBetween(text, words[j - 1]!.end, words[j]!.start, ',.;:"\u201C\u201D')) break;
    if (!isCapitalized(words[j]!.text) && !TITLE_WORDS.has(words[j]!.lower) && words[j]!.lower !== 'of' && words[j]!.lower !== 'the') break;
    end = words[j]!.end;
  }
  return { start: first.start, end };
}

/**
 * Attribution after a quotation: `"…," Pol said`, `"…," said Pol`, `"…," Ana Pol,
 * Utopia’s Foreign Minister, told Reuters`, `"…" — Jane Roe`. `from` is just after the closing
 * mark; `to` is the end of the sentence or the next quotation.
 */
export function cueAfter(text: string, from: number, to: number): Cue | null {
  const words = wordsIn(text, from, to);
  if (words.length === 0) return null;
  const lead = text.slice(from, words[0]!.start);
  if (lead.includes('.') || lead.includes('?') || lead.includes('!')) {
    // `."` already ended a sentence in the quotation; only a lower-case attribution continues it
    if (isCapitalized(words[0]!.text) && !ATTRIBUTION_VERBS.has(words[1]?.lower ?? '')) return null;
  }
  if (lead.includes('\u2014') || lead.includes('\u2013') || lead.trim() === '-') {
    let end = words[0]!.end;
    for (let j = 1; j < words.length && j < 6 && !hasPunctBetween(text, words[j - 1]!.end, words[j]!.start, ',.;:'); j++) end = words[j]!.end;
    return { subject: { start: words[0]!.start, end }, verb: null, verbSpan: null };
  }
  const limit = Math.min(words.length, 14);
  for (let k = 0; k < limit; k++) {
    const verb = verbOf(words, k);
    if (!verb) continue;
    const verbSpan = { start: words[k]!.start, end: words[k]!.end };
    if (k === 0) return { subject: subjectAfter(text, words, 0, to), verb, verbSpan };
    // subject between the quotation and the verb, appositives included
    const subjectWords = words.slice(0, k).filter((w) => !AUX.has(w.lower));
    if (subjectWords.length === 0) return { subject: subjectAfter(text, words, k, to), verb, verbSpan };
    if (hasPunctBetween(text, from, words[k]!.start, '.?!') && !isCapitalized(words[0]!.text)) return null;
    const punctuated = ',.?!\u2026'.includes(text[from - 2] ?? '') || lead.includes(',');
    const shortName = subjectWords.length <= 3 && subjectWords.every((w) => isCapitalized(w.text) || PRONOUNS.has(w.lower));
    if (!punctuated && !shortName) return null;
    return { subject: { start: subjectWords[0]!.start, end: subjectWords[subjectWords.length - 1]!.end }, verb, verbSpan };
  }
  const according = words.findIndex((w, k) => k < 4 && w.lower === 'according' && words[k + 1]?.lower === 'to');
  if (according >= 0 && words[according + 2]) return { subject: subjectAfter(text, words, according + 1, to), verb: 'according to', verbSpan: { start: words[according]!.start, end: words[according + 1]!.end } };
  return null;
}

/**
 * Attribution before a quotation: the last attribution verb between `from` (sentence start or the
 * previous quotation) and the opening mark, with its subject: `Pol said, "…"`, `Kamal told
 * the Utopian Prime Minister: "…"`, `he emphasized that "…"`, `Rafa Coro, who …, said "…"`.
 */
export function cueBefore(text: string, from: number, to: number, titleCase = false): Cue | null {
  const words = wordsIn(text, from, to);
  for (let k = words.length - 1; k >= 0; k--) {
    const verb = verbOf(words, k, titleCase);
    if (!verb) continue;
    const verbSpan = { start: words[k]!.start, end: words[k]!.end };
    if (AFTER_ONLY.has(verb) && !/^[\s,:]{0,3}["\u201C\u2018']/.test(text.slice(verbSpan.end, verbSpan.end + 4))) continue; // "would continue, noting …" is not attribution
    return { subject: subjectBefore(text, words, k, from), verb, verbSpan };
  }
  const according = words.findIndex((w, k) => w.lower === 'according' && words[k + 1]?.lower === 'to');
  if (according >= 0 && words[according + 2]) {
    const w = words[according + 2]!;
    let end = w.end;
    for (let j = according + 3; j < words.length && isCapitalized(words[j]!.text) && !hasPunctBetween(text, words[j - 1]!.end, words[j]!.start, ',.;:'); j++) end = words[j]!.end;
    return { subject: { start: w.start, end }, verb: 'according to', verbSpan: { start: words[according]!.start, end: words[according + 1]!.end } };
  }
  return null;
}

/** The noun phrase a sentence starts with, when it could be a speaker ("Party leader", "He"). */
export function leadingSubject(text: string, from: number, to: number): { start: number; end: number } | null {
  // the first six words are all it reads; tokenizing up to `to` made many quotes in one sentence quadratic
  const words = firstWordsIn(text, from, to, 6);
  if (words.length === 0) return null;
  if (PRONOUNS.has(words[0]!.lower)) return { start: words[0]!.start, end: words[0]!.end };
  let end = -1;
  for (let j = 0; j < words.length && j < 6; j++) {
    const w = words[j]!;
    if (j > 0 && hasPunctBetween(text, words[j - 1]!.end, w.start, ',.;:"\u201C\u2018\'')) break;
    if (!isCapitalized(w.text) && !TITLE_WORDS.has(w.lower)) break;
    end = w.end;
  }
  return end > 0 ? { start: words[0]!.start, end } : null;
}
