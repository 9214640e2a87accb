import type { Rule } from './types.js';

export type { Rule, RuleContext, Finding } from './types.js';

/** The built-in rules, one per discrepancy kind, in report order. */
export const builtinRules: readonly Rule[] = [];
