import { isWireOutlet } from '../align/provenance.js';
import { MEDIA_WORDS } from '../align/data/media.js';
import type { NormalizedArticle } from '../normalize/types.js';
import type { Claim, QuoteClaim } from '../schema/claim.js';
import type { LocatedText, Span } from '../schema/span.js';
import type { Finding, RuleContext } from './types.js';

/** How an article is named in messages: its outlet, else its id. */
export function outletOf(ctx: RuleContext, article: string): string {
  return ctx.summaries.get(article)?.outlet ?? article;
}

/** A claim as a place in the report. */
export function located(claim: Claim): LocatedText {
  return { article: claim.article, start: claim.span.start, end: claim.span.end, text: claim.text };
}

/** A span of an article as a place in the report. */
export function locatedSpan(doc: NormalizedArticle, span: Span): LocatedText {
  return { article: doc.id, start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}

/**
 * Claims grouped with `claim` by the align stage, excluding itself. Memoized per context and
 * claim (every quote rule asks for the same claims' alignments, several times per counterpart):
 * the array is shared, treat it as read-only.
 */
export function alignedWith(ctx: RuleContext, claim: Claim): readonly Claim[] {
  let memo = alignedMemo.get(ctx);
  if (!memo) alignedMemo.set(ctx, (memo = new Map()));
  let list = memo.get(claim.id);
  if (!list) memo.set(claim.id, (list = computeAligned(ctx, claim)));
  return list;
}

const alignedMemo = new WeakMap<RuleContext, Map<string, readonly Claim[]>>();

/**
 * Claims of one alignment group handed to a rule for one claim, at most: the ones next to it in
 * article-id order when the group is larger. The largest group of the labelled cases and the
 * fingerprint corpus holds 115 claims (stories of up to 25 articles); in a story of hundreds of
 * articles that all print the same sentences a group holds many hundreds, and every rule
 * comparing each claim with all of its group was quadratic.
 */
export const MAX_ALIGNED = 256;

/** A large group's claims in article-id then claim order, with each claim's place in the group's own order. */
interface GroupOrder {
  canonical: Claim[];
  at: Map<string, number>;
  groupPosition: Map<string, number>;
}

const groupOrders = new WeakMap<object, GroupOrder>();

function groupOrder(ctx: RuleContext, a: { claims: readonly string[] }): GroupOrder {
  let order = groupOrders.get(a);
  if (order) return order;
  const groupPosition = new Map<string, number>();
  const members: Claim[] = [];
  for (const id of a.claims) {
    const c = ctx.claimById.get(id);
    if (!c || groupPosition.has(id)) continue;
    groupPosition.set(id, groupPosition.size);
    members.push(c);
  }
  const claimIndex = claimIndexOf(ctx);
  const canonical = members.sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : claimIndex.get(x.id)! - claimIndex.get(y.id)!));
  const at = new Map(canonical.map((c, k) => [c.id, k] as const));
  groupOrders.set(a, (order = { canonical, at, groupPosition }));
  return order;
}

const claimIndexes = new WeakMap<RuleContext, Map<string, number>>();

function claimIndexOf(ctx: RuleContext): Map<string, number> {
  let index = claimIndexes.get(ctx);
  if (!index) claimIndexes.set(ctx, (index = new Map(ctx.claims.map((c, k) => [c.id, k] as const))));
  return index;
}

const NONE: readonly Claim[] = Object.freeze([]);

function computeAligned(ctx: RuleContext, claim: Claim): readonly Claim[] {
  const groups = ctx.alignmentsOf.get(claim.id) ?? [];
  if (groups.length === 0) return NONE;
  if (groups.length === 1 && groups[0]!.claims.length > MAX_ALIGNED + 1) return nearInGroup(ctx, claim, groups[0]!);
  const out = new Map<string, Claim>();
  for (const a of groups) {
    for (const id of a.claims) {
      const c = ctx.claimById.get(id);
      if (c && c.id !== claim.id) out.set(c.id, c);
    }
  }
  return [...out.values()];
}

