import type { NormalizedArticle } from '../normalize/types.js';
import { isStopword } from '../align/tokens.js';
import { INSTITUTION_WORDS, NAME_PARTICLES, TITLE_WORDS } from './data/speech.js';
import { adjacent, bare, isCapitalized, isPossessive, wordsIn, type Word } from './words.js';

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
  /** All mentions in text order. */
  mentions: { start: number; end: number; person: Person }[];
}

const NOT_NAME_START = new Set(['however', 'meanwhile', 'moreover', 'but', 'and', 'so', 'yet', 'still', 'also', 'then', 'now', 'despite', 'during', 'after', 'before', 'while', 'when', 'although', 'though', 'referring', 'regarding', 'according', 'speaking', 'concerning', 'given', 'read', 'via', 'in', 'on', 'at', 'as', 'if', 'with', 'without', 'for', 'from', 'by', 'to', 'of', 'like', 'unlike', 'under', 'over', 'since', 'until', 'amid', 'among', 'about', 'this', 'that', 'these', 'those', 'there', 'here', 'what', 'why', 'how', 'who', 'where', 'which', 'it', 'its', 'we', 'i', 'you', 'he', 'she', 'they', 'our', 'his', 'her', 'their', 'my', 'your', 'several', 'many', 'some', 'both', 'all', 'each', 'every', 'no', 'not', 'more', 'most', 'other', 'another', 'such']);

/** A run of capitalised words (with name particles) joined only by spaces, split after possessives. */
export function capitalizedRuns(text: string, words: Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const flush = (): void => {
    while (run.length > 0 && NAME_PARTICLES.has(run[run.length - 1]!.lower)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const next = words[k + 1];
    const particle = (NAME_PARTICLES.has(w.lower) || w.lower.startsWith('al-') || w.lower.startsWith('el-')) && run.length > 0;
    const cap = isCapitalized(w.text) || (particle && next !== undefined && adjacent(text, w, next) && isCapitalized(next.text)) || ((w.lower.startsWith('al-') || w.lower.startsWith('el-')) && isCapitalized(w.text.slice(3)));
    if (!cap) {
      flush();
      continue;
    }
    if (run.length > 0 && !adjacent(text, run[run.length - 1]!, w)) flush();
    run.push(w);
    if (isPossessive(w)) flush();
  }
  flush();
  return runs;
}

/** Split a run into its role words and the name after them: "Leftist President Rafa Coro" → ["president"], "Rafa Coro". */
export function splitTitle(run: Word[]): { titles: string[]; name: Word[] } {
  let last = -1;
  for (let k = 0; k < run.length; k++) if (TITLE_WORDS.has(run[k]!.lower.replace(/\.$/, ''))) last = k;
  let name = run.slice(last + 1);
  while (name.length > 0 && (isStopword(name[0]!.lower) || NOT_NAME_START.has(name[0]!.lower))) name = name.slice(1);
  const titles: string[] = [];
  let k = last;
  while (k >= 0 && TITLE_WORDS.has(run[k]!.lower)) k--;
  if (last >= 0) titles.push(run.slice(k + 1, last + 1).map((w) => w.lower).join(' '));
  return { titles, name };
}

function titleWordsBefore(text: string, words: Word[], index: number): string | null {
  let k = index - 1;
  const out: string[] = [];
  while (k >= 0 && !isCapitalized(words[k]!.text) && TITLE_WORDS.has(words[k]!.lower) && adjacent(text, words[k]!, words[k + 1]!)) out.unshift(words[k--]!.lower);
  return out.length > 0 ? out.join(' ') : null;
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
  const text = doc.text;
  const byName = new Map<string, Person>();
  const found: { start: number; end: number; words: Word[]; titles: string[]; evidence: number }[] = [];
  for (const para of doc.paragraphs) {
    if (para.kind !== 'body' && para.kind !== 'chrome') continue;
    const words = wordsIn(text, para.start, para.end);
    const index = new Map(words.map((w, k) => [w, k]));
    for (const run of capitalizedRuns(text, words)) {
      const { titles, name } = splitTitle(run);
      if (name.length === 0) continue;
      const before = titleWordsBefore(text, words, index.get(run[0]!)!);
      if (before) titles.push(before);
      const lastWord = name[name.length - 1]!;
      const app = appositiveAfter(text, lastWord.end);
      titles.push(...app.titles);
      const evidence = titles.length + (app.age ? 1 : 0);
      if (name.length === 1 && evidence === 0 && !isInstitution(name)) {
        found.push({ start: name[0]!.start, end: name[0]!.end - (isPossessive(lastWord) ? 2 : 0), words: name, titles, evidence: -1 });
        continue;
      }
      found.push({ start: name[0]!.start, end: lastWord.end - (isPossessive(lastWord) ? 2 : 0), words: name, titles, evidence });
    }
  }
  // full names first, so short forms can fold into them
  const ordered = found.filter((f) => f.evidence >= 0).sort((a, b) => Number(a.words.length === 1) - Number(b.words.length === 1));
  const persons: Person[] = [];
  for (const f of ordered) {
    const name = f.words.map((w, k) => (k === f.words.length - 1 ? bare(w) : w.text)).join(' ');
    // "Pol, who …" with the full name known: the same person
    let p = byName.get(name) ?? (f.words.length === 1 ? expandShort(persons, name) : undefined);
    if (!p) {
      p = { name, kind: isInstitution(f.words) ? 'organization' : 'person', titles: new Set(), mentions: [], evidence: 0 };
      byName.set(name, p);
      if (p.kind === 'person' && f.words.length > 1) persons.push(p);
    }
    for (const t of f.titles) p.titles.add(t);
    p.evidence += Math.max(0, f.evidence);
  }
  const people = [...byName.values()];
  const mentions: PeopleIndex['mentions'] = [];
  for (const f of found) {
    const name = f.words.map((w, k) => (k === f.words.length - 1 ? bare(w) : w.text)).join(' ');
    const p = byName.get(name) ?? expandShort(people, name);
    if (!p) continue;
    p.mentions.push({ start: f.start, end: f.end, name });
    mentions.push({ start: f.start, end: f.end, person: p });
  }
  // a short form of a multi-word name is a person's surname: evidence it is a person
  for (const p of people) if (p.kind === 'person' && p.mentions.some((m) => !m.name.includes(' ')) && p.name.includes(' ')) p.evidence++;
  mentions.sort((a, b) => a.start - b.start);
  return { people, mentions };
}

/** The person whose fullest name ends with (or equals) a short form, preferring the most mentioned. */
export function expandShort(people: readonly Person[], short: string): Person | undefined {
  const s = short.toLowerCase();
  let best: Person | undefined;
  for (const p of people) {
    const n = p.name.toLowerCase();
    if (n !== s && !n.endsWith(` ${s}`)) continue;
    if (!best || p.mentions.length > best.mentions.length || (p.name.length > best.name.length && p.mentions.length === best.mentions.length)) best = p;
  }
  return best;
}
