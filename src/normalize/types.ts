import type { QuotationSpan } from './quotation-marks.js';
import type { Span } from '../schema/span.js';

/** What a block of text is, as far as the checker cares. */
export type ParagraphKind = 'body' | 'chrome' | 'source-line' | 'dateline';

/** A paragraph (block) of the original text. Chrome is kept, marked, never deleted: offsets must survive. */
export interface Paragraph extends Span {
  kind: ParagraphKind;
  /** A short body line without final punctuation: a headline or sub-heading. */
  headline?: boolean;
}

/** A sentence of a body paragraph. */
export interface Sentence extends Span {
  /** Index into `NormalizedArticle.paragraphs`. */
  paragraph: number;
}

/** An article after the normalize stage: original text untouched, structure and metadata added. */
export interface NormalizedArticle {
  id: string;
  /** The article text exactly as given. */
  text: string;
  outlet: string | null;
  url: string | null;
  /** `YYYY-MM-DD` (or full ISO) reference date for relative dates. */
  published: string | null;
  inferred: { outlet: boolean; published: boolean };
  paragraphs: Paragraph[];
  /** Sentences of body paragraphs, in text order. */
  sentences: Sentence[];
  /** Quotation-mark pairs of body and chrome paragraphs (`paragraph` indexes `paragraphs`); rescanned when absent. */
  quotations?: QuotationSpan[];
}
