import type { Speaker } from '../schema/claim.js';
import { INSTITUTION_WORDS, PRONOUNS, TITLE_HEADS, TITLE_WORDS } from './data/speech.js';
import { capitalizedRuns, expandShort, splitTitle, type PeopleIndex, type Person } from './people.js';
import { isCapitalized, wordsIn, type Word } from './words.js';

/** What the reader knows at a point of the text: who spoke last, and where. */
export interface Discourse {
  /** The last speaker, with the paragraph and sentence start of its attribution. */
  last: { speaker: Speaker; paragraph: number; at: number } | null;
  /** The last person a sentence opened with ("Jo Bloggs disagreed."), outside quotations. */
  topic?: { person: Person; paragraph: number; at: number } | null;
  /**
   * Body paragraphs from paragraph `from` to paragraph `to`. Page furniture in between (a share
   * bar, a "Read more" link) does not make the last speaker stale; plain index difference when absent.
   */
  distance?: (from: number, to: number) => number;
}

/** Paragraph distance that skips page furniture. */
export function paragraphDistance(discourse: Discourse, from: number, to: number): number {
  return discourse.distance ? discourse.distance(from, to) : to - from;
}

/** The person the text turned to after the last speaker: a sentence since then opened with them. */
export function newerTopic(discourse: Discourse, paragraph: number): Person | null {
  const t = discourse.topic;
  if (!t || paragraphDistance(discourse, t.paragraph, paragraph) > 1) return null;
  if (discourse.last && discourse.last.at >= t.at) return null;
  return t.person;
}

