import { alignableText } from '../align/align.js';
import { contentStemSet, contentStems, stem } from '../align/tokens.js';
import type { NormalizedArticle } from '../normalize/types.js';
import type { Claim, QuoteClaim } from '../schema/claim.js';
import { coverage, quoteWords } from './compare.js';
import { alignedWith, authorityRank, docOf, eachQuote, located, outletOf, quotesOf } from './shared.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** Words of an introduction that say who speaks and how, not what about. */
const NOT_TOPIC = new Set(
  [
    'say', 'said', 'saying', 'says', 'tell', 'told', 'telling', 'add', 'added', 'adding', 'state', 'stated',
    'stating', 'ask', 'asked', 'asking', 'answer', 'answered', 'respond', 'responded', 'response', 'reply',
    'replied', 'refer', 'referring', 'regarding', 'question', 'questioned', 'note', 'noted', 'noting',
    'comment', 'commented', 'speak', 'speaking', 'spoke', 'remark', 'remarked', 'report', 'reporter',
    'reporters', 'journalist', 'journalists', 'praise', 'praised', 'praising', 'quote', 'quoted', 'warn',
    'warned', 'explain', 'explained', 'insist', 'insisted', 'continue', 'continued', 'went', 'later',
  ].map(stem),
);

/**
 * Introductions that name what the words answer or address ("Asked about X, she said:"). They
 * assert a topic, so the words standing apart from that topic in the source is enough; an
 * introduction without one only counts against a source that puts the words elsewhere.
 */
const TOPIC_CUES = [
  'asked about', 'asked whether', 'asked if', 'when asked', 'referring to', 'regarding', 'in response to',
  'responding to', 'in reply to', 'speaking about', 'speaking of', 'talking about', 'commenting on',
  'questioned about', 'questioned on', 'reflecting on', 'turning to', 'on the issue of', 'on the subject of',
  'on the question of', 'addressing',
];

function assertsTopic(intro: string): boolean {
  const lower = intro.toLowerCase().trimStart();
  return TOPIC_CUES.some((cue) => lower.includes(cue)) || lower.startsWith('on ');
}

/** Stems that run through a large part of an article: its theme, not the topic of one passage. */
function themeOf(doc: NormalizedArticle): Set<string> {
  // Once per article, not once per aligned quotation in it.
  let theme = themes.get(doc);
  if (!theme) themes.set(doc, (theme = computeTheme(doc)));
  return theme;
}

const themes = new WeakMap<NormalizedArticle, Set<string>>();

function computeTheme(doc: NormalizedArticle): Set<string> {
  const counts = new Map<string, number>();
  for (const s of doc.sentences) for (const st of new Set(contentStems(doc.text.slice(s.start, s.end)))) counts.set(st, (counts.get(st) ?? 0) + 1);
  const limit = Math.max(2, doc.sentences.length / 4);
  return new Set([...counts].filter(([, n]) => n > limit).map(([st]) => st));
}

function topicStems(intro: string, speaker: string | undefined): Set<string> {
  const names = new Set(speaker ? contentStems(speaker) : []);
  return new Set(contentStems(intro).filter((s) => !NOT_TOPIC.has(s) && !names.has(s)));
}

function share(topic: ReadonlySet<string>, text: string): number {
  if (topic.size === 0) return 0;
  // the memoized set: asked for every sentence of a counterpart's article, per counterpart
  const stems = contentStemSet(text);
  let hit = 0;
  for (const s of topic) if (stems.has(s)) hit++;
  return hit / topic.size;
}

