import { isStopword, tokenize } from '../align/tokens.js';
import type { QuoteClaim } from '../schema/claim.js';
import type { LocatedText } from '../schema/span.js';
import { wordDiff } from '../report/diff.js';
import { GAP, sameRoot, bestFuzzyWindow, capitalisedNames, containsInOrder, coverage, materialChange, quoteWords } from './compare.js';
import { candidateQuotes } from './quote-candidates.js';
import { authorityRank, eachQuote, isMediaSpeaker, located, outletOf, quotesOf } from './shared.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** A fragment this short is compared by its best window in the fuller quotation. */
const FRAGMENT_WORDS = 3;

type Verdict = { same: true } | { same: false; shown: string } | null;

/** At least one content word of the fragment has its root in the window, not only "and" or "the". */
function fuzzyContentHit(fragment: readonly string[], full: readonly string[], at: number): boolean {
  const f = fragment.filter((w) => w !== GAP);
  return f.some((w, k) => !isStopword(w) && sameRoot(w, full[at + k] ?? ''));
}

/** The words of `text`, as printed, around the best same-root window for `fragment`. */
function windowOf(text: string, fragment: readonly string[]): string | null {
  const tokens = tokenize(text);
  const win = bestFuzzyWindow(fragment, tokens.map((t) => t.word));
  if (win.at < 0) return null;
  const n = fragment.filter((w) => w !== GAP).length;
  const first = tokens[Math.max(0, win.at - 1)]!;
  const last = tokens[Math.min(tokens.length - 1, win.at + n + 1)]!;
  return text.slice(first.start, last.end);
}

/**
 * Compare a quotation `a` with another article's rendering `b` (`shown` is taken from `b`). Same: one holds the other word for word
 * (a partial or elided quotation is faithful). Altered: they overlap enough to be one quotation
 * but differ in words. Null: different quotations.
 */
export function compareQuotes(a: string, b: string): Verdict {
  // Each pair is compared for the finding, for the faithful articles and again for every
  // counterpart's standing: remembered per ordered pair of texts (nested maps keyed by the texts,
  // whose hashes V8 keeps, instead of a joined key string). The verdict is shared: read-only.
  let row = verdicts.get(a);
  const known = row?.get(b);
  if (known !== undefined) return known;
  const v = computeVerdict(a, b);
  if (verdicts.size > 5_000) {
    verdicts.clear();
    row = undefined;
  }
  if (!row) verdicts.set(a, (row = new Map()));
  if (row.size > 5_000) row.clear();
  row.set(b, v);
  return v;
}

const verdicts = new Map<string, Map<string, Verdict>>();

function computeVerdict(a: string, b: string): Verdict {
  const wa = quoteWords(a);
  const wb = quoteWords(b);
  const na = wa.filter((w) => w !== GAP).length;
  const nb = wb.filter((w) => w !== GAP).length;
  if (na === 0 || nb === 0) return null;
  if (containsInOrder(wa, wb) || containsInOrder(wb, wa)) return { same: true };
  if (Math.min(na, nb) <= FRAGMENT_WORDS) {
    const [frag, full] = na <= nb ? [wa, wb] : [wb, wa];
    const win = bestFuzzyWindow(frag, full);
    const n = frag.filter((w) => w !== GAP).length;
    // Every word of a short fragment must have its root in the window: "warm partners" for
    // "warm partnership", not one shared word such as "new".
    if (win.at < 0 || n < 2 || win.score * n < Math.max(2, Math.ceil(0.6 * n))) return null;
    if (!fuzzyContentHit(frag, full, win.at)) return null;
    if (na > nb) return { same: false, shown: b };
    return { same: false, shown: windowOf(b, frag) ?? b };
  }
  const shorter = na <= nb ? wa : wb;
  const longer = na <= nb ? wb : wa;
  if (coverage(shorter, longer) < 0.6) return null;
  return { same: false, shown: b };
}

/**
 * `standing` of a quote against its own candidates, remembered per context and quote: it was
 * recomputed for every quote the quote is a counterpart of.
 */
function standingOf(ctx: RuleContext, q: QuoteClaim): { size: number; best: number } {
  let memo = standings.get(ctx);
  if (!memo) standings.set(ctx, (memo = new Map()));
  let v = memo.get(q.id);
  if (!v) memo.set(q.id, (v = standing(ctx, q, candidateQuotes(ctx, q))));
  return v;
}