/** Where a speaker phrase stands. */
export interface Place {
  paragraph: number;
  sentenceStart: number;
  /** True for offsets inside a quotation: names there are not the narrator's subjects. */
  quoted?: (pos: number) => boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their']);

function speaker(name: string, span: { start: number; end: number } | null, via: Speaker['via']): Speaker {
  return { name, span, entity: null, via };
}

/** The person a pronoun stands for: the subject earlier in the sentence, the last speaker, the last person named. */
export function resolvePronoun(people: PeopleIndex, at: number, place: Place, discourse: Discourse): Person | Speaker | null {
  const inSentence = people.mentions.find((m) => m.start >= place.sentenceStart && m.end <= at && m.person.kind === 'person' && m.person.evidence > 0 && !place.quoted?.(m.start));
  if (inSentence) return inSentence.person;
  const topic = newerTopic(discourse, place.paragraph);
  if (topic) return topic;
  const lastIsPerson = discourse.last !== null && !isInstitutionName(people, discourse.last.speaker.name);
  if (discourse.last && lastIsPerson && paragraphDistance(discourse, discourse.last.paragraph, place.paragraph) <= 3) return discourse.last.speaker;
  for (let k = people.mentions.length - 1; k >= 0; k--) {
    const m = people.mentions[k]!;
    if (m.end <= at && m.person.kind === 'person' && m.person.evidence > 0 && !place.quoted?.(m.start)) return m.person;
  }
  if (lastIsPerson && discourse.last) return discourse.last.speaker;
  // no better evidence: the last full name mentioned
  for (let k = people.mentions.length - 1; k >= 0; k--) {
    const m = people.mentions[k]!;
    if (m.end <= at && m.person.kind === 'person' && m.person.name.includes(' ') && !place.quoted?.(m.start)) return m.person;
  }
  return null;
}

/** An outlet or an institution ("Los Angeles Times", "security ministry"): never "he" or "she". */
function isInstitutionName(people: PeopleIndex, name: string): boolean {
  const known = people.people.find((p) => p.name === name);
  if (known) return known.kind === 'organization';
  const last = name.split(' ').pop()!.toLowerCase();
  return INSTITUTION_WORDS.has(last);
}

/** The person whose learned roles best match a role phrase ("the foreign minister", "Party leader"). */
const SAME_ROLE: Record<string, string> = { head: 'leader', chief: 'leader', chairman: 'leader', chairwoman: 'leader', chair: 'leader', chairperson: 'leader', secretary: 'leader' };

/** A person named right after a role phrase, before the role is resolved ("The leader of X said … Jane Roe, …"). */
function nextPerson(people: PeopleIndex, at: number): Person | null {
  for (const m of people.mentions) if (m.start > at && m.start - at < 600 && m.person.kind === 'person' && m.person.evidence > 0) return m.person;
  return null;
}

export function resolveTitle(people: PeopleIndex, roleWordsIn: string[]): Person | null {
  const roleWords = roleWordsIn.map((w) => SAME_ROLE[w] ?? w);
  const heads = roleWords.filter((w) => TITLE_HEADS.has(w));
  if (heads.length === 0) return null;
  let best: Person | null = null;
  let bestScore = 0;
  for (const p of people.people) {
    if (p.kind !== 'person') continue;
    let score = 0;
    for (const t of p.titles) {
      const tw = t.split(' ').map((w) => SAME_ROLE[w] ?? w);
      if (!heads.some((h) => tw.includes(h))) continue;
      score = Math.max(score, tw.filter((w) => roleWords.includes(w)).length);
    }
    if (score > bestScore || (score === bestScore && score > 0 && best && p.mentions.length > best.mentions.length)) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

const FROM_WORDS = new Set(['of', 'at', 'from', 'for', 'with']);

/** The run follows "of", "at", "from" … (with "the" between or not) inside the phrase. */
function afterPreposition(words: readonly Word[], first: Word): boolean {
  let k = words.indexOf(first) - 1;
  if (k >= 0 && words[k]!.lower === 'the') k--;
  return k >= 0 && FROM_WORDS.has(words[k]!.lower);
}

/** A phrase that holds a name: a capitalised run with words left after role words are stripped. */
function hasName(text: string, words: Word[]): boolean {
  return capitalizedRuns(text, words).some((run) => splitTitle(run).name.length > 0);
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Capitalised words that are not a name: a kicker or headline in capitals ("BRIDGE
 * VOTE"), or an unknown word capitalised only because it opens the sentence and qualifies a
 * lower-case head ("Angry crowd says …").
 */
function notAName(text: string, run: Word[], r: number, words: readonly Word[], people: PeopleIndex, place: Place): boolean {
  if (run.length >= 2 && run.every((w) => isAllCaps(w.text))) return true;
  if (run.length !== 1 || r !== 0) return false;
  const w = run[0]!;
  if (w !== words[0] || wordsIn(text, place.sentenceStart, w.start).length > 0) return false;
  const after = words[words.indexOf(w) + 1];
  if (!after || isCapitalized(after.text)) return false;
  const bareName = w.lower.endsWith("'s") ? w.text.slice(0, -2) : w.text;
  return !people.people.some((p) => p.name === bareName) && !expandShort(people.people, bareName);
}

function cleanPhrase(words: Word[]): string {
  let ws = words;
  const owner = ws.findIndex((w) => w.lower.endsWith("'s"));
  if (owner >= 0 && owner < ws.length - 1) ws = ws.slice(owner + 1);
  while (ws.length > 1 && DETERMINERS.has(ws[0]!.lower)) ws = ws.slice(1);
  return ws.map((w) => w.text).join(' ');
}

/**
 * Resolve the words naming a speaker to a speaker: a name (expanded to its fullest form), a
 * pronoun (to the person the text is about), a role (to the person holding it), an institution.
 */
export function resolveSpeaker(text: string, span: { start: number; end: number }, people: PeopleIndex, place: Place, discourse: Discourse): Speaker | null {
  // only the first part of "Ana Pol, Utopia’s Foreign Minister," names the speaker, unless it is a
  // bare role and the next part a name ("the agency's chair, Dr. Jo Bloggs,")
  let end = span.end;
  let second = -1;
  for (let i = span.start; i < span.end; i++) if (text[i] === ',') {
    if (end === span.end) end = i;
    else {
      second = i;
      break;
    }
  }
  let words = wordsIn(text, span.start, end);
  if (words.length === 0) return null;
  if (end < span.end && !hasName(text, words)) {
    const next = wordsIn(text, end + 1, second >= 0 ? second : span.end);
    if (hasName(text, next) && next.length <= 6) words = next;
  }
  const s = { start: words[0]!.start, end: words[words.length - 1]!.end };
  if (words.length === 1 && PRONOUNS.has(words[0]!.lower)) {
    if (words[0]!.lower === 'it' || words[0]!.lower === 'they') return null;
    const who = resolvePronoun(people, s.start, place, discourse);
    if (!who) return null;
    return speaker(who.name, s, 'pronoun');
  }
  const runs = capitalizedRuns(text, words).filter((run, r) => !notAName(text, run, r, words, people, place));
  for (let r = runs.length - 1; r >= 0; r--) {
    const { name } = splitTitle(runs[r]!);
    if (name.length === 0) continue;
    // "Professor Jo Bloggs of Some University": the person, not the place they are from
    if (r > 0 && afterPreposition(words, runs[r]![0]!) && runs.slice(0, r).some((run) => splitTitle(run).name.length > 0)) continue;
    const n = name.map((w, k) => (k === name.length - 1 && w.lower.endsWith("'s") ? w.text.slice(0, -2) : w.text)).join(' ');
    if (name[name.length - 1]!.lower.endsWith("'s") && r < runs.length - 1) continue; // "Party’s Secretary General …": the owner is not the speaker
    const known = people.people.find((p) => p.name === n) ?? expandShort(people.people, n);
    if (known) return speaker(known.name, s, 'name');
    if (name.some((w) => INSTITUTION_WORDS.has(w.lower)) || name.length >= 1) {
      const roleWords = words.map((w) => w.lower.replace(/'s$/, ''));
      if (roleWords.some((w) => TITLE_HEADS.has(w))) {
        const p = resolveTitle(people, roleWords) ?? (roleWords.includes('leader') ? nextPerson(people, s.end) : null);
        return p ? speaker(p.name, s, 'title') : speaker(cleanPhrase(words), s, 'context');
      }
      return speaker(n, s, 'name');
    }
  }
  const roleWords = words.map((w) => w.lower.replace(/'s$/, ''));
  const byTitle = resolveTitle(people, roleWords) ?? (roleWords.some((w) => TITLE_HEADS.has(w)) && !roleWords.some((w) => INSTITUTION_WORDS.has(w)) ? nextPerson(people, s.end) : null);
  if (byTitle) return speaker(byTitle.name, s, 'title');
  if (roleWords.some((w) => INSTITUTION_WORDS.has(w) || TITLE_WORDS.has(w))) {
    // keep the role or institution with its modifiers, drop "the country's"
    const head = roleWords.findIndex((w) => INSTITUTION_WORDS.has(w) || TITLE_HEADS.has(w));
    words = head >= 0 ? words.slice(0, head + 1) : words;
    return speaker(cleanPhrase(words), s, 'context');
  }
  return null;
}
