import type { NormalizedArticle } from '../normalize/types.js';
import type { Alignment } from '../schema/alignment.js';
import type { ProvenanceRole } from '../schema/article.js';
import type { Claim } from '../schema/claim.js';
import { alignableText } from './align.js';
import { CITATION_CUES, MEDIA_WORDS, WIRE_AGENCIES } from './data/media.js';
import { contentStemSet } from './tokens.js';

/** How one article relates to the others of its story. */
export interface Provenance {
  role: ProvenanceRole;
  /** Articles of the set this one cites or copies from. */
  basedOn: string[];
  /** Why, in words an editor can check. */
  evidence: string[];
}

const SHORT_FORMS: Record<string, string> = {
  'Associated Press': 'AP',
  'Agence France-Presse': 'AFP',
  'Australian Associated Press': 'AAP',
};

/** Names under which an outlet may be credited in another article's text. */
export function outletKeys(outlet: string | null): string[] {
  if (!outlet) return [];
  // Asked for every pair of articles (provenance, source-misattribution): the regexes run once
  // per outlet name. A copy is handed out so callers may keep treating it as their own.
  let keys = outletKeyMemo.get(outlet);
  if (!keys) {
    keys = computeOutletKeys(outlet);
    if (outletKeyMemo.size > 10_000) outletKeyMemo.clear();
    outletKeyMemo.set(outlet, keys);
  }
  return [...keys];
}

const outletKeyMemo = new Map<string, readonly string[]>();

function computeOutletKeys(outlet: string): string[] {
  const keys = new Set<string>();
  const add = (k: string): void => {
    const t = k.trim().replace(/^the\s+/i, '');
    if (t.length >= 2) keys.add(t);
  };
  const paren = outlet.match(/^([^()]{1,80})\(([^()]{1,80})\)\s*$/);
  const parts = paren ? [paren[1]!, paren[2]!] : [outlet];
  for (const part of parts) {
    add(part);
    const domain = part.match(/^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]{2,40})\.[a-z.]{2,10}\/?$/i);
    if (domain) add(domain[1]!);
    const words = part.trim().replace(/^the\s+/i, '').split(/\s+/);
    if (words.length >= 3) add(`${words.slice(0, -1).map((w) => w[0]!.toUpperCase()).join('')} ${words[words.length - 1]}`);
    for (const [long, short] of Object.entries(SHORT_FORMS)) if (part.includes(long)) add(short);
  }
  return [...keys];
}

/** True when the outlet is a news agency whose copy others print. */
export function isWireOutlet(outlet: string | null): boolean {
  if (!outlet) return false;
  return WIRE_AGENCIES.some((w) => {
    for (let at = outlet.indexOf(w); at >= 0; at = outlet.indexOf(w, at + 1)) {
      if (isWordBoundary(outlet, at - 1) && isWordBoundary(outlet, at + w.length)) return true;
    }
    return false;
  });
}

function isWordBoundary(text: string, at: number): boolean {
  const c = text[at];
  return c === undefined || !/[\p{L}\p{N}]/u.test(c);
}

/** Places where `doc` credits an outlet by one of its keys with a citation cue or reporting verb. */
export function findCitations(doc: NormalizedArticle, keys: readonly string[]): string[] {
  const found: string[] = [];
  const body = doc.paragraphs.filter((p) => p.kind !== 'chrome');
  for (const key of keys) {
    // Called for every pair of articles: a key the text never contains needs no paragraph scan.
    if (!doc.text.includes(key)) continue;
    for (const p of body) {
      const para = doc.text.slice(p.start, p.end);
      let from = 0;
      for (;;) {
        const at = para.indexOf(key, from);
        if (at < 0) break;
        from = at + key.length;
        if (!isWordBoundary(para, at - 1) || !isWordBoundary(para, at + key.length)) continue;
        const before = para.slice(Math.max(0, at - 40), at).toLowerCase();
        const after = para.slice(at + key.length, at + key.length + 20).toLowerCase();
        const cued =
          CITATION_CUES.some((cue) => before.trimEnd().endsWith(cue) || before.includes(`${cue} the`)) ||
          /^\s*(?:reported|reports|said|says|added|noted|wrote|writes|:)/.test(after) ||
          p.kind === 'source-line';
        if (cued) {
          const s = Math.max(0, at - 30);
          found.push(`${s > 0 ? '…' : ''}${para.slice(s, at + key.length + 12).trim()}…`);
          break;
        }
      }
      if (found.length) break;
    }
  }
  return found;
}

