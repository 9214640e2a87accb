import type { NormalizedArticle } from '../normalize/types.js';
import type { Span } from '../schema/span.js';
import type { NumberClaim } from '../schema/claim.js';
import { readQuantities } from './number-read.js';

export { readQuantities, type Quantity } from './number-read.js';

/**
 * The sentences of an article's body to read figures from: `doc.sentences` minus any that sit in
 * page chrome, or the body paragraphs themselves when no sentences were segmented.
 */
export function bodySentences(doc: NormalizedArticle): Span[] {
  const isBody = (p: number): boolean => {
    const kind = doc.paragraphs[p]?.kind ?? 'body';
    return kind !== 'chrome' && kind !== 'source-line';
  };
  if (doc.sentences.length > 0) {
    return doc.sentences.filter((s) => isBody(s.paragraph)).map((s) => ({ start: s.start, end: s.end }));
  }
  return doc.paragraphs.filter((p) => p.kind === 'body').map((p) => ({ start: p.start, end: p.end }));
}

/**
 * Numbers of an article's body with value, unit and hedge, in text order. The span covers the hedge
 * and the figure with its scale, currency, percent or measurement unit ("at least 31 people", "$1.2
 * billion", "80 kilometers"); any other counted noun ("troops") is reported in `unit` but left out
 * of the span. Years, dates, clock times, ordinals, ranges and labels are not numbers here. An age
 * after a name ("Maria, 34,") has unit `years`, like "34 years old".
 */
export function extractNumbers(doc: NormalizedArticle): NumberClaim[] {
  const out: NumberClaim[] = [];
  const text = doc.text;
  let lastEnd = -1;
  for (const sentence of bodySentences(doc)) {
    let quantities;
    try {
      quantities = readQuantities(text, sentence.start, sentence.end);
    } catch {
      // never let odd text take the whole extraction down
      continue;
    }
    for (const q of quantities) {
      if (q.start < lastEnd) continue; // overlapping sentences from a segmenter: keep the first reading
      lastEnd = q.end;
      out.push({
        id: `${doc.id}#n${out.length + 1}`,
        article: doc.id,
        type: 'number',
        span: { start: q.start, end: q.end },
        text: text.slice(q.start, q.end),
        value: q.value,
        unit: q.unit,
        hedge: q.hedge,
        sentence: { start: sentence.start, end: sentence.end },
      });
    }
  }
  return out;
}
