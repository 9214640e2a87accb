import { alignClaims } from '../../src/align/align.js';
import { inferProvenance } from '../../src/align/provenance.js';
import type { NormalizedArticle } from '../../src/normalize/types.js';
import { summarizeArticle } from '../../src/report/build.js';
import { createRuleContext } from '../../src/rules/run.js';
import type { Finding, Rule, RuleContext } from '../../src/rules/types.js';
import type { Claim, QuoteClaim } from '../../src/schema/claim.js';
import type { Entity } from '../../src/schema/report.js';

/** A normalized article with one paragraph per line and sentences split after ". ". */
export function doc(id: string, text: string, outlet: string | null = id, published: string | null = null): NormalizedArticle {
  const paragraphs: NormalizedArticle['paragraphs'] = [];
  const sentences: NormalizedArticle['sentences'] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) {
      paragraphs.push({ start, end, kind: 'body' });
      let s = start;
      for (let i = start; i < end; i++) {
        if (text[i] === '.' && text[i + 1] === ' ' && /[A-Z"“]/.test(text[i + 2] ?? '')) {
          sentences.push({ start: s, end: i + 1, paragraph: paragraphs.length - 1 });
          s = i + 2;
        }
      }
      sentences.push({ start: s, end, paragraph: paragraphs.length - 1 });
    }
    start = end + 1;
  }
  return { id, text, outlet, url: null, published, inferred: { outlet: false, published: false }, paragraphs, sentences };
}

function at(d: NormalizedArticle, text: string, nth = 0): { start: number; end: number } {
  let from = 0;
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = d.text.indexOf(text, from);
    if (i < 0) throw new Error(`"${text}" not in ${d.id}`);
    from = i + 1;
  }
  return { start: i, end: i + text.length };
}

let counter = 0;

/** A quote claim for `text` (its nth occurrence) in `d`. */
export function quote(d: NormalizedArticle, text: string, speaker: string | null, opts: { nth?: number; partial?: boolean; context?: string } = {}): QuoteClaim {
  const span = at(d, text, opts.nth ?? 0);
  const sentence = d.sentences.find((s) => s.start <= span.start && s.end >= span.end) ?? span;
  const context = opts.context ? { span: at(d, opts.context), text: opts.context } : null;
  return {
    id: `${d.id}#q${++counter}`,
    article: d.id,
    type: 'quote',
    span,
    text,
    speaker: speaker ? { name: speaker, span: null, entity: null, via: 'name' } : null,
    verb: 'said',
    partial: opts.partial ?? false,
    elided: text.includes('…'),
    quotation: `${d.id}#Q${counter}`,
    sentence: { start: sentence.start, end: sentence.end },
    context,
  };
}

/** A narration claim for a whole sentence of `d`. */
export function narration(d: NormalizedArticle, text: string): Claim {
  return { id: `${d.id}#s${++counter}`, article: d.id, type: 'narration', span: at(d, text), text };
}

/** A reported-speech claim: the sentence and the content inside it. */
export function reported(d: NormalizedArticle, sentence: string, content: string, speaker: string): Claim {
  const span = at(d, sentence);
  const c = at(d, content);
  return {
    id: `${d.id}#r${++counter}`,
    article: d.id,
    type: 'reported',
    span,
    text: sentence,
    speaker: { name: speaker, span: null, entity: null, via: 'name' },
    verb: 'said',
    content: { span: c, text: content },
  };
}

/** Align, infer provenance and build the context rules see. */
export function context(docs: NormalizedArticle[], claims: Claim[], entities: Entity[] = []): RuleContext {
  const alignments = alignClaims(claims);
  const prov = inferProvenance(docs, claims, alignments);
  const summaries = docs.map((d) => ({ ...summarizeArticle(d), ...prov.get(d.id)! }));
  return createRuleContext({ docs, summaries, claims, alignments, entities });
}

/** Run one rule and return `[article, subject text]` pairs, sorted. */
export function run(rule: Rule, ctx: RuleContext): Finding[] {
  return rule.detect(ctx);
}
