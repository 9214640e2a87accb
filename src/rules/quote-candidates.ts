import type { QuoteClaim } from '../schema/claim.js';
import { alignedWith, isMediaSpeaker, lastName, sameSpeaker, sentenceClaimAround, speakerKey } from './shared.js';
import type { RuleContext } from './types.js';

/** Quote claims by article, in claim order, built once per claim list: scanning every claim for each quote was quadratic. */
const quotesByArticle = new WeakMap<readonly unknown[], Map<string, QuoteClaim[]>>();

function quotesOf(ctx: RuleContext): Map<string, QuoteClaim[]> {
  let index = quotesByArticle.get(ctx.claims);
  if (!index) {
    index = new Map();
    for (const c of ctx.claims) {
      if (c.type !== 'quote') continue;
      const list = index.get(c.article);
      if (list) list.push(c);
      else index.set(c.article, [c]);
    }
    quotesByArticle.set(ctx.claims, index);
  }
  return index;
}

/**
 * Quotes in other articles that may be the same quotation as `q`: aligned with it directly, or
 * through its sentence (a fragment such as "warm ties" aligns by the sentence around it),
 * or standing inside a sentence aligned with either. Same speaker (or unknown), no publications.
 */
export function candidateQuotes(ctx: RuleContext, q: QuoteClaim, options: { anySpeaker?: boolean } = {}): QuoteClaim[] {
  // Several rules ask for the same quote's candidates, and `standing` asks again for each
  // counterpart: computed once per quote and context.
  let memo = candidateMemo.get(ctx);
  if (!memo) candidateMemo.set(ctx, (memo = { same: new Map(), any: new Map() }));
  const byId = options.anySpeaker ? memo.any : memo.same;
  let list = byId.get(q.id);
  if (!list) byId.set(q.id, (list = computeCandidates(ctx, q, options)));
  return list;
}

const candidateMemo = new WeakMap<RuleContext, { same: Map<string, QuoteClaim[]>; any: Map<string, QuoteClaim[]> }>();

function computeCandidates(ctx: RuleContext, q: QuoteClaim, options: { anySpeaker?: boolean }): QuoteClaim[] {
  const around = sentenceClaimAround(ctx, q.article, q.span);
  const found = new Map<string, QuoteClaim>();
  for (const seed of around === undefined ? [q] : [q, around]) {
    for (const c of alignedWith(ctx, seed)) {
      if (c.article === q.article) continue;
      if (c.type === 'quote') {
        found.set(c.id, c);
        continue;
      }
      for (const inner of quotesWithin(ctx, c.article, c.span)) found.set(inner.id, inner);
    }
  }
  // A fragment ("warm ties") may come from any quotation of the same named speaker, even one
  // in a passage that does not align with the fragment's sentence.
  if (q.speaker && q.partial) for (const c of sameSpeakerQuotes(ctx, q)) found.set(c.id, c);
  return [...found.values()].filter((c) => (options.anySpeaker || sameSpeaker(q, c)) && !isMediaSpeaker(ctx, c.speaker?.name));
}

/**
 * Quotations of one named speaker read for a fragment, at most: the ones next to it in article-id
 * order when the speaker has more. A news story quotes one person dozens of times, not hundreds;
 * a story of hundreds of long articles quoting the same few people would otherwise hand every
 * fragment every quotation of the story.
 */
export const MAX_SPEAKER_QUOTES = 200;

/** Named quotes by speaker key and by last name, each list in article-id then claim order. */
interface SpeakerIndex {
  byKey: Map<string, QuoteClaim[]>;
  byLast: Map<string, QuoteClaim[]>;
  /** Position of each quote in the order the quotes of `quotesOf` come in (articles as first met, claim order). */
  position: Map<string, number>;
  /** Position in article-id then claim order. */
  canonical: Map<string, number>;
}

const speakerIndexes = new WeakMap<RuleContext, SpeakerIndex>();

