import type { Alignment } from '../schema/alignment.js';
import type { Claim } from '../schema/claim.js';

/** Options of the align stage. */
export interface AlignOptions {
  /** Minimum similarity (0–1) for two claims to be grouped. Default: 0.5. */
  threshold?: number;
}

/** Group equivalent claims across articles. (Placeholder.) */
export function alignClaims(claims: readonly Claim[], options: AlignOptions = {}): Alignment[] {
  void claims;
  void options;
  return [];
}
