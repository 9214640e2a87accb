import { outletKeys } from '../align/provenance.js';
import { contentStems } from '../align/tokens.js';
import type { NormalizedArticle, Sentence } from '../normalize/types.js';
import { docOf, locatedSpan, outletOf } from './shared.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** Cues that hand a statement to an outlet: what follows (or precedes) is the outlet's to confirm. */
// "In an interview with X" names the occasion, not a statement of X's, so it is no cue here.
const BEFORE = ['according to ', 'told '];
const AFTER = [' reported', ' reports', ' said', ' says', ' wrote', ' writes'];

/** Share of the statement's content stems that one passage of the outlet's article holds. */
function bestSupport(statement: ReadonlySet<string>, doc: NormalizedArticle): { share: number; sentence: Sentence | null } {
  let best = { share: 0, sentence: null as Sentence | null };
  const stems = doc.sentences.map((s) => new Set(contentStems(doc.text.slice(s.start, s.end))));
  for (let i = 0; i < doc.sentences.length; i++) {
    // A statement may be spread over two neighbouring sentences of the source.
    const window = new Set([...stems[i]!, ...(stems[i + 1] ?? [])]);
    let hit = 0;
    for (const s of statement) if (window.has(s)) hit++;
    const share = statement.size ? hit / statement.size : 0;
    if (share > best.share) best = { share, sentence: doc.sentences[i]! };
  }
  return best;
}

/** Where a sentence credits `key`: the cue's range, or null. */
function credit(sentence: string, key: string): { start: number; end: number } | null {
  // Most sentences do not name the outlet at all: no need to lower-case them.
  if (!sentence.includes(key)) return null;
  const lower = sentence.toLowerCase();
  for (let at = sentence.indexOf(key); at >= 0; at = sentence.indexOf(key, at + 1)) {
    const before = lower.slice(Math.max(0, at - 24), at);
    const after = lower.slice(at + key.length, at + key.length + 10);
    const cueBefore = BEFORE.find((c) => before.endsWith(c) || before.endsWith(`${c}the `));
    if (cueBefore) return { start: at - cueBefore.length, end: at + key.length };
    if (AFTER.some((c) => after.startsWith(c))) return { start: at, end: at + key.length + 9 };
  }
  return null;
}

/** The statement's content stems: the sentence without the credit and without the outlet's name. */
function statementStems(sentence: string, cue: { start: number; end: number }, key: string): Set<string> {
  const rest = `${sentence.slice(0, cue.start)} ${sentence.slice(cue.end)}`;
  const drop = new Set(contentStems(key));
  return new Set(contentStems(rest).filter((s) => !drop.has(s)));
}

function detectIn(ctx: RuleContext, doc: NormalizedArticle): Finding[] {
  const out: Finding[] = [];
  for (const other of ctx.articles) {
    if (other.id === doc.id) continue;
    const source = docOf(ctx, other.id);
    if (!source) continue;
    for (const key of outletKeys(other.outlet)) {
      // Every article is read for every other article's names: one look at the whole text rules
      // out the sentences that cannot credit this one.
      if (!doc.text.includes(key)) continue;
      for (const s of doc.sentences) {
        const text = doc.text.slice(s.start, s.end);
        const cue = credit(text, key);
        if (!cue) continue;
        const statement = statementStems(text, cue, key);
        if (statement.size < 5) continue;
        const support = bestSupport(statement, source);
        if (support.share >= 0.34) continue;
        out.push({
          subject: locatedSpan(doc, s),
          counterparts: support.sentence ? [locatedSpan(source, support.sentence)] : [],
          message: `${outletOf(ctx, doc.id)} credits this to ${outletOf(ctx, other.id)}, but ${outletOf(ctx, other.id)}'s article does not say it (at best ${Math.round(support.share * 100)}% of its words in one passage).`,
        });
      }
    }
  }
  return out;
}

/**
 * source-misattribution: a statement credited to another article of the set ("According to
 * Reuters, …", "X told Reuters …") that the credited article does not contain.
 */
export const sourceMisattributionRule: Rule = {
  kind: 'source-misattribution',
  severity: 'medium',
  detect(ctx) {
    return ctx.articles.flatMap((doc) => detectIn(ctx, doc));
  },
};