const standings = new WeakMap<RuleContext, Map<string, { size: number; best: number }>>();

/** The articles that print `q` faithfully (its own included) and the best authority among them. */
function standing(ctx: RuleContext, q: QuoteClaim, candidates: readonly QuoteClaim[]): { size: number; best: number } {
  const articles = new Set<string>([q.article]);
  for (const c of candidates) if (compareQuotes(q.text, c.text)?.same) articles.add(c.article);
  return { size: articles.size, best: Math.min(...[...articles].map((a) => authorityRank(ctx, a))) };
}

function severityOf(diff: ReturnType<typeof wordDiff>, subject: string, counterpart: string): { severity: 'high' | 'medium'; reasons: string[] } {
  const removed = diff.filter((d) => d.op === 'delete').flatMap((d) => quoteWords(d.text));
  const added = diff.filter((d) => d.op === 'insert').flatMap((d) => quoteWords(d.text));
  const reasons = materialChange(removed, added, capitalisedNames(subject), capitalisedNames(counterpart));
  return { severity: reasons.length > 0 ? 'high' : 'medium', reasons };
}

function detectOne(ctx: RuleContext, q: QuoteClaim): Finding | null {
  if (isMediaSpeaker(ctx, q.speaker?.name)) return null;
  const candidates = candidateQuotes(ctx, q);
  if (candidates.length === 0) return null;
  const altered: { c: QuoteClaim; shown: string }[] = [];
  for (const c of candidates) {
    const v = compareQuotes(q.text, c.text);
    if (v && !v.same) altered.push({ c, shown: v.shown });
  }
  if (altered.length === 0) return null;
  // An article that prints these very words elsewhere carries this quotation faithfully; its other,
  // different quotation is another one (a speaker may say "we will" and "we will not").
  const faithful = new Set(candidates.filter((c) => compareQuotes(q.text, c.text)?.same).map((c) => c.article));
  const ownWords = quotesOf(ctx, q.article);
  for (let k = altered.length - 1; k >= 0; k--) {
    const { c } = altered[k]!;
    if (faithful.has(c.article) || ownWords.some((o) => o.id !== q.id && containsInOrder(quoteWords(c.text), quoteWords(o.text)))) altered.splice(k, 1);
  }
  if (altered.length === 0) return null;
  // A rendering is only the subject when the other one stands better: printed by a more
  // authoritative article (the source others copy, a news agency), or by more articles.
  const mine = standingOf(ctx, q);
  const against = altered.filter(({ c }) => {
    const theirs = standingOf(ctx, c);
    if (theirs.best !== mine.best) return theirs.best < mine.best;
    // Equal standing on every count: both renderings are shown to the editor.
    return theirs.size >= mine.size;
  });
  if (against.length === 0) return null;
  const byArticle = new Map<string, { c: QuoteClaim; shown: string }>();
  for (const a of against) if (!byArticle.has(a.c.article)) byArticle.set(a.c.article, a);
  const list = [...byArticle.values()].sort((x, y) => (x.c.article < y.c.article ? -1 : 1));
  const first = list[0]!;
  const diff = wordDiff(first.shown, q.text);
  const { severity, reasons } = severityOf(diff, q.text, first.shown);
  const who = q.speaker ? `${q.speaker.name}'s words` : 'a quotation';
  const outlets = list.map((a) => outletOf(ctx, a.c.article));
  const counterparts: LocatedText[] = list.map((a) => located(a.c));
  return {
    severity,
    subject: located(q),
    counterparts,
    message:
      `Quoted as ${who} in ${outletOf(ctx, q.article)}, but ${outlets.join(' and ')} ${outlets.length > 1 ? 'have' : 'has'} "${first.shown}"` +
      (reasons.length ? ` (changed: ${reasons.join(', ')}).` : '.'),
    diff,
    claims: [q.id, ...list.map((a) => a.c.id)],
  };
}

/**
 * quote-altered: the same quotation (same speaker, aligned across articles) printed with
 * materially different words. Punctuation, case, quote style, an ellipsis for omitted words and
 * [bracketed] insertions are not material; a partial quotation must stand word for word in the
 * fuller one. The less authoritative rendering is the subject.
 */
export const quoteAlteredRule: Rule = {
  kind: 'quote-altered',
  severity: 'medium',
  detect: (ctx) => eachQuote(ctx, detectOne),
};
