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
  'into', 'while', 'when', 'where', 'what', 'how', 'its', 'their', 'his', 'her', 'own', 'since', 'until', 'because', 'though',
]);
/** Words that can open a noun phrase but not end one ("the remaining", "the northern"). */
const NOT_LAST = new Set([
  'same', 'other', 'long', 'short', 'remaining', 'northern', 'southern', 'eastern', 'western', 'first', 'last', 'next', 'new', 'old',
  'most', 'more', 'such', 'only', 'whole', 'entire', 'full', 'main', 'former', 'latest', 'local', 'recent', 'current', 'previous',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'early', 'late', 'high', 'low', 'big', 'small', 'large',
]);
const PRONOUNS = new Set(['he', 'she', 'they']);

const CONNECTORS = new Set(['of', 'for']);
const VERBISH = new Set(['remains', 'remained', 'includes', 'seems', 'appears', 'continues', 'goes', 'comes', 'makes', 'takes', 'gets', 'says', 'means', 'needs', 'wants', 'looks']);

/**
 * Noun phrases of a paragraph ("the new budget", "the inspection of the Ferris Street bridge"),
 * longest first: what another paragraph is about. A phrase needs two content words, so a bare
 * "the company" — the story's own subject — is not offered as another topic.
 */
export function topicsOf(text: string, para: Span): string[] {
  const words = wordsIn(text, para);
  const found: string[] = [];
  words.forEach((w, i) => {
    if (!DETERMINERS.has(w.word.toLowerCase())) return;
    let j = i + 1;
    let content = 0;
    while (j < words.length && j - i <= 6) {
      const x = words[j];
      const gap = text.slice((words[j - 1] ?? w).end, x?.start ?? 0);
      if (!x || gap !== ' ') break;
      const lower = x.word.toLowerCase();
      const isConnector = CONNECTORS.has(lower) || (DETERMINERS.has(lower) && CONNECTORS.has(words[j - 1]?.word.toLowerCase() ?? ''));
      if (isConnector) {
        j++;
        continue;
      }
      // A verb ends the noun phrase ("the authority improved", "the damage remains").
      if (!/^\p{L}{3,}$/u.test(x.word) || STOP.has(lower) || VERBISH.has(lower) || (lower.endsWith('ed') && j > i + 1)) break;
      content++;
      j++;
    }
    // Never end on a connector or a word that only opens a phrase.
    while (j - i >= 2 && (NOT_LAST.has(words[j - 1]?.word.toLowerCase() ?? '') || CONNECTORS.has(words[j - 1]?.word.toLowerCase() ?? '') || DETERMINERS.has(words[j - 1]?.word.toLowerCase() ?? ''))) {
      if (!CONNECTORS.has(words[j - 1]!.word.toLowerCase()) && !DETERMINERS.has(words[j - 1]!.word.toLowerCase())) content--;
      j--;
    }
    const last = words[j - 1];
    if (content >= 2 && last && !last.word.endsWith('ly') && last.word.length >= 4) found.push(`the ${text.slice((words[i + 1] ?? w).start, last.end)}`);
  });
  return [...new Set(found)].sort((a, b) => b.split(' ').length - a.split(' ').length);
}

/**
 * True when another article that prints the same words leads into them with this topic (in their
 * paragraph or the one before): moving the quotation there would change nothing.
 */
function leadsInElsewhere(input: MutationInput, self: string, words: string, topic: string): boolean {
  const quoted = bareOf(words).trim();
  const topicWords = topic.toLowerCase().split(/\s+/).filter((w) => w.length >= 3 && !STOP.has(w) && !CONNECTORS.has(w));
  for (const other of input.articles) {
    if (other.id === self) continue;
    const paras = paragraphs(other.text);
    const at = paras.findIndex((p) => bareOf(other.text.slice(p.start, p.end)).includes(quoted.split(' ').slice(0, 4).join(' ')));
    if (at < 0) continue;
    const lead = new Set(bareOf(paras.slice(Math.max(0, at - 1), at + 1).map((p) => other.text.slice(p.start, p.end)).join(' ')).trim().split(' '));
    // Word stems roughly: "libraries" leads in where "library" stands.
    const hit = topicWords.filter((w) => [...lead].some((l) => l.slice(0, 5) === w.slice(0, 5))).length;
    if (hit * 3 >= topicWords.length) return true;
  }
  return false;
}

/** Content words of a topic that neither its quotation's own paragraph nor the story's theme holds. */
function newWords(topic: string, homeBare: string, theme: ReadonlySet<string>): number {
  const home = new Set(homeBare.split(/\s+/));
  return topic
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= 3 && !STOP.has(w) && !CONNECTORS.has(w) && !home.has(w) && !theme.has(w)).length;
}

/** Words found in more than a quarter of an article's paragraphs: what the whole story is about. */
function themeWords(text: string, paras: readonly Span[]): Set<string> {
  const counts = new Map<string, number>();
  for (const p of paras) for (const w of new Set(bareOf(text.slice(p.start, p.end)).trim().split(/\s+/))) counts.set(w, (counts.get(w) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > Math.max(1, paras.length / 4)).map(([w]) => w));
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
    // Another topic: from a paragraph that is not the quotation's own nor next to it, in words
    // the story does not use throughout (its theme is no other topic).
    const homeIndex = home ? paras.indexOf(home) : -1;
    const theme = themeWords(text, paras);
    const topics = paras
      .filter((p, i) => Math.abs(i - homeIndex) >= 2 && wordsIn(text, p).length >= 8)
      .flatMap((p) => topicsOf(text, p).slice(0, 2))
      .filter((t) => !carries(homeBare, t) && newWords(t, homeBare, theme) >= 2 && !leadsInElsewhere(input, a.id, text.slice(q.inner.start, q.inner.end), t));
    if (topics.length > 0) out.push({ quote: q, sentence, speaker, topics: [...new Set(topics)] });
  }
  return out;
}

/**
 * quote-context: move a quotation under another topic of the article — its sentence becomes
 * "Asked about <topic of another paragraph>, <speaker> said: "…"" — keeping its words and speaker.
 */
export function moveQuoteContext(input: MutationInput, rng: Rng): MutationAttempt {
  // The rule holds the article others are based on as the authority for a quotation's setting,
  // so an edit there has no subject to find: originals are left out of this mutation.
  const choice = chooseSite(input, rng, (a) => (input.roles?.get(a.id) === 'original' ? [] : contextSites(input, a)));
  if (!choice) return skipped('no quotation outside the original, also quoted elsewhere, that opens its sentence with a known speaker');
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
