import type { Rng } from './rng.js';
import { chooseSite, mutated, skipped } from './common.js';
import { applyReplacements, avoided, bareOf, carries, inQuotation, paragraphs, quotations, wordsIn } from './scan.js';
import type { MutationArticle, MutationAttempt, MutationInput } from './types.js';

/** Month names and their short forms: a number next to one is part of a date, not a quantity. */
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH_WORDS = new Set([...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), 'sept']);

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

interface Site {
  start: number;
  end: number;
  value: string;
}

function numberSites(input: MutationInput, a: MutationArticle): Site[] {
  const text = a.text;
  const quotes = quotations(text);
  const others = input.articles.filter((o) => o.id !== a.id).map((o) => bareOf(o.text));
  const out: Site[] = [];
  for (const p of paragraphs(text)) {
    const words = wordsIn(text, p);
    // Headlines, bylines and datelines: too short to say what a number counts.
    if (words.length < 8) continue;
    for (const m of text.slice(p.start, p.end).matchAll(NUMBER)) {
      let value = m[0];
      while (value.endsWith(',')) value = value.slice(0, -1);
      const start = p.start + (m.index ?? 0);
      const end = start + value.length;
      const prev = text[start - 1] ?? ' ';
      const next = text[end] ?? ' ';
      if (/[\p{L}\d.,:/]/u.test(prev) || /[\p{L}\d:/]/u.test(next)) continue;
      const plain = value.replace(/,/g, '');
      if (!value.includes(',') && !value.includes('.') && plain.length === 4 && Number(plain) >= 1800 && Number(plain) <= 2100) continue;
      const i = words.findIndex((w) => w.start === start);
      const before = words[i - 1];
      const after = words[i + 1];
      if ([before, after].some((w) => w && MONTH_WORDS.has(w.word.toLowerCase()))) continue;
      if (inQuotation(quotes, { start, end }) || avoided(input, a.id, { start, end })) continue;
      const contexts = [after ? text.slice(start, after.end) : '', before ? text.slice(before.start, end) : ''].filter((c) => c.length > 0);
      if (!others.some((o) => contexts.some((c) => carries(o, c)))) continue;
      out.push({ start, end, value });
    }
  }
  return out;
}

/** A clearly different value in the same notation (commas, decimals kept). */
export function changedNumber(value: string, rng: Rng): string {
  const plain = value.replace(/,/g, '');
  const n = Number(plain);
  const decimals = plain.includes('.') ? (plain.split('.')[1]?.length ?? 0) : 0;
  let next: number;
  if (n < 10 && decimals === 0) next = n + 2 + rng.int(3);
  else {
    // 20–50 % off: beyond any hedged rounding ("about 2,500" for 2,430).
    const factor = 0.2 + 0.3 * rng.next();
    const up = rng.next() < 0.5 || n * (1 - factor) <= 0;
    next = n * (up ? 1 + factor : 1 - factor);
    next = decimals > 0 ? Number(next.toFixed(decimals)) : Math.round(next);
    if (next === n) next = n + (decimals > 0 ? 10 ** -decimals : 1) * 3;
  }
  const fixed = decimals > 0 ? next.toFixed(decimals) : String(next);
  if (!value.includes(',')) return fixed;
  const [whole = '', frac] = fixed.split('.');
  let grouped = '';
  for (let i = 0; i < whole.length; i++) grouped += (i > 0 && (whole.length - i) % 3 === 0 ? ',' : '') + whole[i];
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** number-mismatch: change a number (outside quotations) that another article gives in the same words. */
export function changeNumber(input: MutationInput, rng: Rng): MutationAttempt {
  const choice = chooseSite(input, rng, (a) => numberSites(input, a));
  if (!choice) return skipped('no number outside quotations that another article also gives');
  const { article, site } = choice;
  const value = changedNumber(site.value, rng);
  const result = applyReplacements(article.text, [{ start: site.start, end: site.end, text: value }]);
  const edit = result.spans[0] ?? { start: 0, end: 0 };
  const around = article.text.slice(Math.max(0, site.start - 30), Math.min(article.text.length, site.end + 30)).replace(/\s+/g, ' ');
  return mutated('number-mismatch', input, article, result, edit, site.value, `${site.value} → ${value} in "…${around}…"`);
}
