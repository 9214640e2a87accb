import { alignableText } from '../align/align.js';
import { contentStemSet, isStopword, memoText, plainWords, stem } from '../align/tokens.js';
import type { Claim } from '../schema/claim.js';
import { wordDiff } from '../report/diff.js';
import { alignedWith, authorityRank, located, outletOf } from './shared.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** Words that negate a clause. "no longer" and "not only" do not flip what is asserted. */
const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 'without']);

const CLAUSE_BREAKS = new Set(['and', 'but', 'or', 'while', 'whereas', 'although', 'though', 'because', 'which', 'who']);

/**
 * Number of negations in a text that bear on the given stems: a negator followed, within its
 * next three content words, by one of them ("found no increase", "no member of the family"). Its parity is the polarity of
 * what two sentences share, whatever else either of them denies.
 */
export function negationCount(text: string, shared?: ReadonlySet<string>): number {
  return shared ? countNegations(text, shared) : allNegations(text);
}

// Every aligned pair first asks whether either side denies anything at all: remembered per text.
const allNegations = memoText((text: string): number => countNegations(text, undefined));

function countNegations(text: string, shared: ReadonlySet<string> | undefined): number {
  const words = plainWords(text);
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if ((w === 'not' && next === 'only') || (w === 'no' && next === 'longer')) continue;
    if (!NEGATORS.has(w) && !w.endsWith("n't")) continue;
    if (!shared) {
      n++;
      continue;
    }
    const next3: string[] = [];
    for (let k = i + 1; k < words.length && next3.length < 3; k++) {
      // A negation does not reach past the end of its clause ("does not stop cargo, and ferries …").
      if (CLAUSE_BREAKS.has(words[k]!)) break;
      if (!isStopword(words[k]!)) next3.push(words[k]!);
    }
    if (next3.some((x) => shared.has(stem(x)))) n++;
  }
  return n;
}

function sharedStems(a: string, b: string): Set<string> {
  const y = contentStemSet(b);
  const out = new Set<string>();
  for (const s of contentStemSet(a)) if (y.has(s)) out.add(s);
  return out;
}

/** Whether two assertions are about the same thing and differ in polarity on it. */
function opposed(a: string, b: string): boolean {
  // Most sentences deny nothing: with no negation on either side there is nothing to compare.
  if (negationCount(a) === 0 && negationCount(b) === 0) return false;
  const shared = sharedStems(a, b);
  const smaller = Math.min(contentStemSet(a).size, contentStemSet(b).size);
  if (shared.size < 4 || shared.size / Math.max(1, smaller) < 0.6) return false;
  return negationCount(a, shared) % 2 !== negationCount(b, shared) % 2;
}

const asserts = (c: Claim): boolean => c.type === 'narration' || c.type === 'reported';

/**
 * The articles that say the `core` of a conflict with the given polarity, and the best authority
 * among them. Only sentences carrying most of the core count: half of a compound sentence that
 * agrees on something else says nothing about this.
 */
function standing(ctx: RuleContext, seeds: readonly Claim[], core: ReadonlySet<string>, parity: number): { size: number; best: number } {
  const articles = new Set<string>();
  const pool = new Map<string, Claim>();
  for (const seed of seeds) {
    pool.set(seed.id, seed);
    for (const o of alignedWith(ctx, seed)) pool.set(o.id, o);
  }
  for (const o of pool.values()) {
    const t = alignableText(o);
    if (t === null || !asserts(o)) continue;
    const stems = contentStemSet(t);
    const carried = [...core].filter((s) => stems.has(s)).length;
    if (carried >= 0.6 * core.size && negationCount(t, core) % 2 === parity) articles.add(o.article);
  }
  return { size: articles.size, best: Math.min(...[...articles].map((a) => authorityRank(ctx, a))) };
}

function detectOne(ctx: RuleContext, claim: Claim): Finding | null {
  const text = alignableText(claim);
  if (text === null || !asserts(claim)) return null;
  const others = alignedWith(ctx, claim).filter((o) => {
    const t = alignableText(o);
    return t !== null && asserts(o) && o.article !== claim.article && opposed(text, t);
  });
  const against = others.filter((o) => {
    const core = sharedStems(text, alignableText(o)!);
    const mineParity = negationCount(text, core) % 2;
    const mine = standing(ctx, [claim, o], core, mineParity);
    const theirs = standing(ctx, [claim, o], core, 1 - mineParity);
    if (theirs.best !== mine.best) return theirs.best < mine.best;
    return theirs.size > mine.size;
  });
  if (against.length === 0) return null;
  const byArticle = new Map<string, Claim>();
  for (const o of against) if (!byArticle.has(o.article)) byArticle.set(o.article, o);
  const list = [...byArticle.values()].sort((x, y) => (x.article < y.article ? -1 : 1));
  const outlets = list.map((o) => outletOf(ctx, o.article));
  const negated = negationCount(text, sharedStems(text, alignableText(list[0]!)!)) % 2 === 1;
  const verb = negated ? 'assert' : 'negate';
  return {
    subject: located(claim),
    counterparts: list.map(located),
    message: `${outletOf(ctx, claim.article)} ${negated ? 'denies' : 'asserts'} what ${outlets.join(' and ')} ${outlets.length > 1 ? verb : `${verb}s`}.`,
    diff: wordDiff(alignableText(list[0]!)!, text),
    claims: [claim.id, ...list.map((o) => o.id)],
  };
}

/** polarity-conflict: one article asserts what another, about the same subject, negates. */
export const polarityConflictRule: Rule = {
  kind: 'polarity-conflict',
  severity: 'high',
  detect(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.claims) {
      const f = detectOne(ctx, c);
      if (f) out.push(f);
    }
    return out;
  },
};
