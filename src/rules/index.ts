import { dateMismatchRule } from './date-mismatch.js';
import { duplicatePassageRule } from './duplicate-passage.js';
import { nameVariantRule } from './name-variant.js';
import { numberMismatchRule } from './number-mismatch.js';
import { paraphraseAsQuoteRule } from './paraphrase-as-quote.js';
import { quoteAlteredRule } from './quote-altered.js';
import { quoteContextRule } from './quote-context.js';
import { singleSourceRule } from './single-source.js';
import type { Rule } from './types.js';

export type { Rule, RuleContext, Finding } from './types.js';
export {
  paraphraseAsQuoteRule,
  quoteAlteredRule,
  quoteContextRule,
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
  quoteContextRule,
  numberMismatchRule,
  dateMismatchRule,
  duplicatePassageRule,
  singleSourceRule,
  nameVariantRule,
];
