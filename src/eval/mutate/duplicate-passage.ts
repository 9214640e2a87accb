import type { Rng } from './rng.js';
import { chooseSite, clip, mutated, skipped } from './common.js';
import { avoided, bareOf, carries, cutsQuotation, paragraphBreak, paragraphs, quotations, sentences, TextBuilder, wordsIn } from './scan.js';
import type { Span } from '../../schema/span.js';
import type { MutationArticle, MutationAttempt, MutationInput } from './types.js';

interface Site {
  sentence: Span;
  /** The paragraphs after any one of which the copy may go (its own and those below). */
  after: Span[];
}

function passageSites(input: MutationInput, a: MutationArticle): Site[] {
  const text = a.text;
  const others = input.articles.filter((o) => o.id !== a.id).map((o) => bareOf(o.text));
  const paras = paragraphs(text);
  const quotes = quotations(text);
  const all: { site: Site; shared: boolean }[] = [];
  paras.forEach((p, i) => {
    if (wordsIn(text, p).length < 8) return;
    for (const s of sentences(text, p)) {
      // A sentence that starts or ends inside a quotation would be copied with a stray mark.
      if (wordsIn(text, s).length < 10 || avoided(input, a.id, s) || cutsQuotation(quotes, s) || quotes.some((q) => q.open < s.start && s.end <= q.close)) continue;
      all.push({ site: { sentence: s, after: paras.slice(i) }, shared: others.some((o) => carries(o, text.slice(s.start, s.end))) });
    }
  });
  // A sentence other articles also print keeps the "fact exists elsewhere" rule; any will do otherwise.
  const shared = all.filter((x) => x.shared);
  return (shared.length > 0 ? shared : all).map((x) => x.site);
}

/** duplicate-passage: print one sentence of an article again as a paragraph further down. */
export function duplicatePassage(input: MutationInput, rng: Rng): MutationAttempt {
  const choice = chooseSite(input, rng, (a) => passageSites(input, a));
  if (!choice) return skipped('no sentence of 10+ words');
  const { article, site } = choice;
  const text = article.text;
  const after = rng.pick(site.after) ?? site.sentence;
  const passage = text.slice(site.sentence.start, site.sentence.end);
  const b = new TextBuilder(text);
  b.copy(0, after.end);
  b.insert(paragraphBreak(text));
  const edit = b.insert(passage);
  b.copy(after.end, text.length);
  return mutated('duplicate-passage', input, article, { text: b.text(), segments: b.segments }, edit, '', `"${clip(passage)}" printed again after "${clip(text.slice(after.start, after.end), 40)}"`);
}
