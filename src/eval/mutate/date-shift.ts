import type { Rng } from './rng.js';
import { chooseSite, mutated, skipped } from './common.js';
import { MONTHS } from './number-change.js';
import { applyReplacements, avoided, bareOf, inQuotation, paragraphs, quotations, wordsIn, type WordAt } from './scan.js';
import type { MutationArticle, MutationAttempt, MutationInput } from './types.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTH_OF = new Map<string, number>([...MONTHS.map((m, i) => [m, i] as const), ...MONTHS.map((m, i) => [m.slice(0, 3), i] as const)]);

interface Site {
  form: 'day of month' | 'weekday' | 'year';
  word: WordAt;
  /** The date as written, for the description and the look-up in other articles. */
  date: string;
}

const isDay = (w: WordAt | undefined): boolean => w !== undefined && /^\d{1,2}$/.test(w.word) && Number(w.word) >= 1 && Number(w.word) <= 31;
const isMonth = (w: WordAt | undefined): boolean => w !== undefined && MONTH_OF.has(w.word.toLowerCase());
const isYear = (w: WordAt | undefined): boolean => w !== undefined && /^\d{4}$/.test(w.word) && Number(w.word) >= 1900 && Number(w.word) <= 2099;

function dateSites(input: MutationInput, a: MutationArticle): Site[] {
  const text = a.text;
  const quotes = quotations(text);
  const others = input.articles.filter((o) => o.id !== a.id).map((o) => bareOf(o.text));
  const elsewhere = (...words: string[]): boolean => others.some((o) => o.includes(` ${words.join(' ').toLowerCase()} `));
  const out: Site[] = [];
  for (const p of paragraphs(text)) {
    const words = wordsIn(text, p);
    if (words.length < 8) continue;
    // A dateline ("CITY, June 11 (Agency) -") dates the article, not the event.
    const head = text.slice(p.start, Math.min(p.end, p.start + 60));
    const dateline = head.includes('(') || head.includes(' - ') || head.includes('\u2014');
    words.forEach((w, i) => {
      if (dateline && w.start - p.start < 40) return;
      if (inQuotation(quotes, w) || avoided(input, a.id, w)) return;
      const prev = words[i - 1];
      const next = words[i + 1];
      if (isDay(w) && isMonth(prev) && prev && elsewhere(prev.word, w.word)) out.push({ form: 'day of month', word: w, date: `${prev.word} ${w.word}` });
      else if (isDay(w) && isMonth(next) && next && elsewhere(w.word, next.word)) out.push({ form: 'day of month', word: w, date: `${w.word} ${next.word}` });
      else if (WEEKDAYS.includes(w.word.toLowerCase()) && elsewhere(w.word)) out.push({ form: 'weekday', word: w, date: w.word });
      else if (isYear(w) && !isDay(prev) && !isMonth(prev) && elsewhere(w.word)) out.push({ form: 'year', word: w, date: w.word });
    });
  }
  return out;
}

/** The shifted form of the site's word: a day 2–6 days off, another weekday, or 1–3 years earlier. */
function shifted(site: Site, rng: Rng): string {
  const k = 2 + rng.int(3);
  if (site.form === 'weekday') {
    const day = WEEKDAYS[(WEEKDAYS.indexOf(site.word.word.toLowerCase()) + k) % 7] ?? 'monday';
    return day.charAt(0).toUpperCase() + day.slice(1);
  }
  const n = Number(site.word.word);
  if (site.form === 'year') return String(n - 1 - rng.int(3));
  return String(n + k <= 28 ? n + k : n - k);
}

/** date-mismatch: shift a date (day of month, weekday or year) that another article gives the same. */
export function shiftDate(input: MutationInput, rng: Rng): MutationAttempt {
  const choice = chooseSite(input, rng, (a) => dateSites(input, a));
  if (!choice) return skipped('no date outside quotations and datelines that another article also gives');
  const { article, site } = choice;
  const value = shifted(site, rng);
  const result = applyReplacements(article.text, [{ start: site.word.start, end: site.word.end, text: value }]);
  const edit = result.spans[0] ?? { start: 0, end: 0 };
  return mutated('date-mismatch', input, article, result, edit, site.word.word, `${site.form} "${site.date}": ${site.word.word} → ${value}`);
}
