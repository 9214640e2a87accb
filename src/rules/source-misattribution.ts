import { outletKeys } from '../align/provenance.js';
import { contentStems } from '../align/tokens.js';
import type { NormalizedArticle, Sentence } from '../normalize/types.js';
import { docOf, locatedSpan, outletOf } from './shared.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** Cues that hand a statement to an outlet: what follows (or precedes) is the outlet's to confirm. */
// "In an interview with X" names the occasion, not a statement of X's, so it is no cue here.
const BEFORE = ['according to ', 'told '];
const AFTER = [' reported', ' reports', ' said', ' says', ' wrote', ' writes'];

/** Least share of a statement's stems one passage of the credited article must hold to support it. */
const MIN_SUPPORT = 0.34;
/**
 * Passages of the credited article compared with one statement, at most: its first ones, plus
 * those holding a stem that few of its passages hold. A news article has far fewer sentences, so
 * every passage is read; an article of thousands of sentences credited by thousands of others
 * would otherwise cost (sentences × credits) set lookups.
 */
export const MAX_SUPPORT_WINDOWS = 400;

/** A credited article's passages (each sentence with the next) as stem sets, and where each stem stands. */
interface SupportIndex {
  windows: ReadonlySet<string>[];
  postings: Map<string, number[]>;
}

// Built once per article: every statement credited to it reads the same passages.
const supportIndexes = new WeakMap<NormalizedArticle, SupportIndex>();

function supportIndex(doc: NormalizedArticle): SupportIndex {
  let index = supportIndexes.get(doc);
  if (index) return index;
  const stems = doc.sentences.map((s) => contentStems(doc.text.slice(s.start, s.end)));
  const windows: ReadonlySet<string>[] = [];
  const postings = new Map<string, number[]>();
  // where each stem stands is asked only of an article longer than the passages always read
  const indexed = stems.length > MAX_SUPPORT_WINDOWS;
  for (let i = 0; i < stems.length; i++) {
    // A statement may be spread over two neighbouring sentences of the source.
    const window = new Set([...stems[i]!, ...(stems[i + 1] ?? [])]);
    windows.push(window);
    if (!indexed) continue;
    for (const s of window) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  }
  supportIndexes.set(doc, (index = { windows, postings }));
  return index;
}

/**
 * Passages beyond the first `MAX_SUPPORT_WINDOWS` to compare with `statement`, in text order: those
 * holding one of its stems that few passages hold (a stem in more of them, like a stop word, says
 * nothing of where the statement stands).
 */
function laterCandidates(statement: ReadonlySet<string>, index: SupportIndex): number[] {
  const rare = [...statement]
    .map((s) => index.postings.get(s) ?? [])
    .filter((p) => p.length > 0 && p.length <= MAX_SUPPORT_WINDOWS)
    .sort((x, y) => x.length - y.length);
  const picked = new Set<number>();
  for (const posting of rare) {
    for (const i of posting) {
      if (picked.size >= MAX_SUPPORT_WINDOWS) break;
      if (i >= MAX_SUPPORT_WINDOWS) picked.add(i);
    }
  }
  return [...picked].sort((x, y) => x - y);
}

/**
 * Share of the statement's content stems that one passage of the outlet's article holds, with the
 * passage. Stops at the first passage that holds `MIN_SUPPORT`: the statement is supported, and
 * how well does not matter.
 */
function bestSupport(statement: ReadonlySet<string>, doc: NormalizedArticle): { share: number; sentence: Sentence | null } {
  let best = { share: 0, sentence: null as Sentence | null };
  if (statement.size === 0) return best;
  const index = supportIndex(doc);
  const read = (i: number): boolean => {
    const window = index.windows[i]!;
    let hit = 0;
    for (const s of statement) if (window.has(s)) hit++;
    const share = hit / statement.size;
    if (share > best.share) best = { share, sentence: doc.sentences[i]! };
    return share >= MIN_SUPPORT;
  };
  // every passage of an article of news size; of a longer one the first ones, then those its rare stems point to
  const first = Math.min(index.windows.length, MAX_SUPPORT_WINDOWS);
  for (let i = 0; i < first; i++) if (read(i)) return best;
  if (index.windows.length > MAX_SUPPORT_WINDOWS) for (const i of laterCandidates(statement, index)) if (read(i)) return best;
  return best;
}

/** Where a sentence credits `key`: the cue's range, or null. */
function credit(sentence: string, key: string): { start: number; end: number } | null {
  // Most sentences do not name the outlet at all: no need to lower-case them.
  if (!sentence.includes(key)) return null;
  const lower = sentence.toLowerCase();
  for (let at = sentence.indexOf(key); at >= 0; at = sentence.indexOf(key, at + 1)) {
    const before = lower.slice(Math.max(0, at - 24), at);
    const after = lower.slice(at + key.length, at + key.length + 10);
    const cueBefore = BEFORE.find((c) => before.endsWith(c) || before.endsWith(`${c}the `));
    if (cueBefore) return { start: at - cueBefore.length, end: at + key.length };
    if (AFTER.some((c) => after.startsWith(c))) return { start: at, end: at + key.length + 9 };
  }
  return null;
}