/** The counterpart's own introduction: its sentence outside the quoted or reported words. */
function ownOccasion(ctx: RuleContext, c: Claim, topic: ReadonlySet<string>): boolean {
  const doc = docOf(ctx, c.article);
  if (!doc || (c.type !== 'quote' && c.type !== 'reported')) return false;
  const sentence = c.type === 'quote' ? c.sentence : c.span;
  const inner = c.type === 'quote' ? c.span : c.content.span;
  // Other quotes in the same sentence are words, not the occasion.
  const quoted = quotesOf(ctx, c.article).filter((o) => o.span.start >= sentence.start && o.span.end <= sentence.end);
  let rest = '';
  let at = sentence.start;
  for (const q of [...quoted, { span: inner }].sort((x, y) => x.span.start - y.span.start)) {
    if (q.span.start > at) rest += ` ${doc.text.slice(at, q.span.start)}`;
    at = Math.max(at, q.span.end);
  }
  rest += ` ${doc.text.slice(at, sentence.end)}`;
  const speaker = new Set(c.speaker ? contentStems(c.speaker.name) : []);
  const occasion = contentStems(rest).filter((s) => !NOT_TOPIC.has(s) && !speaker.has(s) && !topic.has(s));
  return new Set(occasion).size >= 2;
}

function detectOne(ctx: RuleContext, q: QuoteClaim): Finding | null {
  if (!q.context || q.partial) return null;
  const topic = topicStems(q.context.text, q.speaker?.name);
  if (topic.size < 2) return null;
  const words = quoteWords(q.text);
  const cued = assertsTopic(q.context.text);
  const rank = authorityRank(ctx, q.article);
  // Whether a counterpart contradicts the introduction depends only on the quote's words, its
  // introduction, its speaker's name and its article's rank: every copy of a story asks the same
  // question of the same counterparts, so the answers are shared between such quotes.
  const key = `${rank}\u0000${q.speaker?.name ?? '\u0001'}\u0000${q.context.text}\u0000${q.text}`;
  let memo = verdicts.get(ctx);
  if (!memo) verdicts.set(ctx, (memo = new Map()));
  let answers = memo.get(key);
  if (!answers) memo.set(key, (answers = new Map()));
  const counterparts: Claim[] = [];
  for (const c of alignedWith(ctx, q)) {
    if (c.article === q.article) continue;
    let against = answers.get(c.id);
    if (against === undefined) answers.set(c.id, (against = contradicts(ctx, c, words, topic, cued, rank)));
    if (against) counterparts.push(c);
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

const verdicts = new WeakMap<RuleContext, Map<string, Map<string, boolean>>>();

/** True when counterpart `c` of a quote (its `words`, introduced with `topic`) gives them another passage or occasion. */
function contradicts(ctx: RuleContext, c: Claim, words: readonly string[], topic: ReadonlySet<string>, cued: boolean, rank: number): boolean {
  const text = alignableText(c);
  if (text === null || coverage(words, quoteWords(text)) < 0.8) return false;
  if (authorityRank(ctx, c.article) > rank) return false;
  const doc = docOf(ctx, c.article);
  if (!doc) return false;
  const theme = themeOf(doc);
  const topicHere = new Set([...topic].filter((t) => !theme.has(t)));
  if (topicHere.size < 2) return false;
  // What leads into the words: their paragraph and the body paragraph before it.
  const index = doc.paragraphs.findIndex((p) => p.start <= c.span.start && p.end >= c.span.end);
  let previous = index - 1;
  while (previous >= 0 && doc.paragraphs[previous]!.kind !== 'body') previous--;
  const near = [previous, index]
    .filter((i) => i >= 0)
    .map((i) => doc.text.slice(doc.paragraphs[i]!.start, doc.paragraphs[i]!.end))
    .join(' ') || text;
  if (share(topicHere, near) >= 0.34) return false;
  // The intro may only add detail the other article leaves out. It contradicts that article when
  // the article speaks of that topic in another passage, or gives these words an occasion of its own.
  const elsewhere = doc.sentences.some((s) => share(topicHere, doc.text.slice(s.start, s.end)) >= 0.5);
  return cued || elsewhere || ownOccasion(ctx, c, topicHere);
}

/** quote-context: the same quotation introduced as being about another topic or occasion. */
export const quoteContextRule: Rule = {
  kind: 'quote-context',
  severity: 'medium',
  detect: (ctx) => eachQuote(ctx, detectOne),
};
