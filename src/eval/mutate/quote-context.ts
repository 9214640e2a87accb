import type { Span } from '../../schema/span.js';
import type { Rng } from './rng.js';
import { chooseSite, clip, mutated, skipped } from './common.js';
import { attributionOf } from './quote-speaker.js';
import { applyReplacements, avoided, bareOf, carries, paragraphs, peopleOf, quotations, quotedElsewhere, quoteMarks, sentenceAt, wordsIn, type QuoteSpan } from './scan.js';
import type { MutationArticle, MutationAttempt, MutationInput } from './types.js';

const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her']);
const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'this', 'which', 'who',
  'was', 'were', 'is', 'are', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'said', 'says', 'it', 'as', 'not', 'than', 'after', 'before',
  'does', 'did', 'do', 'can', 'could', 'may', 'should', 'they', 'there', 'these', 'those', 'then', 'also', 'just', 'about', 'over', 'under',
  'into', 'while', 'when', 'where', 'what', 'how', 'its', 'their', 'his', 'her', 'own',
]);
/** Words that can open a noun phrase but not end one ("the remaining", "the northern"). */
const NOT_LAST = new Set([
  'same', 'other', 'long', 'short', 'remaining', 'northern', 'southern', 'eastern', 'western', 'first', 'last', 'next', 'new', 'old',
  'most', 'more', 'such', 'only', 'whole', 'entire', 'full', 'main', 'former', 'latest', 'local', 'recent', 'current', 'previous',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'early', 'late', 'high', 'low', 'big', 'small', 'large',
]);
const PRONOUNS = new Set(['he', 'she', 'they']);

/** Noun phrases ("the new budget") of a paragraph, longest first: what another paragraph is about. */
export function topicsOf(text: string, para: Span): string[] {
  const words = wordsIn(text, para);
  const found: string[] = [];
  words.forEach((w, i) => {
    if (!DETERMINERS.has(w.word.toLowerCase())) return;
    let j = i + 1;
    // Only plain lower-case words joined by single spaces: no names, no clause breaks.
    while (j < words.length && j - i <= 3) {
      const x = words[j];
      const gap = text.slice((words[j - 1] ?? w).end, x?.start ?? 0);
      if (!x || gap !== ' ' || !/^\p{Ll}{3,}$/u.test(x.word) || STOP.has(x.word)) break;
      j++;
    }
    while (j - i >= 2 && NOT_LAST.has(words[j - 1]?.word ?? '')) j--;
    const last = words[j - 1];
    if (j - i >= 2 && last && !last.word.endsWith('ly') && last.word.length >= 4) found.push(`the ${text.slice((words[i + 1] ?? w).start, last.end)}`);
  });
  return [...new Set(found)].sort((a, b) => b.split(' ').length - a.split(' ').length);
}

interface Site {
  quote: QuoteSpan;
  sentence: Span;
  speaker: string;
  topics: string[];
}

function speakerOf(text: string, q: QuoteSpan, sentence: Span, people: readonly string[]): string | undefined {
  const at = attributionOf(text, q, people);
  if (at) return text.slice(at.name.start, at.name.end);
  const pronoun = wordsIn(text, { start: q.close + 1, end: sentence.end }).find((w) => PRONOUNS.has(w.word.toLowerCase()));
  return pronoun?.word.toLowerCase();
}

function contextSites(input: MutationInput, a: MutationArticle): Site[] {
  const text = a.text;
  const people = peopleOf(input);
  const paras = paragraphs(text);
  const out: Site[] = [];
  for (const q of quotations(text)) {
    const sentence = sentenceAt(text, q.open);
    if (!sentence || sentence.end <= q.close) continue;
    // The quotation must be the sentence's point: it opens it, or only an attribution precedes it.
    if (q.open - sentence.start > 40 || sentence.end - q.close > 60) continue;
    if (wordsIn(text, q.inner).length < 5 || avoided(input, a.id, sentence)) continue;
    if (!quotedElsewhere(input, a.id, text.slice(q.inner.start, q.inner.end))) continue;
    const speaker = speakerOf(text, q, sentence, people);
    if (!speaker) continue;
    const home = paras.find((p) => p.start <= q.open && q.open < p.end);
    const homeBare = home ? bareOf(text.slice(home.start, home.end)) : '';
    const topics = paras
      .filter((p) => p !== home && wordsIn(text, p).length >= 8)
      .flatMap((p) => topicsOf(text, p).slice(0, 2))
      .filter((t) => !carries(homeBare, t));
    if (topics.length > 0) out.push({ quote: q, sentence, speaker, topics: [...new Set(topics)] });
  }
  return out;
}

/**
 * quote-context: move a quotation under another topic of the article — its sentence becomes
 * "Asked about <topic of another paragraph>, <speaker> said: "…"" — keeping its words and speaker.
 */
export function moveQuoteContext(input: MutationInput, rng: Rng): MutationAttempt {
  const choice = chooseSite(input, rng, (a) => contextSites(input, a));
  if (!choice) return skipped('no quotation, also quoted elsewhere, that opens its sentence with a known speaker');
  const { article, site } = choice;
  const text = article.text;
  const topic = rng.pick(site.topics) ?? '';
  const [open, close] = quoteMarks(text);
  let words = text.slice(site.quote.inner.start, site.quote.inner.end).trimEnd();
  if (words.endsWith(',')) words = `${words.slice(0, -1)}.`;
  else if (!/[.!?]$/.test(words)) words = `${words}.`;
  const sentence = `Asked about ${topic}, ${site.speaker} said: ${open}${words}${close}`;
  const result = applyReplacements(text, [{ start: site.sentence.start, end: site.sentence.end, text: sentence }]);
  const edit = result.spans[0] ?? { start: 0, end: 0 };
  return mutated('quote-context', input, article, result, edit, text.slice(site.sentence.start, site.sentence.end), `"${clip(words, 50)}" put after "Asked about ${topic}"`);
}
