import type { Rng } from './rng.js';
import { chooseSite, clip, mutated, skipped } from './common.js';
import { applyReplacements, avoided, matchCase, quotations, quotedElsewhere, wordsIn, type Replacement } from './scan.js';
import type { MutationAttempt, MutationInput } from './types.js';

/** Auxiliaries after which "not" reverses a statement. */
export const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'must', 'may', 'might', 'do', 'does', 'did']);

/** Word swaps that change what a quotation says (a general table, no story wording). */
const SWAPS: Record<string, string> = {
  more: 'less', less: 'more', increase: 'decrease', increased: 'decreased', rise: 'fall', rose: 'fell', all: 'some',
  always: 'rarely', good: 'bad', best: 'worst', worst: 'best', strong: 'weak', support: 'oppose', accept: 'reject',
  agree: 'disagree', win: 'lose', safe: 'dangerous', two: 'three', three: 'four', four: 'five', first: 'second',
  new: 'old', high: 'low', low: 'high', early: 'late', before: 'after', after: 'before', many: 'few', important: 'minor',
  hope: 'doubt', right: 'wrong', open: 'closed', know: 'suspect', knew: 'suspected', continue: 'stop',
};

type Option = { how: string; replacement: Replacement; before: string };

function optionsFor(text: string, inner: { start: number; end: number }): Option[] {
  const words = wordsIn(text, inner);
  const out: Option[] = [];
  words.forEach((w, i) => {
    const lower = w.word.toLowerCase();
    const next = words[i + 1]?.word.toLowerCase();
    if (AUXILIARIES.has(lower) && next !== undefined && next !== 'not' && next !== 'never') {
      out.push({ how: 'negated', before: w.word, replacement: { start: w.start, end: w.end, text: `${w.word} not` } });
    }
    const swap = SWAPS[lower];
    if (swap) out.push({ how: 'swapped', before: w.word, replacement: { start: w.start, end: w.end, text: matchCase(swap, w.word) } });
  });
  // Dropping two words mid-quotation: material for any quotation long enough.
  for (let i = 1; i + 2 < words.length; i++) {
    const prev = words[i - 1];
    const after = words[i + 2];
    const a = words[i];
    const b = words[i + 1];
    if (!prev || !after || !a || !b) continue;
    out.push({
      how: 'dropped words from',
      before: text.slice(prev.start, after.end),
      replacement: { start: prev.start, end: after.end, text: text.slice(prev.start, a.start) + text.slice(after.start, after.end) },
    });
  }
  return out;
}

/**
 * quote-altered: change the words of a quotation that another article quotes unchanged — add a
 * "not", swap a word for its opposite, or drop two words.
 */
export function alterQuote(input: MutationInput, rng: Rng): MutationAttempt {
  const choice = chooseSite(input, rng, (a) =>
    quotations(a.text).filter((q) => {
      const inner = a.text.slice(q.inner.start, q.inner.end);
      return wordsIn(a.text, q.inner).length >= 5 && !avoided(input, a.id, { start: q.open, end: q.close + 1 }) && quotedElsewhere(input, a.id, inner);
    }),
  );
  if (!choice) return skipped('no quotation of 5+ words that another article also quotes');
  const { article, site } = choice;
  const options = optionsFor(article.text, site.inner);
  // Prefer the edits a reader would notice most (negation, opposite) over a plain omission.
  const strong = options.filter((o) => o.how !== 'dropped words from');
  const option = rng.pick(strong.length > 0 && rng.next() < 0.7 ? strong : options);
  if (!option) return skipped('quotation too short to alter');
  const result = applyReplacements(article.text, [option.replacement]);
  const edit = result.spans[0] ?? { start: 0, end: 0 };
  const quote = article.text.slice(site.inner.start, site.inner.end);
  return mutated('quote-altered', input, article, result, edit, option.before, `${option.how} "${clip(quote)}": "${option.before}" → "${result.text.slice(edit.start, edit.end)}"`);
}
