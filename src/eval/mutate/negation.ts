import type { Rng } from './rng.js';
import { chooseSite, clip, mutated, skipped } from './common.js';
import { AUXILIARIES } from './quote-altered.js';
import { applyReplacements, ATTRIBUTION_VERBS, avoided, bareOf, carries, paragraphs, sentences, wordsIn, type WordAt } from './scan.js';
import type { Span } from '../../schema/span.js';
import type { MutationArticle, MutationAttempt, MutationInput } from './types.js';

const NEGATIONS = new Set(['not', 'never', 'no', 'nor', 'neither', 'none', 'nobody', 'nothing', 'without']);
const QUOTE_MARKS = /["\u201C\u201D]/;

interface Site {
  sentence: Span;
  /** The word negated: an auxiliary ("was" → "was not") or a past-tense verb ("voted" → "never voted"). */
  aux: WordAt;
  how: 'not' | 'never';
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/** A simple past verb right after its subject ("Acme ordered", "the board agreed"), not an adjective ("the painted door"). */
function pastAfterSubject(words: readonly WordAt[], i: number): boolean {
  const w = words[i];
  const prev = words[i - 1];
  if (!w || !prev || !/^\p{Ll}{3,}ed$/u.test(w.word) || DETERMINERS.has(prev.word.toLowerCase())) return false;
  return (i >= 2 && /^\p{Lu}/u.test(prev.word)) || DETERMINERS.has(words[i - 2]?.word.toLowerCase() ?? '');
}

function negationSites(input: MutationInput, a: MutationArticle): Site[] {
  const text = a.text;
  const others = input.articles.filter((o) => o.id !== a.id).map((o) => bareOf(o.text));
  const out: Site[] = [];
  for (const p of paragraphs(text)) {
    for (const s of sentences(text, p)) {
      const words = wordsIn(text, s);
      if (words.length < 8 || QUOTE_MARKS.test(text.slice(s.start, s.end)) || avoided(input, a.id, s)) continue;
      const lower = words.map((w) => w.word.toLowerCase());
      // Narration only: attributed speech belongs to the quote rules, negated sentences are already "no".
      if (lower.some((w) => ATTRIBUTION_VERBS.has(w) || NEGATIONS.has(w) || w.endsWith("n't") || w.endsWith('n\u2019t'))) continue;
      words.forEach((w, i) => {
        const next = words[i + 1];
        const aux = AUXILIARIES.has(lower[i] ?? '') && next !== undefined && /^\p{Ll}/u.test(next.word);
        if (!aux && !pastAfterSubject(words, i)) return;
        // The auxiliary with three words either side: enough to be the same statement, short enough to survive rewording.
        const from = words[Math.max(0, i - 3)];
        const to = words[Math.min(words.length - 1, i + 3)];
        if (!from || !to || Math.min(words.length - 1, i + 3) - Math.max(0, i - 3) < 4) return;
        const window = text.slice(from.start, to.end);
        if (others.some((o) => carries(o, window))) out.push({ sentence: s, aux: w, how: aux ? 'not' : 'never' });
      });
    }
  }
  return out;
}

/**
 * polarity-conflict: negate a narration sentence that another article carries — "not" after an
 * auxiliary, or "never" before a simple past verb.
 */
export function negateNarration(input: MutationInput, rng: Rng): MutationAttempt {
  const choice = chooseSite(input, rng, (a) => negationSites(input, a));
  if (!choice) return skipped('no narration sentence with an auxiliary or a past verb that another article carries');
  const { article, site } = choice;
  const negated = site.how === 'not' ? `${site.aux.word} not` : `never ${site.aux.word}`;
  const result = applyReplacements(article.text, [{ start: site.aux.start, end: site.aux.end, text: negated }]);
  const edit = result.spans[0] ?? { start: 0, end: 0 };
  return mutated('polarity-conflict', input, article, result, edit, site.aux.word, `"${site.aux.word}" → "${negated}" in "${clip(article.text.slice(site.sentence.start, site.sentence.end), 80)}"`);
}
