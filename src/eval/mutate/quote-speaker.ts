import type { Span } from '../../schema/span.js';
import type { Rng } from './rng.js';
import { chooseSite, clip, mutated, skipped } from './common.js';
import {
  applyReplacements, ATTRIBUTION_VERBS, avoided, namesIn, peopleOf, quotations, quotedElsewhere, sentenceAt, surname, wordsIn, type NameAt, type QuoteSpan,
} from './scan.js';
import type { MutationArticle, MutationAttempt, MutationInput } from './types.js';

/** A quotation and the named speaker its sentence gives it to. */
export interface Attribution {
  quote: QuoteSpan;
  name: NameAt;
  /** True when the name stands after the quotation ("…," Roe said). */
  after: boolean;
}

const hasVerb = (words: readonly { word: string }[]): boolean => words.some((w) => ATTRIBUTION_VERBS.has(w.word.toLowerCase()));

/**
 * The named attribution of a quotation in its own sentence: a name right after the closing mark
 * with an attribution verb next to it ("…," Roe said / "…," said Roe), else a name before the
 * opening mark with such a verb between them (Roe said: "…"). Pronoun attributions, and names
 * merely mentioned near a quotation, give none.
 */
export function attributionOf(text: string, quote: QuoteSpan, people: readonly string[]): Attribution | undefined {
  const closing = sentenceAt(text, quote.close);
  if (closing && closing.end > quote.close + 1) {
    const name = namesIn(text, { start: quote.close + 1, end: closing.end }, people)[0];
    if (name) {
      const between = wordsIn(text, { start: quote.close + 1, end: name.start });
      const after = wordsIn(text, { start: name.end, end: closing.end }).slice(0, 6);
      if (between.length <= 2 && (hasVerb(between) || hasVerb(after))) return { quote, name, after: true };
    }
  }
  const opening = sentenceAt(text, quote.open);
  if (opening && opening.start < quote.open) {
    const name = namesIn(text, { start: opening.start, end: quote.open }, people).pop();
    if (name) {
      const between = wordsIn(text, { start: name.end, end: quote.open });
      if (between.length <= 8 && hasVerb(between)) return { quote, name, after: false };
    }
  }
  return undefined;
}

function otherSpeakers(article: MutationArticle, input: MutationInput, people: readonly string[], speaker: string): string[] {
  const others = people.filter((p) => surname(p) !== surname(speaker));
  // Someone this article itself names reads as a plausible misattribution; anyone in the story will do otherwise.
  const local = others.filter((p) => article.text.includes(surname(p)));
  return local.length > 0 ? local : others.filter((p) => input.articles.some((a) => a.text.includes(surname(p))));
}

/** quote-speaker: give a quotation that another article also quotes to another person named in the story. */
export function reattributeQuote(input: MutationInput, rng: Rng): MutationAttempt {
  const people = peopleOf(input);
  if (people.length < 2) return skipped('fewer than two people named in the story');
  const choice = chooseSite(input, rng, (a) => {
    const quotes = quotations(a.text);
    const attributed = quotes.flatMap((q) => {
      const at = attributionOf(a.text, q, people);
      return at ? [at] : [];
    });
    return attributed.flatMap((at) => {
      const q = at.quote;
      if (!quotedElsewhere(input, a.id, a.text.slice(q.inner.start, q.inner.end))) return [];
      // Every piece of an interrupted quotation ("A," Roe said, "B.") hangs on the same name.
      const pieces = attributed.filter((x) => x.name.start === at.name.start).map((x) => x.quote);
      const span: Span = { start: Math.min(at.name.start, ...pieces.map((p) => p.open)), end: Math.max(at.name.end, ...pieces.map((p) => p.close + 1)) };
      if (pieces.some((p) => avoided(input, a.id, { start: p.open, end: p.close + 1 }))) return [];
      const others = otherSpeakers(a, input, people, at.name.person);
      return others.length > 0 ? [{ at, span, others }] : [];
    });
  });
  if (!choice) return skipped('no quotation, also quoted elsewhere, attributed by name in its sentence');
  const { article, site } = choice;
  const other = rng.pick(site.others) ?? '';
  const name = site.at.name;
  const replacement = name.full ? other : surname(other);
  const result = applyReplacements(article.text, [{ start: name.start, end: name.end, text: replacement }]);
  const delta = replacement.length - (name.end - name.start);
  // The span of the quotation and its attribution, moved by the name's change of length where it follows the name.
  const edit = { start: site.span.start, end: site.span.end + (site.span.end > name.start ? delta : 0) };
  const before = article.text.slice(site.span.start, site.span.end);
  const quote = site.at.quote;
  const words = article.text.slice(quote.inner.start, quote.inner.end);
  return mutated('quote-speaker', input, article, result, edit, before, `"${clip(words, 50)}" given to ${replacement} instead of ${article.text.slice(name.start, name.end)}`);
}
