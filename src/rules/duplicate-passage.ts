import type { NormalizedArticle } from '../normalize/types.js';
import type { QuoteClaim } from '../schema/claim.js';
import type { Span } from '../schema/span.js';
import { GAP, quoteWords } from './compare.js';
import { located, locatedSpan, outletOf, quotesOf } from './shared.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** Shorter repeats (a byline, a one-line tag) are page furniture, not passages. */
const MIN_WORDS = 5;

function key(text: string): string | null {
  const words = quoteWords(text).filter((w) => w !== GAP);
  return words.length >= MIN_WORDS ? words.join(' ') : null;
}

/** Repeated runs of sentences: each later sentence mapped to its first occurrence, merged into runs. */
function repeatedRuns(doc: NormalizedArticle): { first: Span; again: Span; sentences: number }[] {
  const firstIndex = new Map<string, number>();
  const dupOf = new Map<number, number>();
  doc.sentences.forEach((s, i) => {
    const k = key(doc.text.slice(s.start, s.end));
    if (k === null) return;
    const seen = firstIndex.get(k);
    if (seen === undefined) firstIndex.set(k, i);
    else dupOf.set(i, seen);
  });
  const runs: { first: Span; again: Span; sentences: number }[] = [];
  for (let i = 0; i < doc.sentences.length; i++) {
    const f = dupOf.get(i);
    if (f === undefined) continue;
    let j = i;
    while (dupOf.get(j + 1) === dupOf.get(j)! + 1 && dupOf.get(j + 1)! < i) j++;
    const lastFirst = dupOf.get(j)!;
    runs.push({
      first: { start: doc.sentences[f]!.start, end: doc.sentences[lastFirst]!.end },
      again: { start: doc.sentences[i]!.start, end: doc.sentences[j]!.end },
      sentences: j - i + 1,
    });
    i = j;
  }
  return runs;
}

function inside(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= span.start && s.end >= span.end);
}

function detectIn(ctx: RuleContext, doc: NormalizedArticle): Finding[] {
  const out: Finding[] = [];
  const outlet = outletOf(ctx, doc.id);
  const covered: Span[] = [];
  for (const run of repeatedRuns(doc)) {
    covered.push(run.again);
    out.push({
      subject: locatedSpan(doc, run.again),
      counterparts: [locatedSpan(doc, run.first)],
      message:
        run.sentences > 1
          ? `${outlet} prints this passage of ${run.sentences} sentences twice.`
          : `${outlet} prints this sentence twice.`,
    });
  }
  // The same quotation printed twice under different introductions is a repeat too.
  const seen = new Map<string, QuoteClaim>();
  // the article's own quotes from the index: reading every claim of the story for each article was quadratic
  for (const c of quotesOf(ctx, doc.id)) {
    const k = key(c.text);
    if (k === null) continue;
    const first = seen.get(k);
    if (!first) {
      seen.set(k, c);
      continue;
    }
    if (inside(c.span, covered)) continue;
    out.push({
      subject: located(c),
      counterparts: [located(first)],
      message: `${outlet} prints this quotation twice${c.speaker ? ` as ${c.speaker.name}'s words` : ''}.`,
      claims: [c.id, first.id],
    });
  }
  return out;
}

/** duplicate-passage: a sentence, passage or quotation printed twice inside one article. */
export const duplicatePassageRule: Rule = {
  kind: 'duplicate-passage',
  severity: 'low',
  detect(ctx) {
    return ctx.articles.flatMap((doc) => detectIn(ctx, doc));
  },
};