const OUTSIDE_CUES = ['interview with ', 'told ', 'according to ', 'speaking to ', 'in remarks to '];

/**
 * A news organisation outside the set that the article credits ("In an interview with Channel 9
 * TV, …"): the article reports its own occasion rather than copying one of the set.
 */
export function findOutsideCredit(doc: NormalizedArticle, known: ReadonlySet<string>): string | null {
  for (const p of doc.paragraphs) {
    if (p.kind === 'chrome') continue;
    const para = doc.text.slice(p.start, p.end);
    const lower = para.toLowerCase();
    for (const cue of OUTSIDE_CUES) {
      for (let at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + 1)) {
        const words: string[] = [];
        let i = at + cue.length;
        if (para.startsWith('the ', i)) i += 4;
        // Up to five capitalised words: the organisation's name.
        while (words.length < 5) {
          let j = i;
          while (j < para.length && /[\p{L}\p{N}&'’-]/u.test(para[j]!)) j++;
          const word = para.slice(i, j);
          if (!word || !/^[\p{Lu}\p{N}]/u.test(word)) break;
          words.push(word);
          if (para[j] !== ' ') break;
          i = j + 1;
        }
        const name = words.join(' ');
        if (!name || known.has(name)) continue;
        const isMedia = isWireOutlet(name) || name.split(/[\s-]+/).some((w) => MEDIA_WORDS.has(w.toLowerCase()));
        if (isMedia) return name;
      }
    }
  }
  return null;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** `jaccard`, answered at once for the one memoized set that identical sentences share. */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a === b) return a.size === 0 ? 0 : 1;
  return jaccard(a, b);
}

/** Share of each article's alignable claims that stand near word for word in another article. */
function verbatimShares(claims: readonly Claim[], alignments: readonly Alignment[]): Map<string, Map<string, number>> {
  const byId = new Map(claims.map((c) => [c.id, c] as const));
  const stems = new Map<string, ReadonlySet<string>>();
  const totals = new Map<string, number>();
  for (const c of claims) {
    const t = alignableText(c);
    if (t === null || c.type === 'quote') continue;
    totals.set(c.article, (totals.get(c.article) ?? 0) + 1);
    stems.set(c.id, contentStemSet(t)); // memoized and shared: copies repeat the same sentences
  }
  const hits = new Map<string, Map<string, Set<string>>>();
  for (const a of alignments) {
    const members = a.claims.map((id) => byId.get(id)).filter((c): c is Claim => !!c && stems.has(c.id));
    // All pairs of a group: with hundreds of copies that is a lot of pairs. Members with the very
    // same (memoized) stem set form one class, compared once with each other class; a member then
    // reaches every article of the classes near word for word to its own.
    const classes = new Map<ReadonlySet<string>, { members: Claim[]; articles: Set<string> }>();
    for (const c of members) {
      const set = stems.get(c.id)!;
      let k = classes.get(set);
      if (!k) classes.set(set, (k = { members: [], articles: new Set() }));
      k.members.push(c);
      k.articles.add(c.article);
    }
    const list = [...classes];
    for (const [sx, kx] of list) {
      const reach = new Set<string>();
      for (const [sy, ky] of list) if (similarity(sx, sy) >= 0.7) for (const article of ky.articles) reach.add(article);
      for (const x of kx.members) {
        let m: Map<string, Set<string>> | undefined;
        for (const article of reach) {
          if (article === x.article) continue;
          m ??= hits.get(x.article);
          if (!m) hits.set(x.article, (m = new Map()));
          let s = m.get(article);
          if (!s) m.set(article, (s = new Set()));
          s.add(x.id);
        }
      }
    }
  }
  const shares = new Map<string, Map<string, number>>();
  for (const [a, m] of hits) {
    const out = new Map<string, number>();
    for (const [b, s] of m) out.set(b, s.size / Math.max(1, totals.get(a) ?? 1));
    shares.set(a, out);
  }
  return shares;
}

/**
 * Infer which article cites or copies which: credits in the text ("told Reuters", "Source » X"),
 * near-verbatim sentence overlap, wire agencies and publication dates. Where the direction cannot
 * be told, the evidence says so and the role stays `unknown`.
 */
