/**
 * Vocabularies of attribution: verbs that introduce someone's words, title words that name a
 * role, and words that make a phrase an institution. All lower case.
 */

const VERB_LEMMAS = [
  'say', 'tell', 'state', 'add', 'note', 'emphasize', 'emphasise', 'stress', 'highlight', 'warn', 'announce',
  'acknowledge', 'confirm', 'reveal', 'mention', 'explain', 'insist', 'argue', 'claim', 'assert', 'remark', 'declare',
  'ask', 'answer', 'reply', 'respond', 'continue', 'write', 'tweet', 'post', 'plead', 'sigh', 'quip', 'joke', 'shout',
  'scream', 'cry', 'yell', 'whisper', 'murmur', 'mutter', 'exclaim', 'admit', 'concede', 'observe', 'point out',
  'recall', 'recount', 'describe', 'predict', 'promise', 'pledge', 'vow', 'threaten', 'urge', 'demand', 'call',
  'suggest', 'report', 'testify', 'comment', 'conclude', 'begin', 'affirm', 'reaffirm', 'reiterate', 'maintain',
  'contend', 'allege', 'boast', 'complain', 'lament', 'scoff', 'mock', 'deny', 'dismiss', 'brush off', 'express',
  'indicate', 'underline', 'underscore', 'caution', 'advise', 'inform', 'disclose', 'specify', 'clarify', 'elaborate',
  'believe', 'think', 'hope', 'fear', 'agree', 'accuse', 'charge', 'counter', 'retort', 'snap', 'chime', 'interject',
  'proclaim', 'vow', 'go on',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  begin: ['begin', 'begins', 'began', 'beginning'],
  cry: ['cry', 'cries', 'cried', 'crying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  specify: ['specify', 'specifies', 'specified', 'specifying'],
  clarify: ['clarify', 'clarifies', 'clarified', 'clarifying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  snap: ['snap', 'snaps', 'snapped', 'snapping'],
  plead: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
};

function inflect(lemma: string): string[] {
  const fixed = IRREGULAR[lemma];
  if (fixed) return fixed;
  const base = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, `${base}ed`, `${base}ing`];
}

/** Every inflected form of an attribution verb → its lemma (single words only). */
export const ATTRIBUTION_VERBS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const lemma of VERB_LEMMAS) {
    const head = lemma.split(' ')[0]!;
    for (const form of inflect(head)) if (!m.has(form)) m.set(form, lemma);
  }
  return m;
})();

/** Verbs that need a particle to be attribution ("point out", "go on", "brush off"); the particle follows. */
export const VERB_PARTICLES: ReadonlyMap<string, string> = new Map([
  ['point', 'out'], ['go', 'on'], ['brush', 'off'], ['call', 'for'],
]);

/** Verbs of mental state: attribution only with a that-clause or a quotation, never for reported speech alone. */
export const WEAK_VERBS: ReadonlySet<string> = new Set(['believe', 'think', 'hope', 'fear', 'agree', 'call', 'go on', 'begin', 'continue', 'express', 'describe', 'report', 'post', 'charge', 'maintain', 'answer', 'counter', 'snap', 'comment', 'conclude', 'dismiss', 'brush off', 'mock', 'accuse', 'advise', 'inform', 'caution', 'agree']);

/** Words naming a role or title: "Foreign Minister", "leader", "Gen.". */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'president-elect', 'vice', 'minister', 'prime', 'foreign', 'secretary', 'general', 'gen', 'leader',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'adviser', 'advisor', 'chief', 'director', 'commissioner',
  'governor', 'mayor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'chairman',
  'chairwoman', 'chair', 'ceo', 'king', 'queen', 'prince', 'princess', 'ayatollah', 'sheikh', 'supreme', 'judge',
  'justice', 'dr', 'mr', 'mrs', 'ms', 'pope', 'envoy', 'professor', 'prof', 'lieutenant', 'colonel', 'col', 'lt',
  'sgt', 'sergeant', 'captain', 'capt', 'major', 'admiral', 'commander', 'deputy', 'interior', 'defense', 'defence',
  'finance', 'national', 'security', 'state', 'emir', 'sultan', 'imam', 'cardinal', 'bishop', 'rabbi', 'premier',
  'chancellor', 'lord', 'sir', 'dame', 'official', 'head', 'inspector', 'superintendent', 'attorney', 'sheriff',
  'coach', 'speaker', 'mp', 'designate', 'founder', 'executive', 'officer', 'analyst', 'expert', 'researcher',
  'correspondent', 'reporter', 'editor', 'economist', 'strategist', 'diplomat', 'lawmaker', 'legislator', 'mufti',
  'cleric', 'patriarch', 'archbishop', 'monarch', 'crown', 'chairperson', 'manager', 'counsel', 'prosecutor',
  'commissioner', 'councillor', 'councilor', 'alderman', 'treasurer', 'auditor', 'registrar', 'dean', 'provost',
  'investigator', 'scientist', 'historian', 'surgeon', 'physician', 'neurologist', 'ombudsman', 'coroner', 'governor-general', 'representative', 'negotiator',
]);

/** Head words of the role in a title phrase, to match "the minister" with "Foreign Minister X". */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'president-elect', 'minister', 'secretary', 'general', 'leader', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'adviser', 'advisor', 'chief', 'director', 'commissioner', 'governor', 'mayor',
  'senator', 'representative', 'chairman', 'chairwoman', 'king', 'queen', 'prince', 'ayatollah', 'sheikh', 'judge',
  'pope', 'envoy', 'professor', 'commander', 'premier', 'chancellor', 'official', 'head', 'founder', 'officer',
  'analyst', 'expert', 'cleric', 'prosecutor', 'negotiator', 'diplomat', 'lawmaker', 'emir', 'sultan', 'imam',
  'chair', 'chairperson', 'treasurer', 'dean', 'ombudsman', 'coroner', 'mp', 'ceo',
]);

/** Words that make a phrase an institution rather than a person ("health ministry", "city council"). */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'government', 'office', 'department', 'police', 'army', 'military', 'agency', 'council', 'committee',
  'court', 'embassy', 'administration', 'house', 'kremlin', 'pentagon', 'parliament', 'congress', 'senate', 'cabinet',
  'presidency', 'authority', 'authorities', 'commission', 'board', 'bureau', 'service', 'services', 'command', 'forces',
  'force', 'party', 'group', 'movement', 'organization', 'organisation', 'company', 'corporation', 'firm', 'bank',
  'union', 'federation', 'association', 'institute', 'university', 'foundation', 'news', 'times', 'post', 'tv',
  'television', 'radio', 'network', 'newspaper', 'daily', 'journal', 'press', 'agency', 'channel', 'statement',
  'spokesperson', 'secretariat', 'mission', 'coalition', 'alliance', 'nations', 'states', 'department', 'ministries',
]);

/** Third-person pronouns that can stand for a speaker. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it']);

/** Words before a quotation that make it a word cited as a word, a name or a title, not someone's words. */
export const CITATION_CUES: readonly string[] = [
  'word for', 'the word', 'term', 'called', 'so-called', 'dubbed', 'termed', 'known as', 'translated as', 'meaning',
  'titled', 'entitled', 'named', 'nicknamed', 'labeled', 'labelled', 'the phrase', 'hashtag', 'slogan', 'motto',
  'the name', 'spelled', 'spelt', 'rendered as', 'branded',
];

/** Name particles that may sit between the capitalised parts of a name ("Bashar al-Assad", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'dos', 'das', 'del', 'ben', 'y']);