/** The statement's content stems: the sentence without the credit and without the outlet's name. */
function statementStems(sentence: string, cue: { start: number; end: number }, key: string): Set<string> {
  const rest = `${sentence.slice(0, cue.start)} ${sentence.slice(cue.end)}`;
  const drop = new Set(contentStems(key));
  return new Set(contentStems(rest).filter((s) => !drop.has(s)));
}

/** Per article: where a name would stand next to a cue, and which sentence holds it. */
interface CueSites {
  /** Offsets right after a cue that comes before the name ("according to |"). */
  starts: number[];
  /** Offsets right before a cue that comes after the name ("| said"). */
  ends: number[];
  /** Per name length: the text at each site → sentences holding it, in text order. */
  byLength: Map<number, Map<string, number[]>>;
}

// Every article is read for every other article's names: with hundreds of articles, scanning
// each text once per name was (articles² × text). A name credits only where a cue stands next to
// it, so each article's cue sites are found once and a name is looked up among them.
const cueSites = new WeakMap<NormalizedArticle, CueSites | null>();

function sitesOf(doc: NormalizedArticle): CueSites | null {
  let sites = cueSites.get(doc);
  if (sites !== undefined) return sites;
  const lower = doc.text.toLowerCase();
  // lower-casing that changes lengths would move the offsets: such a text is read sentence by sentence
  if (lower.length !== doc.text.length) {
    cueSites.set(doc, null);
    return null;
  }
  const starts: number[] = [];
  const ends: number[] = [];
  for (const c of BEFORE) {
    for (let at = lower.indexOf(c); at >= 0; at = lower.indexOf(c, at + 1)) {
      const q = at + c.length;
      starts.push(q);
      if (lower.startsWith('the ', q)) starts.push(q + 4);
    }
  }
  for (const c of AFTER) for (let at = lower.indexOf(c); at >= 0; at = lower.indexOf(c, at + 1)) ends.push(at);
  sites = { starts, ends, byLength: new Map() };
  cueSites.set(doc, sites);
  return sites;
}

/** Index of the sentence that holds `start`–`end` whole, or -1. */
function sentenceHolding(doc: NormalizedArticle, start: number, end: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  return k >= 0 && ss[k]!.end >= end ? k : -1;
}

/**
 * Indices of the sentences of `doc` that may credit `key`: those holding it next to a cue (a
 * superset of where `credit` finds one), in text order.
 */
function creditingSentences(doc: NormalizedArticle, key: string): readonly number[] {
  const sites = sitesOf(doc);
  if (!sites) return doc.text.includes(key) ? doc.sentences.map((_, k) => k) : [];
  const len = key.length;
  let table = sites.byLength.get(len);
  if (!table) {
    table = new Map();
    const put = (start: number): void => {
      if (start < 0 || start + len > doc.text.length) return;
      const k = sentenceHolding(doc, start, start + len);
      if (k < 0) return;
      const name = doc.text.slice(start, start + len);
      const list = table!.get(name);
      if (list) list.push(k);
      else table!.set(name, [k]);
    };
    for (const q of sites.starts) put(q);
    for (const r of sites.ends) put(r - len);
    for (const list of table.values()) {
      list.sort((x, y) => x - y);
      let w = 0;
      for (let i = 0; i < list.length; i++) if (i === 0 || list[i] !== list[i - 1]) list[w++] = list[i]!;
      list.length = w;
    }
    sites.byLength.set(len, table);
  }
  return table.get(key) ?? [];
}

function detectIn(ctx: RuleContext, doc: NormalizedArticle): Finding[] {
  const out: Finding[] = [];
  for (const other of ctx.articles) {
    if (other.id === doc.id) continue;
    const source = docOf(ctx, other.id);
    if (!source) continue;
    for (const key of outletKeys(other.outlet)) {
      for (const k of creditingSentences(doc, key)) {
        const s = doc.sentences[k]!;
        const text = doc.text.slice(s.start, s.end);
        const cue = credit(text, key);
        if (!cue) continue;
        const statement = statementStems(text, cue, key);
        if (statement.size < 5) continue;
        const support = bestSupport(statement, source);
        if (support.share >= MIN_SUPPORT) continue;
        out.push({
          subject: locatedSpan(doc, s),
          counterparts: support.sentence ? [locatedSpan(source, support.sentence)] : [],
          message: `${outletOf(ctx, doc.id)} credits this to ${outletOf(ctx, other.id)}, but ${outletOf(ctx, other.id)}'s article does not say it (at best ${Math.round(support.share * 100)}% of its words in one passage).`,
        });
      }
    }
  }
  return out;
}

/**
 * source-misattribution: a statement credited to another article of the set ("According to
 * Reuters, …", "X told Reuters …") that the credited article does not contain.
 */
export const sourceMisattributionRule: Rule = {
  kind: 'source-misattribution',
  severity: 'medium',
  detect(ctx) {
    return ctx.articles.flatMap((doc) => detectIn(ctx, doc));
  },
};
