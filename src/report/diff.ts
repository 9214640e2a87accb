import { diffWords } from 'diff';
import { collapseInitialisms, foldText } from '../normalize/fold.js';
import type { DiffPart } from '../schema/discrepancy.js';

/**
 * Word diff from a counterpart's text to a subject's text, after folding quote marks, dashes and
 * white space so that only material changes show. `delete` = only in the counterpart,
 * `insert` = only in the subject.
 * @example wordDiff('this warm partnership', 'warm partners')
 */
export function wordDiff(counterpart: string, subject: string): DiffPart[] {
  const a = foldText(collapseInitialisms(counterpart), { lowerCase: false }).text;
  const b = foldText(collapseInitialisms(subject), { lowerCase: false }).text;
  const parts: DiffPart[] = [];
  for (const change of diffWords(a, b, { ignoreCase: true })) {
    let op: DiffPart['op'] = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    // Punctuation is not material: a mark only the counterpart has is dropped, one only the
    // subject has is shown as it stands, so the diff marks words alone.
    if (op !== 'equal' && !/[\p{L}\p{N}]/u.test(change.value)) {
      if (op === 'delete') continue;
      op = 'equal';
    }
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}
