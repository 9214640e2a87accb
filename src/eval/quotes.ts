import type { Span } from '../schema/span.js';
import type { CaseQuote } from '../ingest/case.js';
import { speakerMatches } from './speaker.js';
import { bareTokens, tokenF1 } from './text.js';

/** Token F1 at or above which a quote claim matches a gold quote. */
export const QUOTE_F1 = 0.8;

/** The part of a claim the quote scorer reads; any `Claim` of a report fits. */
export interface ScoredClaim {
  id?: string;
  type: string;
  article: string;
  text: string;
  span: Span;
  speaker?: { name: string } | null;
}

/** A quote claim, or several whose spans overlap, counted as one. */
export interface QuoteClaimGroup {
  article: string;
  members: ScoredClaim[];
}

/** How one (grouped) quote claim fared. */
export interface QuoteClaimOutcome {
  claim: QuoteClaimGroup;
  /** Index into the case's `quotes` of the best-matching gold quote in the same article, if any. */
  gold: number | null;
  f1: number;
  matched: boolean;
  /** null when not matched or the gold quote names no speaker. */
  speakerRight: boolean | null;
  /** The member claim whose text matched best, for printing. */
  best: ScoredClaim;
}

/** How one gold quote fared. */
export interface GoldQuoteOutcome {
  quote: CaseQuote;
  matched: boolean;
  /** Best F1 any claim reached, and that claim's text. */
  f1: number;
  closest: string | null;
}

/** Quote extraction scores of one case. */
export interface QuoteScore {
  claims: QuoteClaimOutcome[];
  gold: GoldQuoteOutcome[];
}

/** Group quote claims per article so claims whose spans overlap count once. */
export function groupQuoteClaims(claims: readonly ScoredClaim[]): QuoteClaimGroup[] {
  const quotes = claims
    .filter((c) => c.type === 'quote')
    .slice()
    .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.span.start - b.span.start || a.span.end - b.span.end));
  const groups: QuoteClaimGroup[] = [];
  let current: QuoteClaimGroup | null = null;
  let end = -1;
  for (const claim of quotes) {
    if (current && current.article === claim.article && claim.span.start < end) {
      current.members.push(claim);
      end = Math.max(end, claim.span.end);
      continue;
    }
    current = { article: claim.article, members: [claim] };
    end = claim.span.end;
    groups.push(current);
  }
  return groups;
}

/**
 * Score quote claims against a case's gold quotes (FORMAT.md): a claim matches a gold quote of
 * the same article at token F1 ≥ 0.8 with punctuation dropped; one gold quote may be matched by
 * several claims (a quotation printed twice).
 */
export function scoreQuotes(claims: readonly ScoredClaim[], gold: readonly CaseQuote[]): QuoteScore {
  const goldTokens = gold.map((q) => bareTokens(q.text));
  const bestForGold = gold.map(() => ({ f1: 0, closest: null as string | null }));
  const outcomes: QuoteClaimOutcome[] = groupQuoteClaims(claims).map((group) => {
    let best: { f1: number; gold: number | null; member: ScoredClaim } = { f1: 0, gold: null, member: group.members[0]! };
    for (const member of group.members) {
      const tokens = bareTokens(member.text);
      gold.forEach((q, gi) => {
        if (q.article !== member.article) return;
        const f1 = tokenF1(tokens, goldTokens[gi]!);
        const slot = bestForGold[gi]!;
        if (f1 > slot.f1) {
          slot.f1 = f1;
          slot.closest = member.text;
        }
        if (f1 > best.f1) best = { f1, gold: gi, member };
      });
    }
    const matched = best.gold !== null && best.f1 >= QUOTE_F1;
    const goldSpeaker = best.gold !== null ? gold[best.gold]!.speaker : null;
    const speakerRight = matched && goldSpeaker ? speakerMatches(best.member.speaker?.name, goldSpeaker) : null;
    return { claim: group, gold: best.gold, f1: best.f1, matched, speakerRight, best: best.member };
  });
  const goldOutcomes = gold.map((quote, gi) => ({
    quote,
    matched: bestForGold[gi]!.f1 >= QUOTE_F1,
    f1: bestForGold[gi]!.f1,
    closest: bestForGold[gi]!.closest,
  }));
  return { claims: outcomes, gold: goldOutcomes };
}
