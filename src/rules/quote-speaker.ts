import type { QuoteClaim } from '../schema/claim.js';
import { wordDiff } from '../report/diff.js';
import { GAP, containsInOrder, coverage, quoteWords } from './compare.js';
import { candidateQuotes } from './quote-candidates.js';
import { authorityRank, eachQuote, isMediaSpeaker, located, outletOf, sameSpeaker } from './shared.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** Fragments shorter than this ("on notice") are too common to pin on one speaker. */
const MIN_WORDS = 4;

/** True when two quotations carry the same words (one may be a faithful part of the other). */
function sameWords(a: string, b: string): boolean {
  // Asked again for each counterpart's standing: remembered per pair of texts. Nested maps keyed
  // by the texts themselves (a string's hash is kept with it) rather than a joined key, which
  // built and hashed a new long string for every lookup. The comparison is symmetric.
  let row = sameWordsMemo.get(a);
  let same = row?.get(b);
  if (same === undefined) {
    same = compareWords(a, b);
    if (sameWordsMemo.size > 5_000) {
      sameWordsMemo.clear();
      row = undefined;
    }
    if (!row) sameWordsMemo.set(a, (row = new Map()));
    if (row.size > 5_000) row.clear();
    row.set(b, same);
  }
  return same;
}

const sameWordsMemo = new Map<string, Map<string, boolean>>();

function compareWords(a: string, b: string): boolean {
  const wa = quoteWords(a);
  const wb = quoteWords(b);
  const na = wa.filter((w) => w !== GAP).length;
  const nb = wb.filter((w) => w !== GAP).length;
  if (Math.min(na, nb) < MIN_WORDS) return false;
  if (containsInOrder(wa, wb) || containsInOrder(wb, wa)) return true;
  return coverage(wa, wb) >= 0.85 && coverage(wb, wa) >= 0.85;
}

/**
 * Articles that give `q`'s words to the same speaker as `q` does, and the best authority among
 * them. Remembered per context and quote: each quote's standing was recomputed for every quote
 * it is a counterpart of, quadratic in a story's copies.
 */
function standingOf(ctx: RuleContext, q: QuoteClaim): { size: number; best: number } {
  let memo = standings.get(ctx);
  if (!memo) standings.set(ctx, (memo = new Map()));
  let v = memo.get(q.id);
  if (!v) memo.set(q.id, (v = standing(ctx, q, candidateQuotes(ctx, q, { anySpeaker: true }))));
  return v;
}

const standings = new WeakMap<RuleContext, Map<string, { size: number; best: number }>>();

function standing(ctx: RuleContext, q: QuoteClaim, candidates: readonly QuoteClaim[]): { size: number; best: number } {
  const articles = new Set<string>([q.article]);
  for (const c of candidates) if (sameSpeaker(q, c) && sameWords(q.text, c.text)) articles.add(c.article);
  return { size: articles.size, best: Math.min(...[...articles].map((a) => authorityRank(ctx, a))) };
}

/** An attribution the article states in the quote's own sentence, not one carried over or guessed. */
function stated(q: QuoteClaim): boolean {
  return !!q.speaker && q.speaker.via !== 'previous' && q.speaker.via !== 'context';
}

function detectOne(ctx: RuleContext, q: QuoteClaim): Finding | null {
  if (!q.speaker || !stated(q) || isMediaSpeaker(ctx, q.speaker.name)) return null;
  const candidates = candidateQuotes(ctx, q, { anySpeaker: true });
  const others = candidates.filter((c) => stated(c) && !sameSpeaker(q, c) && sameWords(q.text, c.text));
  if (others.length === 0) return null;
  const mine = standingOf(ctx, q);
  const against = others.filter((c) => {
    const theirs = standingOf(ctx, c);
    if (theirs.best !== mine.best) return theirs.best < mine.best;
    return theirs.size >= mine.size;
  });
  if (against.length === 0) return null;
  const byArticle = new Map<string, QuoteClaim>();
  for (const c of against) if (!byArticle.has(c.article)) byArticle.set(c.article, c);
  const list = [...byArticle.values()].sort((x, y) => (x.article < y.article ? -1 : 1));
  const names = [...new Set(list.map((c) => c.speaker!.name))];
  const outlets = list.map((c) => outletOf(ctx, c.article));
  return {
    subject: located(q),
    counterparts: list.map(located),
    message: `${outletOf(ctx, q.article)} gives these words to ${q.speaker!.name}, but ${outlets.join(' and ')} ${outlets.length > 1 ? 'give' : 'gives'} them to ${names.join(' / ')}.`,
    diff: wordDiff(list[0]!.text, q.text),
    claims: [q.id, ...list.map((c) => c.id)],
  };
}

/** quote-speaker: the same quoted words attributed to different people across articles. */
export const quoteSpeakerRule: Rule = {
  kind: 'quote-speaker',
  severity: 'high',
  detect: (ctx) => eachQuote(ctx, detectOne),
};
