import { dateMismatchRule } from './date-mismatch.js';
import { duplicatePassageRule } from './duplicate-passage.js';
import { nameVariantRule } from './name-variant.js';
import { numberMismatchRule } from './number-mismatch.js';
import { paraphraseAsQuoteRule } from './paraphrase-as-quote.js';
import { polarityConflictRule } from './polarity-conflict.js';
import { quoteAlteredRule } from './quote-altered.js';
import { quoteContextRule } from './quote-context.js';
import { quoteSpeakerRule } from './quote-speaker.js';
import { singleSourceRule } from './single-source.js';
import { sourceMisattributionRule } from './source-misattribution.js';
import type { Rule } from './types.js';

export type { Rule, RuleContext, Finding } from './types.js';
export {
  paraphraseAsQuoteRule,
  quoteAlteredRule,
  quoteContextRule,
  quoteSpeakerRule,
  polarityConflictRule,
  sourceMisattributionRule,
  duplicatePassageRule,
  singleSourceRule,
  nameVariantRule,
  numberMismatchRule,
  dateMismatchRule,
};

/** The built-in rules, one per discrepancy kind. */
export const builtinRules: readonly Rule[] = [
  paraphraseAsQuoteRule,
  quoteAlteredRule,
  quoteSpeakerRule,
  quoteContextRule,
  numberMismatchRule,
  dateMismatchRule,
  polarityConflictRule,
  sourceMisattributionRule,
  duplicatePassageRule,
  singleSourceRule,
  nameVariantRule,
];
