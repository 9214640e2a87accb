import { diffWords } from 'diff';
import { foldText } from '../normalize/fold.js';
import type { DiffPart } from '../schema/discrepancy.js';

/**
 * Word diff from a counterpart's text to a subject's text, after folding quote marks, dashes and
 * white space so that only material changes show. `delete` = only in the counterpart,
 * `insert` = only in the subject.
 * @example wordDiff('this good relationship', 'good relations')
 */
export function wordDiff(counterpart: string, subject: string): DiffPart[] {
  const a = foldText(counterpart, { lowerCase: false }).text;
  const b = foldText(subject, { lowerCase: false }).text;
  const parts: DiffPart[] = [];
  for (const change of diffWords(a, b, { ignoreCase: true })) {
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}