function speakerIndex(ctx: RuleContext): SpeakerIndex {
  let index = speakerIndexes.get(ctx);
  if (index) return index;
  const byArticle = quotesOf(ctx);
  const position = new Map<string, number>();
  for (const quotes of byArticle.values()) for (const c of quotes) position.set(c.id, position.size);
  const canonical = new Map<string, number>();
  const byKey = new Map<string, QuoteClaim[]>();
  const byLast = new Map<string, QuoteClaim[]>();
  const push = (map: Map<string, QuoteClaim[]>, key: string, c: QuoteClaim): void => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  for (const article of [...byArticle.keys()].sort()) {
    for (const c of byArticle.get(article)!) {
      canonical.set(c.id, canonical.size);
      if (!c.speaker) continue;
      push(byKey, speakerKey(c)!, c);
      const last = lastName(c.speaker.name);
      if (last !== '') push(byLast, last, c);
    }
  }
  speakerIndexes.set(ctx, (index = { byKey, byLast, position, canonical }));
  return index;
}

/** Named quotes of other articles that `sameSpeaker` pairs with `q` (named), in `quotesOf` order. */
function sameSpeakerQuotes(ctx: RuleContext, q: QuoteClaim): QuoteClaim[] {
  const index = speakerIndex(ctx);
  const last = lastName(q.speaker!.name);
  const lists = [index.byKey.get(speakerKey(q)!) ?? [], last === '' ? [] : (index.byLast.get(last) ?? [])];
  const at = index.canonical.get(q.id) ?? 0;
  const seen = new Set<string>();
  let picked: QuoteClaim[] = [];
  for (const list of lists) {
    // a long list is read only around `q`: twice the cap, so the quotes of q's own article left out still leave enough
    for (const c of list.length > 2 * MAX_SPEAKER_QUOTES ? around(list, at, 2 * MAX_SPEAKER_QUOTES, index.canonical) : list) {
      if (c.article === q.article || seen.has(c.id)) continue;
      seen.add(c.id);
      picked.push(c);
    }
  }
  if (picked.length > MAX_SPEAKER_QUOTES) {
    picked.sort((x, y) => index.canonical.get(x.id)! - index.canonical.get(y.id)!);
    picked = [...around(picked, at, MAX_SPEAKER_QUOTES, index.canonical)];
  }
  return picked.sort((x, y) => index.position.get(x.id)! - index.position.get(y.id)!);
}

/** The `size` quotes of `list` (in canonical order) around canonical position `at`. */
function around(list: readonly QuoteClaim[], at: number, size: number, canonical: ReadonlyMap<string, number>): readonly QuoteClaim[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (canonical.get(list[mid]!.id)! < at) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.min(Math.max(0, lo - (size >> 1)), Math.max(0, list.length - size));
  return list.slice(from, from + size);
}

/** Each article's quotes sorted by start, with their place in claim order. */
const quotesByStart = new WeakMap<RuleContext, Map<string, { quotes: QuoteClaim[]; order: Map<string, number> }>>();

/**
 * The quotes of `article` inside `span`, in claim order. Asked for every aligned sentence of
 * every quote: reading all of an article's quotes each time cost (quotes of an article) per
 * sentence, a lot for articles of thousands of quotes.
 */
function quotesWithin(ctx: RuleContext, article: string, span: { start: number; end: number }): QuoteClaim[] {
  let byArticle = quotesByStart.get(ctx);
  if (!byArticle) quotesByStart.set(ctx, (byArticle = new Map()));
  let entry = byArticle.get(article);
  if (!entry) {
    const list = quotesOf(ctx).get(article) ?? [];
    const order = new Map(list.map((c, k) => [c.id, k] as const));
    entry = { quotes: [...list].sort((x, y) => x.span.start - y.span.start || order.get(x.id)! - order.get(y.id)!), order };
    byArticle.set(article, entry);
  }
  const { quotes, order } = entry;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.span.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: QuoteClaim[] = [];
  for (let k = lo; k < quotes.length && quotes[k]!.span.start <= span.end; k++) if (quotes[k]!.span.end <= span.end) out.push(quotes[k]!);
  return out.length > 1 ? out.sort((x, y) => order.get(x.id)! - order.get(y.id)!) : out;
}
