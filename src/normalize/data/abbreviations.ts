/**
 * Words that end with a period without ending a sentence (lower case, without the final period).
 * Single capital letters (initials) and dotted acronyms ("U.S.") are recognised by shape.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr',
  'cdr', 'brig', 'sen', 'rep', 'gov', 'pres', 'supt', 'insp', 'det', 'hon', 'rev', 'sr', 'jr', 'st', 'mt', 'ft',
  'ave', 'blvd', 'rd', 'vs', 'etc', 'e.g', 'i.e', 'al', 'approx', 'dept', 'univ', 'assn',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri', 'op',
  'pp', 'cf', 'ph.d', 'm.d', 'b.a', 'm.a', 'ald', 'amb', 'atty',
  'messrs', 'mme', 'mlle', 'msgr', 'sgt', 'sra', 'srta', 'gov', 'gen',
]);

/**
 * Words that usually start a sentence: after a dotted acronym ("U.S.") a sentence ends only when
 * one of these follows, since "U.S. President" is the common case.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'yet', 'this', 'that',
  'these', 'those', 'there', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'if', 'his', 'her', 'their', 'its',
  'our', 'as', 'however', 'meanwhile', 'still', 'also', 'then', 'now', 'some', 'many', 'most', 'officials', 'no',
]);
