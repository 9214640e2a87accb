import { alignableText } from '../align/align.js';
import type { Claim, QuoteClaim } from '../schema/claim.js';
import { wordDiff } from '../report/diff.js';
import { memoText } from '../align/tokens.js';
import { containsInOrder, coverage, quoteWords } from './compare.js';
import { alignedWith, authorityRank, eachQuote, isMediaSpeaker, listOutlets, located, outletOf, quotesOf } from './shared.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** Shortest quotation (in words) worth comparing with another article's sentences. */
const MIN_WORDS = 5;
/** Share of the quoted words that must stand, in order, in the other article's sentence. */
const MIN_COVERAGE = 0.8;

function carries(quote: readonly string[], other: readonly string[]): boolean {
  return containsInOrder(quote, other) || coverage(quote, other) >= MIN_COVERAGE;
}

/** Quotes of an article that hold the same words: that article quotes them too. */
function quotesIt(ctx: RuleContext, article: string, words: readonly string[]): boolean {
  // A quote sharing fewer than half of the words cannot cover half of them in order: skip the LCS.
  const needed = new Set(words);
  return quotesOf(ctx, article).some((c) => {
    const other = quoteWords(c.text);
    let shared = 0;
    for (const w of quoteWordSet(c.text)) if (needed.has(w)) shared++;
    return shared * 2 >= needed.size && coverage(words, other) >= 0.5;
  });
}

// The distinct words of each quote, asked for every aligned paraphrase of every quote: remembered per text.
const quoteWordSet = memoText((text: string): ReadonlySet<string> => new Set(quoteWords(text)));

function detectOne(ctx: RuleContext, q: QuoteClaim): Finding | null {
  if (isMediaSpeaker(ctx, q.speaker?.name)) return null;
  const words = quoteWords(q.text);
  if (words.filter((w) => w !== '\u0000gap').length < MIN_WORDS) return null;
  const best = new Map<string, Claim>();
  for (const c of alignedWith(ctx, q)) {
    if (c.article === q.article || (c.type !== 'reported' && c.type !== 'narration')) continue;
    const text = alignableText(c);
    if (text === null || !carries(words, quoteWords(text))) continue;
    if (quotesIt(ctx, c.article, words)) continue;
    if (!best.has(c.article)) best.set(c.article, c);
  }
  if (best.size === 0) return null;
  // Another article that quotes these words and outranks every paraphrasing one settles it: quoted.
  const paraphraseRank = Math.min(...[...best.keys()].map((a) => authorityRank(ctx, a)));
  for (const other of ctx.articles) {
    if (other.id === q.article || best.has(other.id)) continue;
    if (quotesIt(ctx, other.id, words) && authorityRank(ctx, other.id) < paraphraseRank) return null;
  }
  const counterparts = [...best.values()].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
  const first = counterparts[0]!;
  const who = q.speaker ? `${q.speaker.name}'s words` : 'someone\u2019s words';
  const kinds = counterparts.every((c) => c.type === 'reported') ? "the reporter's paraphrase" : "the reporter's own words";
  const outlets = listOutlets(counterparts.map((c) => outletOf(ctx, c.article)));
  return {
    subject: located(q),
    counterparts: counterparts.map(located),
    message: `Quoted as ${who} in ${outletOf(ctx, q.article)}, but ${outlets} ${counterparts.length > 1 ? 'give' : 'gives'} this as ${kinds}, outside quotation marks.`,
    diff: wordDiff(alignableText(first) ?? first.text, q.text),
    claims: [q.id, ...counterparts.map((c) => c.id)],
  };
}

/**
 * paraphrase-as-quote: words inside quotation marks, given as someone's words, that another
 * article prints as the reporter's paraphrase or narration — and no better source quotes them.
 */
export const paraphraseAsQuoteRule: Rule = {
  kind: 'paraphrase-as-quote',
  severity: 'high',
  detect: (ctx) => eachQuote(ctx, detectOne),
};
