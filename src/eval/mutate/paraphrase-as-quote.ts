import type { Span } from '../../schema/span.js';
import type { Rng } from './rng.js';
import { chooseSite, clip, mutated, skipped } from './common.js';
import {
  applyReplacements, ATTRIBUTION_VERBS, avoided, bareOf, carries, inQuotation, namesIn, paragraphs, peopleOf, quotations,
  quotedBare, quoteMarks, sentences, wordsIn, type Replacement,
} from './scan.js';
import type { MutationArticle, MutationAttempt, MutationInput } from './types.js';

interface Site {
  form: 'attribution after' | 'attribution before' | 'narration';
  content: Span;
  replacement: Replacement;
  /** Where the quoted words start and end in the replacement text. */
  quoted: { start: number; end: number };
}

/** True when another article prints these words as its own (not inside quotation marks). */
function paraphrasedElsewhere(input: MutationInput, self: string, words: string): boolean {
  const mine = bareOf(words);
  return input.articles.some((a) => a.id !== self && carries(bareOf(a.text), words) && !quotedBare(a).some((q) => q.includes(mine)));
}

function sitesIn(input: MutationInput, a: MutationArticle): Site[] {
  const text = a.text;
  const quotes = quotations(text);
  const [open, close] = quoteMarks(text);
  const people = peopleOf(input);
  const out: Site[] = [];
  for (const p of paragraphs(text)) {
    for (const s of sentences(text, p)) {
      if (inQuotation(quotes, s) || avoided(input, a.id, s) || text[s.end - 1] !== '.') continue;
      const words = wordsIn(text, s);
      if (words.length < 8) continue;
      const verbAt = words.findIndex((w) => ATTRIBUTION_VERBS.has(w.word.toLowerCase()));
      const verb = words[verbAt];
      if (verb && verbAt >= words.length - 5 && verbAt >= 7) {
        // "Content, she said." → "“Content,” she said."
        const comma = text.lastIndexOf(', ', verb.start);
        if (comma > s.start && verb.start - comma < 40) {
          const content = { start: s.start, end: comma };
          const body = text.slice(content.start, content.end);
          if (wordsIn(text, content).length >= 6 && paraphrasedElsewhere(input, a.id, body)) {
            out.push({ form: 'attribution after', content, replacement: { start: s.start, end: comma + 1, text: `${open}${body},${close}` }, quoted: { start: 0, end: body.length + 3 } });
          }
        }
        continue;
      }
      if (verb && verbAt >= 1 && verbAt <= 6) {
        // "The minister said (that) content." → "The minister said: “Content.”"
        let from = verbAt + 1;
        if (words[from]?.word.toLowerCase() === 'that') from++;
        const first = words[from];
        if (!first || words.length - from < 6) continue;
        const content = { start: first.start, end: s.end - 1 };
        const body = text.slice(content.start, content.end);
        if (!paraphrasedElsewhere(input, a.id, body)) continue;
        const quoted = `${open}${body.charAt(0).toUpperCase()}${body.slice(1)}.${close}`;
        out.push({ form: 'attribution before', content, replacement: { start: verb.end, end: s.end, text: `: ${quoted}` }, quoted: { start: 2, end: 2 + quoted.length } });
        continue;
      }
      if (verb) continue;
      // Narration: "Content." → "“Content,” Name said." with someone the article named before it.
      const named = namesIn(text, { start: 0, end: s.start }, people).pop();
      const body = text.slice(s.start, s.end - 1);
      if (!named || !paraphrasedElsewhere(input, a.id, body)) continue;
      const speaker = text.slice(named.start, named.end).split(/\s+/).pop() ?? '';
      const quoted = `${open}${body},${close}`;
      out.push({ form: 'narration', content: { start: s.start, end: s.end - 1 }, replacement: { start: s.start, end: s.end, text: `${quoted} ${speaker} said.` }, quoted: { start: 0, end: quoted.length } });
    }
  }
  // Reported speech turned into a quotation is the classic case; narration only when there is none.
  const reported = out.filter((x) => x.form !== 'narration');
  return reported.length > 0 ? reported : out;
}

/**
 * paraphrase-as-quote: put quotation marks around a sentence of a copy that another article
 * prints as its own paraphrase or narration.
 */
export function quoteParaphrase(input: MutationInput, rng: Rng): MutationAttempt {
  const choice = chooseSite(input, rng, (a) => sitesIn(input, a));
  if (!choice) return skipped('no unquoted sentence of 6+ words that another article prints unquoted');
  const { article, site } = choice;
  const result = applyReplacements(article.text, [site.replacement]);
  const at = result.spans[0] ?? { start: 0, end: 0 };
  const edit = { start: at.start + site.quoted.start, end: at.start + site.quoted.end };
  const before = article.text.slice(site.replacement.start, site.replacement.end);
  return mutated('paraphrase-as-quote', input, article, result, edit, before, `quotation marks put around "${clip(article.text.slice(site.content.start, site.content.end))}" (${site.form})`);
}
