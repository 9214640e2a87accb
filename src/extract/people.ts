import type { NormalizedArticle } from '../normalize/types.js';
import { isStopword } from '../align/tokens.js';
import { INSTITUTION_WORDS, NAME_PARTICLES, TITLE_HEADS, TITLE_WORDS } from './data/speech.js';
import { adjacent, bare, isCapitalized, isPossessive, paragraphWords, wordsIn, type Word } from './words.js';

/** A named person or institution of one article. */
export interface Person {
  /** The fullest form of the name in the article. */
  name: string;
  kind: 'person' | 'organization';
  /** Role words learned from the text ("foreign minister", "leader"). */
  titles: Set<string>;
  mentions: { start: number; end: number; name: string }[];
  /** Evidence that this is a person: titles, an age, being quoted. */
  evidence: number;
}

/** The people of one article and where they are mentioned. */
export interface PeopleIndex {
  people: Person[];
  /** Abbreviations defined in the text ("… Front (ABF)") → the entity they stand for. */
  aliases: Map<string, Person>;
  /** Role phrases that stand for one person of the article ("the foreign minister", "Utopia's Foreign Minister"). */
  roles: { start: number; end: number; person: Person }[];
  /** All mentions in text order. */
  mentions: { start: number; end: number; person: Person }[];
}

const NOT_NAME_START = new Set(['however', 'meanwhile', 'moreover', 'but', 'and', 'so', 'yet', 'still', 'also', 'then', 'now', 'despite', 'during', 'after', 'before', 'while', 'when', 'although', 'though', 'referring', 'regarding', 'according', 'speaking', 'concerning', 'asked', 'questioned', 'responding', 'reflecting', 'turning', 'commenting', 'talking', 'addressing', 'pressed', 'given', 'read', 'via', 'in', 'on', 'at', 'as', 'if', 'with', 'without', 'for', 'from', 'by', 'to', 'of', 'like', 'unlike', 'under', 'over', 'since', 'until', 'amid', 'among', 'about', 'this', 'that', 'these', 'those', 'there', 'here', 'what', 'why', 'how', 'who', 'where', 'which', 'it', 'its', 'we', 'i', 'you', 'he', 'she', 'they', 'our', 'his', 'her', 'their', 'my', 'your', 'several', 'many', 'some', 'both', 'all', 'each', 'every', 'no', 'not', 'more', 'most', 'other', 'another', 'such']);

/** A run of capitalised words (with name particles) joined only by spaces, split after possessives. */
export function capitalizedRuns(text: string, words: readonly Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const capital = isCapitalized(w.text);
    let cap = capital;
    if (!capital) {
      const prefixed = w.lower.startsWith('al-') || w.lower.startsWith('el-');
      const next = words[k + 1];
      const particle = (prefixed || NAME_PARTICLES.has(w.lower)) && run.length > 0;
      cap = (particle && next !== undefined && adjacent(text, w, next) && isCapitalized(next.text)) || (prefixed && isCapitalized(w.text.slice(3)));
    }
    if (!cap) {
      run = flushRun(runs, run);
      continue;
    }
    if (run.length > 0 && !adjacent(text, run[run.length - 1]!, w)) run = flushRun(runs, run);
    run.push(w);
    if (isPossessive(w)) run = flushRun(runs, run);
  }
  flushRun(runs, run);
  return runs;
}

/** Close a run (trailing particles dropped) into `runs`; the next run to fill. */
function flushRun(runs: Word[][], run: Word[]): Word[] {
  if (run.length === 0) return run;
  while (run.length > 0 && NAME_PARTICLES.has(run[run.length - 1]!.lower)) run.pop();
  if (run.length > 0) runs.push(run);
  return [];
}

/** Split a run into its role words and the name after them: "Leftist President Rafa Coro" → ["president"], "Rafa Coro". */
export function splitTitle(run: Word[]): { titles: string[]; name: Word[] } {
  let last = -1;
  for (let k = 0; k < run.length; k++) if (TITLE_WORDS.has(withoutFinalDot(run[k]!.lower))) last = k;
  let name = run.slice(last + 1);
  while (name.length > 0 && (isStopword(name[0]!.lower) || NOT_NAME_START.has(name[0]!.lower))) name = name.slice(1);
  const titles: string[] = [];
  let k = last;
  while (k >= 0 && TITLE_WORDS.has(run[k]!.lower)) k--;
  if (last >= 0) titles.push(run.slice(k + 1, last + 1).map((w) => w.lower).join(' '));
  return { titles, name };
}

function withoutFinalDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

const HONORIFICS = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame']);

/** Only ", " (or ",\n") between two words: a role set off before a name ("the chair, Jo Bloggs"). */
function commaBetween(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && gap.startsWith(',') && gap.slice(1).trim() === '';
}

/** Lower-case role words right before a name: "chair Jo Bloggs", "chair Dr. Jo Bloggs", "the agency's chair, Dr. Jo Bloggs". */
function titleWordsBefore(text: string, words: readonly Word[], index: number): string | null {
  let k = index - 1;
  if (k >= 0 && HONORIFICS.has(words[k]!.lower) && words[k + 1]!.start - words[k]!.end <= 2) k--;
  let next = k + 1;
  const out: string[] = [];
  while (k >= 0 && !isCapitalized(words[k]!.text) && TITLE_WORDS.has(words[k]!.lower) && (adjacent(text, words[k]!, words[next]!) || (out.length === 0 && commaBetween(text, words[k]!, words[next]!)))) {
    out.unshift(words[k]!.lower);
    next = k--;
  }
  return out.length > 0 ? out.join(' ') : null;
}

/** A word in capitals of two to eight letters: an abbreviation ("ABF", "NATO"). */
export function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 8) return false;
  for (const ch of word) if (ch < 'A' || ch > 'Z') return false;
  return true;
}

const NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'del', 'la', 'des', 'du']);

/**
 * Runs with each name defined by an abbreviation made whole: "Front for Change (FFC)" is one
 * name, joined over "for" and "of" as far back as the initials of its capitalised words spell the
 * abbreviation.
 */
function withDefinedNames(text: string, words: readonly Word[], runs: Word[][], index: (w: Word) => number): Word[][] {
  const out: Word[][] = [];
  for (const run of runs) {
    const last = run[run.length - 1]!;
    const short = definedAcronym(text, last.end);
    const end = index(last);
    let start = -1;
    if (short) {
      let initials = '';
      for (let j = end; j >= 0 && end - j < 12; j--) {
        const w = words[j]!;
        if (j < end && !adjacent(text, w, words[j + 1]!)) break;
        if (isCapitalized(w.text)) initials = w.text[0]! + initials;
        else if (!NAME_JOINERS.has(w.lower)) break;
        if (initials.length > short.length) break;
        if (initials === short && isCapitalized(w.text)) {
          start = j;
          break;
        }
      }
    }
    if (start < 0 || start >= index(run[0]!)) {
      out.push(run);
      continue;
    }
    while (out.length > 0 && index(out[out.length - 1]![0]!) >= start) out.pop();
    out.push(words.slice(start, end + 1));
  }
  return out;
}

/** "Popular Front for Change (PFC)": the abbreviation defined in brackets right after a name. */
function definedAcronym(text: string, end: number): string | null {
  let i = end;
  if (text[i] === ' ') i++;
  if (text[i] !== '(') return null;
  const close = text.indexOf(')', i);
  if (close < 0 || close - i > 9) return null;
  const inner = text.slice(i + 1, close);
  return isAcronym(inner) ? inner : null;
}

/** ", Utopia’s Foreign Minister," / ", the leader of …," / ", 18," after a name: role words or an age. */
function appositiveAfter(text: string, end: number): { titles: string[]; age: boolean } {
  if (text[end] !== ',') return { titles: [], age: false };
  let stop = end + 1;
  const limit = Math.min(text.length, end + 80);
  while (stop < limit && text[stop] !== ',' && text[stop] !== '.' && text[stop] !== ';' && text[stop] !== '\n' && text[stop] !== '"' && text[stop] !== '\u201C') stop++;
  const words = wordsIn(text, end + 1, stop);
  if (words.length === 0) return { titles: [], age: false };
  if (words[0]!.lower === 'who' || words[0]!.lower === 'whose') return { titles: [], age: true }; // only people are "who"
  if (words.length > 8) return { titles: [], age: false };
  if (words.length <= 2 && /^[0-9]+$/.test(words[0]!.lower)) return { titles: [], age: true };
  const titleWords = words.filter((w) => TITLE_WORDS.has(w.lower)).map((w) => w.lower);
  return { titles: titleWords.length > 0 ? [titleWords.join(' ')] : [], age: false };
}

