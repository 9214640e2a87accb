import { alignableText } from '../align/align.js';
import { contentStems, tokenize } from '../align/tokens.js';
import type { Claim } from '../schema/claim.js';
import { wordDiff } from '../report/diff.js';
import { foldText } from '../normalize/fold.js';
import { alignedWith, authorityRank, located, outletOf } from './shared.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** Words that negate a clause. "no longer" and "not only" do not flip what is asserted. */
const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 'without']);

/** Number of negations in a text: its polarity is the parity. */
export function negationCount(text: string): number {
  const words = tokenize(foldText(text).text).map((t) => t.word);
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if ((w === 'not' && next === 'only') || (w === 'no' && next === 'longer')) continue;
    if (NEGATORS.has(w) || w.endsWith("n't")) n++;
  }
  return n;
}

function stemJaccard(a: string, b: string): number {
  const x = new Set(contentStems(a));
  const y = new Set(contentStems(b));
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

const asserts = (c: Claim): boolean => c.type === 'narration' || c.type === 'reported';

/** Articles agreeing with `claim`'s polarity among the aligned ones, and the best authority among them. */
function standing(ctx: RuleContext, claim: Claim, text: string): { size: number; best: number } {
  const parity = negationCount(text) % 2;
  const articles = new Set<string>([claim.article]);
  for (const o of alignedWith(ctx, claim)) {
    const t = alignableText(o);
    if (t !== null && asserts(o) && o.article !== claim.article && stemJaccard(text, t) >= 0.5 && negationCount(t) % 2 === parity) articles.add(o.article);
  }
  return { size: articles.size, best: Math.min(...[...articles].map((a) => authorityRank(ctx, a))) };
}

function detectOne(ctx: RuleContext, claim: Claim): Finding | null {
  const text = alignableText(claim);
  if (text === null || !asserts(claim)) return null;
  const parity = negationCount(text) % 2;
  const opposed = alignedWith(ctx, claim).filter((o) => {
    const t = alignableText(o);
    return t !== null && asserts(o) && o.article !== claim.article && stemJaccard(text, t) >= 0.5 && negationCount(t) % 2 !== parity;
  });
  if (opposed.length === 0) return null;
  const mine = standing(ctx, claim, text);
  const against = opposed.filter((o) => {
    const theirs = standing(ctx, o, alignableText(o)!);
    if (theirs.best !== mine.best) return theirs.best < mine.best;
    return theirs.size > mine.size;
  });
  if (against.length === 0) return null;
  const byArticle = new Map<string, Claim>();
  for (const o of against) if (!byArticle.has(o.article)) byArticle.set(o.article, o);
  const list = [...byArticle.values()].sort((x, y) => (x.article < y.article ? -1 : 1));
  const outlets = list.map((o) => outletOf(ctx, o.article));
  const negated = parity === 1;
  return {
    subject: located(claim),
    counterparts: list.map(located),
    message: `${outletOf(ctx, claim.article)} ${negated ? 'denies' : 'asserts'} what ${outlets.join(' and ')} ${negated ? 'assert' + (outlets.length > 1 ? '' : 's') : 'negate' + (outlets.length > 1 ? '' : 's')}.`,
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
