import { addBoilerplate } from './boilerplate.js';
import { shiftDate } from './date-shift.js';
import { duplicatePassage } from './duplicate-passage.js';
import { negateNarration } from './negation.js';
import { changeNumber } from './number-change.js';
import { swapParagraphs } from './paragraph-order.js';
import { quoteParaphrase } from './paraphrase-as-quote.js';
import { swapPunctuation } from './punctuation.js';
import { alterQuote } from './quote-altered.js';
import { moveQuoteContext } from './quote-context.js';
import { reattributeQuote } from './quote-speaker.js';
import { swapQuoteStyle } from './quote-style.js';
import { swapSynonyms } from './synonyms.js';
import type { ChangingKind, Mutator, PreservingKind } from './types.js';

/** The meaning-changing mutations, by the finding kind each should produce. */
export const CHANGING_MUTATORS: Readonly<Record<ChangingKind, Mutator>> = {
  'quote-altered': alterQuote,
  'quote-speaker': reattributeQuote,
  'paraphrase-as-quote': quoteParaphrase,
  'number-mismatch': changeNumber,
  'date-mismatch': shiftDate,
  'polarity-conflict': negateNarration,
  'duplicate-passage': duplicatePassage,
  'quote-context': moveQuoteContext,
};

/** The meaning-preserving edits, which should produce no new finding. */
export const PRESERVING_MUTATORS: Readonly<Record<PreservingKind, Mutator>> = {
  'quote-style': swapQuoteStyle,
  punctuation: swapPunctuation,
  'paragraph-order': swapParagraphs,
  synonyms: swapSynonyms,
  boilerplate: addBoilerplate,
};