function isInstitution(name: Word[]): boolean {
  const last = name[name.length - 1];
  return last !== undefined && INSTITUTION_WORDS.has(last.lower);
}

/**
 * Find the named people (and institutions) of an article: capitalised runs with role words
 * stripped, roles learned from titles before names and appositives after them, short forms
 * ("Pol") folded into the fullest form ("Ana Pol").
 */
export function indexPeople(doc: NormalizedArticle): PeopleIndex {
  // Speech extraction and entity linking both ask for each article's people; nobody changes the
  // index after it is built, so it is built once per normalized article.
  let index = peopleOf.get(doc);
  if (!index) peopleOf.set(doc, (index = buildPeopleIndex(doc)));
  return index;
}

const peopleOf = new WeakMap<NormalizedArticle, PeopleIndex>();

/** Index of a word of `words` (ordered by offset, one word per offset): a binary search, no per-paragraph map. */
function positionOf(words: readonly Word[], w: Word): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = words[mid]!.start;
    if (s === w.start) return mid;
    if (s < w.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The words of a name as written, a possessive ending dropped from the last. */
function nameOf(name: readonly Word[]): string {
  let out = '';
  for (let k = 0; k < name.length; k++) {
    if (k > 0) out += ' ';
    out += k === name.length - 1 ? bare(name[k]!) : name[k]!.text;
  }
  return out;
}

function buildPeopleIndex(doc: NormalizedArticle): PeopleIndex {
  const text = doc.text;
  const byName = new Map<string, Person>();
  const found: { start: number; end: number; words: Word[]; name: string; titles: string[]; evidence: number }[] = [];
  const defined = new Map<string, string>();
  for (const para of doc.paragraphs) {
    if (para.kind !== 'body' && para.kind !== 'chrome') continue;
    const words = paragraphWords(text, para.start, para.end);
    const index = (w: Word): number => positionOf(words, w);
    for (const run of withDefinedNames(text, words, capitalizedRuns(text, words), index)) {
      const { titles, name } = splitTitle(run);
      if (name.length === 0) continue;
      const before = titleWordsBefore(text, words, index(run[0]!));
      if (before) titles.push(before);
      const lastWord = name[name.length - 1]!;
      const app = appositiveAfter(text, lastWord.end);
      titles.push(...app.titles);
      const evidence = titles.length + (app.age ? 1 : 0);
      const short = definedAcronym(text, lastWord.end);
      const fullName = nameOf(name);
      if (short && name.length > 1 && !defined.has(short)) defined.set(short, fullName);
      // "PARIS, May 2 -": a dateline place in capitals, not an abbreviation
      const dateline = name.length === 1 && name[0] === words[0] && text[name[0]!.end] === ',';
      if (name.length === 1 && evidence === 0 && !isInstitution(name) && (!isAcronym(name[0]!.text) || dateline)) {
        found.push({ start: name[0]!.start, end: name[0]!.end - (isPossessive(lastWord) ? 2 : 0), words: name, name: fullName, titles, evidence: -1 });
        continue;
      }
      found.push({ start: name[0]!.start, end: lastWord.end - (isPossessive(lastWord) ? 2 : 0), words: name, name: fullName, titles, evidence });
    }
  }
  // full names first, so short forms can fold into them
  const ordered = found.filter((f) => f.evidence >= 0 && !(f.words.length === 1 && defined.has(f.words[0]!.text))).sort((a, b) => Number(a.words.length === 1) - Number(b.words.length === 1));
  const persons: Person[] = [];
  const longForms = new Set(defined.values());
  for (const f of ordered) {
    const name = f.name;
    // "Pol, who …" with the full name known: the same person
    let p = byName.get(name) ?? (f.words.length === 1 ? expandShort(persons, name) : undefined);
    if (!p) {
      const org = isInstitution(f.words) || (f.words.length === 1 && isAcronym(f.words[0]!.text)) || longForms.has(name);
      p = { name, kind: org ? 'organization' : 'person', titles: new Set(), mentions: [], evidence: 0 };
      byName.set(name, p);
      if (p.kind === 'person' && f.words.length > 1) persons.push(p);
    }
    for (const t of f.titles) p.titles.add(t);
    p.evidence += Math.max(0, f.evidence);
  }
  const people = [...byName.values()];
  const aliases = new Map<string, Person>();
  for (const [short, full] of defined) {
    const p = byName.get(full);
    if (p) aliases.set(short, p);
  }
  const mentions: PeopleIndex['mentions'] = [];
  for (const f of found) {
    const name = f.name;
    const p = (f.words.length === 1 ? aliases.get(name) : undefined) ?? byName.get(name) ?? expandShort(people, name);
    if (!p) continue;
    p.mentions.push({ start: f.start, end: f.end, name });
    mentions.push({ start: f.start, end: f.end, person: p });
  }
  // a short form of a multi-word name is a person's surname: evidence it is a person
  for (const p of people) if (p.kind === 'person' && p.mentions.some((m) => !m.name.includes(' ')) && p.name.includes(' ')) p.evidence++;
  mentions.sort((a, b) => a.start - b.start);
  return { people, aliases, mentions, roles: roleMentions(doc, people) };
}

const ROLE_OWNERS = new Set(['the', 'its', 'his', 'her', 'their']);

/**
 * The one person whose learned titles hold a role phrase: the head ("minister") and every
 * modifier that is itself a role word ("foreign"). Its index, or -1 when nobody or more than one person fits.
 */
export function holderOf(people: readonly { titles: ReadonlySet<string> | readonly string[] }[], roleWords: readonly string[]): number {
  const heads = roleWords.filter((w) => TITLE_HEADS.has(w));
  const head = heads[heads.length - 1];
  if (!head) return -1;
  const mods = roleWords.filter((w) => TITLE_WORDS.has(w) && w !== head);
  let found = -1;
  for (let k = 0; k < people.length; k++) {
    const fits = [...people[k]!.titles].some((t) => {
      const tw = t.split(' ');
      return tw.includes(head) && mods.every((m) => tw.includes(m));
    });
    if (!fits) continue;
    if (found >= 0) return -1;
    found = k;
  }
  return found;
}

/** "the foreign minister", "Utopia's Foreign Minister" not followed by a name: a role naming one person of the article. */
function roleMentions(doc: NormalizedArticle, people: Person[]): PeopleIndex['roles'] {
  const text = doc.text;
  const persons = people.filter((p) => p.kind === 'person' && p.evidence > 0);
  const out: PeopleIndex['roles'] = [];
  for (const para of doc.paragraphs) {
    if (para.kind !== 'body') continue;
    const words = paragraphWords(text, para.start, para.end);
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (!TITLE_HEADS.has(w.lower)) continue;
      const after = words[k + 1];
      if (after && (TITLE_WORDS.has(after.lower) || (isCapitalized(after.text) && adjacent(text, w, after)))) continue; // the role goes on, or it is a name's title
      let j = k;
      while (j - 1 >= 0 && TITLE_WORDS.has(words[j - 1]!.lower) && adjacent(text, words[j - 1]!, words[j]!)) j--;
      const owner = words[j - 1];
      if (!owner || !adjacent(text, owner, words[j]!) || !(ROLE_OWNERS.has(owner.lower) || isPossessive(owner))) continue;
      const at = holderOf(persons, words.slice(j, k + 1).map((x) => x.lower));
      if (at >= 0) out.push({ start: owner.start, end: w.end, person: persons[at]! });
    }
  }
  return out;
}

// Every short form is compared with every person of the article; lower-casing the same few names
// again each time showed in profiles.
const lowerNames = new Map<string, string>();
function lowerName(name: string): string {
  let n = lowerNames.get(name);
  if (n === undefined) {
    if (lowerNames.size >= 50_000) lowerNames.clear();
    lowerNames.set(name, (n = name.toLowerCase()));
  }
  return n;
}

/** The person whose fullest name ends with (or equals) a short form, preferring the most mentioned. */
export function expandShort(people: readonly Person[], short: string): Person | undefined {
  const s = short.toLowerCase();
  let best: Person | undefined;
  for (const p of people) {
    const n = lowerName(p.name);
    // n === s, or n ends with " " + s
    if (n !== s && !(n.length > s.length && n.charCodeAt(n.length - s.length - 1) === 32 && n.endsWith(s))) continue;
    if (!best || p.mentions.length > best.mentions.length || (p.name.length > best.name.length && p.mentions.length === best.mentions.length)) best = p;
  }
  return best;
}
