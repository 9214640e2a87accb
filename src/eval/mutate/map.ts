import type { Span } from '../../schema/span.js';
import type { Segment } from './types.js';

/** The original ranges a span of the mutated text copies (none when it lies in inserted text). */
export function toOriginal(segments: readonly Segment[], span: Span): Span[] {
  const out: Span[] = [];
  for (const s of segments) {
    const start = Math.max(span.start, s.start);
    const end = Math.min(span.end, s.end);
    if (start < end) out.push({ start: s.from + (start - s.start), end: s.from + (end - s.start) });
  }
  return out;
}

/** The mutated ranges that copy a span of the original text (none when the edit replaced it all). */
export function toMutated(segments: readonly Segment[], span: Span): Span[] {
  const out: Span[] = [];
  for (const s of segments) {
    const from = s.from;
    const to = s.from + (s.end - s.start);
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (start < end) out.push({ start: s.start + (start - from), end: s.start + (end - from) });
  }
  return out;
}
