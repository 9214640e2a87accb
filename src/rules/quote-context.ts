import { alignableText } from '../align/align.js';
import { contentStems } from '../align/tokens.js';
import type { Claim, QuoteClaim } from '../schema/claim.js';
import { coverage, quoteWords } from './compare.js';
import { alignedWith, authorityRank, docOf, located, outletOf, sentencesAround } from './shared.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** Words of an introduction that say who speaks, not what about. */
const NOT_TOPIC = new Set(['said', 'say', 'state', 'stat', 'ad', 'add', 'told', 'tell', 'ask', 'answer', 'respond', 'respons', 'refer', 'question', 'regard', 'note', 'comment', 'he', 'she', 'they', 'also', 'speak']);

function topicStems(intro: string, speaker: string | undefined): Set<string> {
  const names = new Set(speaker ? contentStems(speaker) : []);
  return new Set(contentStems(intro).filter((s) => !NOT_TOPIC.has(s) && !names.has(s)));
}

function share(topic: ReadonlySet<string>, text: string): number {
  if (topic.size === 0) return 0;
  const stems = new Set(contentStems(text));
  let hit = 0;
  for (const s of topic) if (stems.has(s)) hit++;
  return hit / topic.size;
}

function detectOne(ctx: RuleContext, q: QuoteClaim): Finding | null {
  if (!q.context || q.partial) return null;
  const topic = topicStems(q.context.text, q.speaker?.name);
  if (topic.size < 3) return null;
  const words = quoteWords(q.text);
  const counterparts: Claim[] = [];
  for (const c of alignedWith(ctx, q)) {
    if (c.article === q.article) continue;
    const text = alignableText(c);
    if (text === null || coverage(words, quoteWords(text)) < 0.8) continue;
    if (authorityRank(ctx, c.article) > authorityRank(ctx, q.article)) continue;
    const doc = docOf(ctx, c.article);
    if (!doc) continue;
    const near = sentencesAround(doc, c.span, 1).map((s) => doc.text.slice(s.start, s.end)).join(' ');
    if (share(topic, near) >= 0.34) continue;
    // The other article must speak of that topic somewhere else, or the intro may just add detail.
    const elsewhere = doc.sentences.some((s) => share(topic, doc.text.slice(s.start, s.end)) >= 0.5);
    if (elsewhere) counterparts.push(c);
  }
  if (counterparts.length === 0) return null;
  const outlets = [...new Set(counterparts.map((c) => outletOf(ctx, c.article)))];
  return {
    subject: located(q),
    counterparts: counterparts.map(located),
    message: `${outletOf(ctx, q.article)} introduces these words with "${q.context.text.trim()}", but in ${outlets.join(' and ')} they belong to another passage, not to that topic.`,
    claims: [q.id, ...counterparts.map((c) => c.id)],
  };
}

/** quote-context: the same quotation introduced as being about another topic or occasion. */
export const quoteContextRule: Rule = {
  kind: 'quote-context',
  severity: 'medium',
  detect(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.claims) {
      if (c.type !== 'quote') continue;
      const f = detectOne(ctx, c);
      if (f) out.push(f);
    }
    return out;
  },
};
