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

/**
 * Quotes read for one quotation when asking which articles quote its words, at most. Candidates
 * come from the quotation's rarest words; in a news story every quote holding one of them is read
 * (a story has hundreds of quotes, not thousands), while a story of hundreds of long articles
 * quoting each other would otherwise read every quote of the story for every quotation.
 */
export const MAX_QUOTING_CANDIDATES = 2000;

/** Every quote of the story by the distinct words it holds, each list in article-id then claim order. */
interface QuoteIndex {
  quotes: QuoteClaim[];
  postings: Map<string, number[]>;
  /** Articles whose quotes hold a text's words, by text: asked for every aligned paraphrase of every quote. */
  quoting: Map<string, ReadonlySet<string>>;
}

const quoteIndexes = new WeakMap<RuleContext, QuoteIndex>();

function quoteIndex(ctx: RuleContext): QuoteIndex {
  let index = quoteIndexes.get(ctx);
  if (index) return index;
  const articles = [...new Set(ctx.claims.filter((c) => c.type === 'quote').map((c) => c.article))].sort();
  const quotes = articles.flatMap((a) => [...quotesOf(ctx, a)]);
  const postings = new Map<string, number[]>();
  quotes.forEach((c, k) => {
    for (const w of quoteWordSet(c.text)) {
      const list = postings.get(w);
      if (list) list.push(k);
      else postings.set(w, [k]);
    }
  });
  quoteIndexes.set(ctx, (index = { quotes, postings, quoting: new Map() }));
  return index;
}

/**
 * Articles with a quote that holds the same words: at least half of the distinct words, and half
 * of them in order. Such a quote holds at least one of any (distinct − half + 1) of the words, so
 * the candidates are the quotes holding one of the rarest that many.
 */
function quotingArticles(ctx: RuleContext, text: string): ReadonlySet<string> {
  const index = quoteIndex(ctx);
  let found = index.quoting.get(text);
  if (found) return found;
  const words = quoteWords(text);
  const needed = quoteWordSet(text);
  const lists = [...needed].map((w) => index.postings.get(w) ?? []).sort((x, y) => x.length - y.length);
  const keys = lists.slice(0, needed.size - Math.ceil(needed.size / 2) + 1);
  const candidates = new Set<number>();
  fill: for (const list of keys) {
    for (const k of list) {
      if (candidates.size >= MAX_QUOTING_CANDIDATES) break fill;
      candidates.add(k);
    }
  }
  const out = new Set<string>();
  for (const k of candidates) {
    const c = index.quotes[k]!;
    if (out.has(c.article)) continue;
    let shared = 0;
    for (const w of quoteWordSet(c.text)) if (needed.has(w)) shared++;
    if (shared * 2 >= needed.size && coverage(words, quoteWords(c.text)) >= 0.5) out.add(c.article);
  }
  index.quoting.set(text, (found = out));
  return found;
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
    if (quotingArticles(ctx, q.text).has(c.article)) continue;
    if (!best.has(c.article)) best.set(c.article, c);
  }
  if (best.size === 0) return null;
  // Another article that quotes these words and outranks every paraphrasing one settles it: quoted.
  const paraphraseRank = Math.min(...[...best.keys()].map((a) => authorityRank(ctx, a)));
  for (const other of quotingArticles(ctx, q.text)) {
    if (other === q.article || best.has(other)) continue;
    if (authorityRank(ctx, other) < paraphraseRank) return null;
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
