import type { Rng } from './rng.js';
import { mutated, skipped } from './common.js';
import { applyReplacements, inQuotation, matchCase, paragraphs, quotations, rankArticles, wordsIn, type Replacement } from './scan.js';
import type { MutationAttempt, MutationInput } from './types.js';

/**
 * A small general synonym table: words whose swap keeps the meaning in news prose. No
 * attribution verbs (they decide who said what) and no hedges (they decide what a number means).
 */
export const SYNONYMS: Readonly<Record<string, string>> = {
  big: 'large', large: 'big', begin: 'start', began: 'started', start: 'begin', started: 'began', buy: 'purchase',
  bought: 'purchased', nearly: 'almost', almost: 'nearly', quickly: 'rapidly', rapidly: 'quickly', help: 'assist',
  helped: 'assisted', need: 'require', needed: 'required', try: 'attempt', tried: 'attempted', main: 'principal',
  showed: 'indicated', shows: 'indicates', enough: 'sufficient', receive: 'get', received: 'got', however: 'but',
  damage: 'harm', officials: 'authorities', ongoing: 'continuing', following: 'after', whole: 'entire', entire: 'whole',
  afterwards: 'later', hard: 'difficult', difficult: 'hard', chance: 'opportunity', also: 'too', despite: 'in spite of',
  additional: 'extra', extra: 'additional', decided: 'chose', company: 'firm', firm: 'company', shop: 'store', store: 'shop',
  workers: 'employees', employees: 'workers', result: 'outcome', injured: 'hurt', homes: 'houses', houses: 'homes',
  residents: 'inhabitants', shortly: 'soon', meeting: 'session', several: 'a number of', because: 'as',
};

/** synonyms (meaning-preserving): swap up to three words outside quotations for synonyms. */
export function swapSynonyms(input: MutationInput, rng: Rng): MutationAttempt {
  for (const article of rankArticles(input.articles, input.roles)) {
    const text = article.text;
    const quotes = quotations(text);
    const options: Replacement[] = [];
    for (const p of paragraphs(text)) {
      for (const w of wordsIn(text, p)) {
        const lower = w.word.toLowerCase();
        const synonym = SYNONYMS[lower];
        if (!synonym || (lower === 'also' && w.word !== 'also') || inQuotation(quotes, w)) continue;
        // Mixed case ("MAIN") is a heading or an acronym, not prose.
        if (w.word !== lower && w.word !== lower.charAt(0).toUpperCase() + lower.slice(1)) continue;
        options.push({ start: w.start, end: w.end, text: matchCase(synonym, w.word) });
      }
    }
    // "also" → "too" mid-sentence is clumsy but keeps the meaning; drop it when better ones exist.
    const better = options.filter((o) => text.slice(o.start, o.end).toLowerCase() !== 'also');
    const pool = better.length > 0 ? better : options;
    if (pool.length === 0) continue;
    const chosen: Replacement[] = [];
    while (chosen.length < 3 && pool.length > 0) {
      const [pick] = pool.splice(rng.int(pool.length), 1);
      if (pick) chosen.push(pick);
    }
    const result = applyReplacements(text, chosen);
    const edit = { start: Math.min(...result.spans.map((s) => s.start)), end: Math.max(...result.spans.map((s) => s.end)) };
    const what = chosen.map((c) => `"${text.slice(c.start, c.end)}" → "${c.text}"`).join(', ');
    return mutated('synonyms', input, article, result, edit, '', what);
  }
  return skipped('no word of the synonym table outside quotations');
}
