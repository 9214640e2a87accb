import type { Paragraph } from '../normalize/types.js';
import { CITATION_CUES } from './data/speech.js';
import { firstWordsIn, isCapitalized, paragraphWords } from './words.js';

const LITTLE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'for', 'to', 'with', 'by', 'or']);

/** A headline in Title Case, where every quoted word is capitalised anyway. */
function isTitleCaseHeadline(text: string, para: Paragraph): boolean {
  if (!para.headline) return false;
  const words = paragraphWords(text, para.start, para.end);
  const caps = words.filter((w) => isCapitalized(w.text)).length;
  return words.length > 0 && caps / words.length >= 0.7;
}

/**
 * True when quotation marks cite a word or a name rather than someone's words: after "the word
 * for", "translated as", "so-called", "dubbed" …, or a short all-capitalised phrase outside a
 * Title Case headline (a title, a policy name, a festival).
 */
export function isCitedWord(text: string, open: number, start: number, end: number, para: Paragraph): boolean {
  if (open >= 0) {
    const before = text.slice(Math.max(para.start, open - 30), open).toLowerCase().replace(/\s+/g, ' ').trimEnd();
    for (const cue of CITATION_CUES) if (before.endsWith(cue) || before.endsWith(`${cue},`) || before.endsWith(`${cue}:`)) return true;
  }
  // seven words are enough to tell "at most six"; tokenizing whole nested quotations was quadratic
  const words = firstWordsIn(text, start, end, 7);
  if (words.length === 0) return true;
  const last = text[end - 1]!;
  const ended = '.,!?;:\u2026'.includes(last);
  // a name or title: every word capitalised but the little ones ("the Comb", "Salt and Stone")
  const named = words.every((w) => isCapitalized(w.text) || /^[0-9]/.test(w.text) || (LITTLE_WORDS.has(w.lower) && w !== words[words.length - 1]));
  if (!ended && words.length <= 6 && named && words.some((w) => isCapitalized(w.text)) && !isTitleCaseHeadline(text, para)) return true;
  return false;
}