export function inferProvenance(
  docs: readonly NormalizedArticle[],
  claims: readonly Claim[],
  alignments: readonly Alignment[],
): Map<string, Provenance> {
  const result = new Map<string, Provenance>(docs.map((d) => [d.id, { role: 'unknown', basedOn: [], evidence: [] }]));
  const cites = new Map<string, Set<string>>();
  for (const a of docs) {
    const own = new Set(outletKeys(a.outlet));
    for (const b of docs) {
      if (a.id === b.id) continue;
      // An article's own name (its byline, its "Source »" line) credits nobody else.
      const places = findCitations(a, outletKeys(b.outlet).filter((k) => !own.has(k)));
      if (places.length === 0) continue;
      if (!cites.has(a.id)) cites.set(a.id, new Set());
      cites.get(a.id)!.add(b.id);
      result.get(a.id)!.evidence.push(`credits ${b.outlet ?? b.id} ("${places[0]}")`);
    }
  }
  // Counted once: asked for every pair of articles, recounting made a story of copies cubic.
  const citedCounts = new Map<string, number>();
  for (const s of cites.values()) for (const id of s) citedCounts.set(id, (citedCounts.get(id) ?? 0) + 1);
  const citedBy = (id: string): number => citedCounts.get(id) ?? 0;
  const priority = (d: NormalizedArticle): number => (isWireOutlet(d.outlet) ? 2 : 0) + 2 * citedBy(d.id);
  const shares = verbatimShares(claims, alignments);
  for (const a of docs) {
    const prov = result.get(a.id)!;
    const based = new Set<string>(cites.get(a.id) ?? []);
    for (const b of docs) {
      if (a.id === b.id || based.has(b.id)) continue;
      const share = shares.get(a.id)?.get(b.id) ?? 0;
      if (share < 0.3) continue;
      const pct = `${Math.round(share * 100)}%`;
      const aFirst = a.published && b.published ? a.published < b.published : false;
      const bFirst = a.published && b.published ? b.published < a.published : false;
      if (cites.get(b.id)?.has(a.id)) continue;
      if (bFirst || (!aFirst && priority(b) > priority(a))) {
        based.add(b.id);
        prov.evidence.push(`${pct} of its sentences stand near word for word in ${b.outlet ?? b.id}${bFirst ? ', published earlier' : isWireOutlet(b.outlet) ? ', a news agency' : ', which others credit'}`);
      } else if (!aFirst && priority(a) === priority(b)) {
        prov.evidence.push(`${pct} of its sentences stand near word for word in ${b.outlet ?? b.id}; which came first cannot be told`);
      }
    }
    prov.basedOn = [...based].sort();
  }
  // Who is based on whom, and each id's first article, settled once rather than searched per article.
  const sources = new Set<string>();
  for (const d of docs) for (const b of result.get(d.id)!.basedOn) sources.add(b);
  const firstById = new Map<string, NormalizedArticle>();
  for (const d of docs) if (!firstById.has(d.id)) firstById.set(d.id, d);
  let known: Set<string> | null = null;
  for (const a of docs) {
    const prov = result.get(a.id)!;
    const isSource = sources.has(a.id);
    if (prov.basedOn.length > 0) {
      const best = Math.max(...prov.basedOn.map((b) => shares.get(a.id)?.get(b) ?? 0));
      const sourceLength = Math.max(...prov.basedOn.map((b) => firstById.get(b)?.text.length ?? 0));
      prov.role = best >= 0.6 ? 'copy' : a.text.length < 0.6 * sourceLength && best < 0.3 ? 'summary' : 'rewrite';
    } else if (isSource) {
      prov.role = 'original';
      const users = docs.filter((d) => result.get(d.id)!.basedOn.includes(a.id)).map((d) => d.outlet ?? d.id);
      prov.evidence.push(`${users.join(' and ')} ${users.length > 1 ? 'are' : 'is'} based on it`);
    } else {
      known ??= new Set(docs.flatMap((d) => outletKeys(d.outlet)));
      const outside = prov.evidence.length === 0 ? findOutsideCredit(a, known) : null;
      if (outside) {
        prov.role = 'independent';
        prov.evidence.push(`credits ${outside}, which is not in this set, and shares no sentence near word for word with the others: a separate occasion`);
      } else if (prov.evidence.length === 0) {
        prov.evidence.push('no credit to another article of the set and no sentence shared near word for word: how it relates cannot be told');
      }
    }
  }
  return result;
}
