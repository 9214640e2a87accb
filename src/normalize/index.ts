import type { Article } from '../schema/article.js';
import type { Span } from '../schema/span.js';
import { findChrome, isShortUnpunctuated } from './chrome.js';
import { findLeadingByline, findLeadingDate, parseDateLine, parseSourceLine } from './metadata.js';
import { splitParagraphs } from './paragraphs.js';
import { scanQuotations, type QuotationSpan } from './quotation-marks.js';
import { splitSentences } from './sentences.js';
import type { NormalizedArticle, Paragraph, Sentence } from './types.js';

export type { NormalizedArticle, Paragraph, Sentence, ParagraphKind } from './types.js';
export type { QuotationSpan } from './quotation-marks.js';
export { scanQuotations } from './quotation-marks.js';
export { foldText, unfoldSpan, type FoldedText } from './fold.js';

interface Meta {
  outlet: string | null;
  published: string | null;
}

/** Peel a leading dateline ("date 2025-01-16") and wire byline ("Outlet/ ") off the first paragraphs. */
function splitLeadingMeta(text: string, spans: Span[], meta: Meta): Paragraph[] {
  const out: Paragraph[] = [];
  let checked = 0;
  for (const span of spans) {
    let rest: Span = span;
    if (checked < 3) {
      checked++;
      const date = findLeadingDate(text, rest);
      if (date) {
        out.push({ ...date.span, kind: 'dateline' });
        meta.published ??= date.value;
        rest = skipSpace(text, { start: date.span.end, end: rest.end });
      }
      const byline = rest.end > rest.start ? findLeadingByline(text, rest) : null;
      if (byline) {
        out.push({ ...byline.span, kind: 'source-line' });
        meta.outlet ??= byline.value;
        rest = skipSpace(text, { start: byline.span.end, end: rest.end });
      }
    }
    if (rest.end > rest.start) out.push({ ...rest, kind: 'body' });
  }
  return out;
}

function skipSpace(text: string, span: Span): Span {
  let s = span.start;
  while (s < span.end && (text[s] === ' ' || text[s] === '\t' || text[s] === '\n' || text[s] === '\r')) s++;
  return { start: s, end: span.end };
}

/** Mark chrome, source lines and date lines among the body paragraphs. */
function classify(text: string, paragraphs: Paragraph[], meta: Meta): void {
  const chrome = findChrome(text, paragraphs);
  paragraphs.forEach((p, k) => {
    if (p.kind !== 'body') return;
    const line = text.slice(p.start, p.end);
    const source = parseSourceLine(line);
    if (source) {
      p.kind = 'source-line';
      meta.outlet ??= source;
      return;
    }
    const date = k < 8 ? parseDateLine(line) : null;
    if (date) {
      p.kind = 'dateline';
      meta.published ??= date;
      return;
    }
    if (chrome.has(k)) p.kind = 'chrome';
    else if (isShortUnpunctuated(line, 25)) p.headline = true;
  });
}

function quotedParagraphs(paragraphs: readonly Paragraph[]): number[] {
  const out: number[] = [];
  paragraphs.forEach((p, k) => {
    if (p.kind === 'body' || p.kind === 'chrome') out.push(k);
  });
  return out;
}

/**
 * Normalize one article: find paragraphs (joining hard-wrapped lines), page chrome, source and date
 * lines, quotations and sentences, and infer outlet and publication date from the text when the
 * caller gave none. Never changes the text: every span points into `article.text`.
 */
export function normalizeArticle(article: Article): NormalizedArticle {
  const text = typeof article.text === 'string' ? article.text : '';
  const meta: Meta = { outlet: article.outlet ?? null, published: article.published ?? null };
  const paragraphs = splitLeadingMeta(text, splitParagraphs(text), meta);
  classify(text, paragraphs, meta);

  const scanned = quotedParagraphs(paragraphs);
  const quotations: QuotationSpan[] = scanQuotations(
    text,
    scanned.map((k) => paragraphs[k]!),
  ).map((q) => ({ ...q, paragraph: scanned[q.paragraph]! }));

  const sentences: Sentence[] = [];
  let q = 0;
  paragraphs.forEach((p, k) => {
    const guarded: Span[] = [];
    while (q < quotations.length && quotations[q]!.paragraph < k) q++;
    for (let j = q; j < quotations.length && quotations[j]!.paragraph === k; j++) {
      const qs = quotations[j]!;
      if (qs.depth === 0) guarded.push({ start: qs.open >= 0 ? qs.open : qs.start, end: qs.close >= 0 ? qs.close + 1 : p.end });
    }
    if (p.kind !== 'body') return;
    for (const s of splitSentences(text, p, guarded)) sentences.push({ ...s, paragraph: k });
  });

  return {
    id: article.id,
    text,
    outlet: meta.outlet,
    url: article.url ?? null,
    published: meta.published,
    inferred: { outlet: article.outlet == null && meta.outlet != null, published: article.published == null && meta.published != null },
    paragraphs,
    sentences,
    quotations,
  };
}