/** The `MAX_ALIGNED` claims of a large group around `claim` in article-id order, in the group's own order. */
function nearInGroup(ctx: RuleContext, claim: Claim, a: { claims: readonly string[] }): readonly Claim[] {
  const order = groupOrder(ctx, a);
  const others = order.canonical.length - (order.at.has(claim.id) ? 1 : 0);
  if (others <= MAX_ALIGNED) return order.canonical.filter((c) => c.id !== claim.id).sort((x, y) => order.groupPosition.get(x.id)! - order.groupPosition.get(y.id)!);
  const at = order.at.get(claim.id) ?? 0;
  const from = Math.min(Math.max(0, at - (MAX_ALIGNED >> 1)), order.canonical.length - MAX_ALIGNED - 1);
  return order.canonical
    .slice(from, from + MAX_ALIGNED + 1)
    .filter((c) => c.id !== claim.id)
    .slice(0, MAX_ALIGNED)
    .sort((x, y) => order.groupPosition.get(x.id)! - order.groupPosition.get(y.id)!);
}

/** Per-article lists of a context's claims, in `ctx.claims` order. */
interface ClaimIndex {
  sentences: Map<string, Claim[]>;
  quotes: Map<string, QuoteClaim[]>;
  docs: Map<string, NormalizedArticle>;
}

// Rules ask "which claims of this article…" once per claim; scanning every claim of the story
// each time made a story of hundreds of copies quadratic. The index is built once per context.
const indexes = new WeakMap<RuleContext, ClaimIndex>();

function indexOf(ctx: RuleContext): ClaimIndex {
  let index = indexes.get(ctx);
  if (index) return index;
  index = { sentences: new Map(), quotes: new Map(), docs: new Map() };
  for (const c of ctx.claims) {
    if (c.type === 'reported' || c.type === 'narration') pushTo(index.sentences, c.article, c);
    else if (c.type === 'quote') pushTo(index.quotes, c.article, c);
  }
  for (const d of ctx.articles) if (!index.docs.has(d.id)) index.docs.set(d.id, d);
  indexes.set(ctx, index);
  return index;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The quote claims of an article, in `ctx.claims` order. */
export function quotesOf(ctx: RuleContext, article: string): readonly QuoteClaim[] {
  return indexOf(ctx).quotes.get(article) ?? [];
}

/** The reported or narration claim of the sentence that holds `span`, if the extractor made one. */
export function sentenceClaimAround(ctx: RuleContext, article: string, span: Span): Claim | undefined {
  const list = indexOf(ctx).sentences.get(article);
  if (!list) return undefined;
  // Asked once per quote: reading every sentence of the article each time was quadratic in a long article.
  let byStart = sentencesByStart.get(list);
  if (!byStart) sentencesByStart.set(list, (byStart = sortByStart(list)));
  const { sorted, reach, rank } = byStart;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.span.start <= span.start) lo = mid + 1;
    else hi = mid;
  }
  // the first in claim order of those that hold the span: walk back while an earlier one may reach it
  let found: Claim | undefined;
  for (let k = lo - 1; k >= 0 && reach[k]! >= span.end; k--) {
    const c = sorted[k]!;
    if (c.span.end >= span.end && (!found || rank.get(c)! < rank.get(found)!)) found = c;
  }
  return found;
}

/** An article's sentence claims sorted by start, the furthest end reached so far, and each one's place in claim order. */
interface ByStart {
  sorted: Claim[];
  reach: number[];
  rank: Map<Claim, number>;
}

const sentencesByStart = new WeakMap<readonly Claim[], ByStart>();

function sortByStart(list: readonly Claim[]): ByStart {
  const rank = new Map(list.map((c, k) => [c, k] as const));
  const sorted = [...list].sort((x, y) => x.span.start - y.span.start || rank.get(x)! - rank.get(y)!);
  const reach: number[] = [];
  for (const c of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, c.span.end));
  return { sorted, reach, rank };
}

