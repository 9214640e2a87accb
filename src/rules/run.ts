import type { NormalizedArticle } from '../normalize/types.js';
import type { Alignment } from '../schema/alignment.js';
import type { ArticleSummary } from '../schema/article.js';
import type { Claim } from '../schema/claim.js';
import type { Discrepancy } from '../schema/discrepancy.js';
import type { CheckOptions } from '../schema/options.js';
import type { Entity, InputError } from '../schema/report.js';
import type { Rule, RuleContext } from './types.js';

/** The inputs rules run over. */
export interface RuleInputs {
  docs: readonly NormalizedArticle[];
  summaries: readonly ArticleSummary[];
  claims: readonly Claim[];
  alignments: readonly Alignment[];
  entities: readonly Entity[];
  /** The article every other one is checked against (`CheckOptions.reference`). */
  reference?: string | null;
}

/** Build the read-only context every rule sees. */
export function createRuleContext(inputs: RuleInputs): RuleContext {
  const claimById = new Map(inputs.claims.map((c) => [c.id, c] as const));
  const alignmentsOf = new Map<string, Alignment[]>();
  for (const a of inputs.alignments) {
    for (const id of a.claims) {
      const list = alignmentsOf.get(id);
      if (list) list.push(a);
      else alignmentsOf.set(id, [a]);
    }
  }
  return {
    articles: inputs.docs,
    summaries: new Map(inputs.summaries.map((s) => [s.id, s] as const)),
    claims: inputs.claims,
    claimById,
    alignments: inputs.alignments,
    alignmentsOf,
    entities: inputs.entities,
    reference: inputs.reference ?? null,
  };
}

/**
 * With a reference article, a finding stands when the reference is not its subject and it is
 * shown against the reference, inside its own article, or against nothing (single-source).
 */
function againstReference(f: { subject: { article: string }; counterparts: readonly { article: string }[] }, reference: string): boolean {
  if (f.subject.article === reference) return false;
  return f.counterparts.length === 0 || f.counterparts.some((c) => c.article === reference || c.article === f.subject.article);
}

/**
 * Run rules over a story and settle severities (rule default, overridden per kind by options).
 * A rule that throws is skipped rather than losing the whole report, and said so in `errors`.
 */
export function runRules(rules: readonly Rule[], inputs: RuleInputs, options: CheckOptions = {}, errors?: InputError[]): Omit<Discrepancy, 'id'>[] {
  const context = createRuleContext(inputs);
  const out: Omit<Discrepancy, 'id'>[] = [];
  for (const rule of rules) for (const f of runRule(rule, context, options, errors)) out.push(f);
  return out;
}

/**
 * One rule's settled findings over a context: none when the rule is disabled or throws. A rule
 * that throws (a bug, or a custom rule's) is reported in `errors` as `internal` with input
 * `rule:<kind>`, so a report is never silently missing a kind. The step `runRules` repeats for each
 * rule, exported so an asynchronous check can yield between rules.
 */
export function runRule(rule: Rule, context: RuleContext, options: CheckOptions = {}, errors?: InputError[]): Omit<Discrepancy, 'id'>[] {
  const out: Omit<Discrepancy, 'id'>[] = [];
  if (options.disable?.includes(rule.kind)) return out;
  let findings;
  try {
    findings = rule.detect(context);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    errors?.push({ code: 'internal', input: `rule:${rule.kind}`, message: `rule ${rule.kind} failed and was skipped: ${reason}` });
    return out;
  }
  const reference = context.reference;
  for (const f of findings) {
    const severity = options.severity?.[rule.kind] ?? f.severity ?? rule.severity;
    if (severity === 'info' && options.info === false) continue;
    if (reference !== null && !againstReference(f, reference)) continue;
    out.push({ ...f, kind: rule.kind, severity });
  }
  return out;
}
