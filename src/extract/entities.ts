import type { NormalizedArticle } from '../normalize/types.js';
import type { Claim } from '../schema/claim.js';
import type { Entity } from '../schema/report.js';

/** Result of linking mentions across a story's articles. */
export interface LinkedEntities {
  entities: Entity[];
  /** The claims with `speaker.entity` filled in and speaker names set to the canonical name. */
  claims: Claim[];
}

/**
 * Fold the people, organisations and places of a story into canonical entities across articles
 * (spelling variants, titles, defined abbreviations). (Placeholder: no linking.)
 */
export function linkEntities(docs: readonly NormalizedArticle[], claims: readonly Claim[]): LinkedEntities {
  void docs;
  return { entities: [], claims: [...claims] };
}