/** True when a speaker is a publication quoting another publication's text, not a person's words. */
export function isMediaSpeaker(ctx: RuleContext, name: string | undefined | null): boolean {
  if (!name) return false;
  // Asked for every candidate quote of every quote; the answer depends only on the story's outlets.
  let known = mediaSpeakers.get(ctx);
  if (!known) mediaSpeakers.set(ctx, (known = new Map()));
  let v = known.get(name);
  if (v === undefined) known.set(name, (v = mediaSpeaker(ctx, name)));
  return v;
}

const mediaSpeakers = new WeakMap<RuleContext, Map<string, boolean>>();

function mediaSpeaker(ctx: RuleContext, name: string): boolean {
  if (isWireOutlet(name)) return true;
  const words = name.toLowerCase().split(/[\s-]+/);
  if (words.some((w) => MEDIA_WORDS.has(w))) return true;
  for (const s of ctx.summaries.values()) if (s.outlet && (s.outlet.includes(name) || name.includes(s.outlet))) return true;
  return false;
}

/** Canonical speaker key: entity id when linked, else the lower-cased name. */
export function speakerKey(q: { speaker: QuoteClaim['speaker'] }): string | null {
  if (!q.speaker) return null;
  return q.speaker.entity ?? q.speaker.name.toLowerCase();
}

/** True when two quotes may be the same person's words: same speaker, or one unknown. */
export function sameSpeaker(a: QuoteClaim, b: QuoteClaim): boolean {
  const ka = speakerKey(a);
  const kb = speakerKey(b);
  if (ka === null || kb === null) return true;
  if (ka === kb) return true;
  const la = lastName(a.speaker!.name);
  return la !== '' && la === lastName(b.speaker!.name);
}

// Asked for every pair of candidate quotes; splitting the name each time showed in profiles.
const lastNames = new Map<string, string>();

/** The lower-case last word of a name. */
export function lastName(name: string): string {
  let last = lastNames.get(name);
  if (last === undefined) {
    last = name.toLowerCase().split(/\s+/).pop() ?? '';
    if (lastNames.size > 10_000) lastNames.clear();
    lastNames.set(name, last);
  }
  return last;
}

/**
 * Rank of an article as the authority when two disagree: lower is more authoritative. An article
 * others are based on comes first, then news agencies, then earlier publication; a copy comes last.
 */
export function authorityRank(ctx: RuleContext, article: string): number {
  // Asked once per compared pair; it depends only on the story's summaries, so settle it once.
  let ranks = authorityRanks.get(ctx);
  if (!ranks) authorityRanks.set(ctx, (ranks = new Map()));
  let v = ranks.get(article);
  if (v === undefined) ranks.set(article, (v = rankOf(ctx, article)));
  return v;
}

const authorityRanks = new WeakMap<RuleContext, Map<string, number>>();

function rankOf(ctx: RuleContext, article: string): number {
  const s = ctx.summaries.get(article);
  if (!s) return 10;
  if (ctx.reference !== null) return article === ctx.reference ? -10 : 5;
  let rank = 5;
  const basisOfOthers = [...ctx.summaries.values()].filter((o) => o.basedOn?.includes(article)).length;
  rank -= Math.min(3, basisOfOthers);
  if (isWireOutlet(s.outlet)) rank -= 2;
  if (s.basedOn && s.basedOn.length > 0) rank += 2;
  if (s.role === 'copy' || s.role === 'rewrite' || s.role === 'summary') rank += 1;
  return rank;
}

/** The normalized article with this id. */
export function docOf(ctx: RuleContext, article: string): NormalizedArticle | undefined {
  return indexOf(ctx).docs.get(article);
}

/** Run a per-quote detector over every quote claim of a story and keep what it finds. */
export function eachQuote(ctx: RuleContext, detectOne: (ctx: RuleContext, q: QuoteClaim) => Finding | null): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.claims) {
    if (c.type !== 'quote') continue;
    const f = detectOne(ctx, c);
    if (f) out.push(f);
  }
  return out;
}

/** Names joined for a message: "A", "A and B", "A, B and C". */
export function listOutlets(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
