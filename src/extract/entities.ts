import Fuse from 'fuse.js';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { NormalizedArticle } from '../normalize/types.js';
import type { Claim, Speaker } from '../schema/claim.js';
import type { Entity } from '../schema/report.js';
import { TITLE_HEADS, TITLE_WORDS } from './data/speech.js';
import { holderOf, indexPeople, isAcronym } from './people.js';

/** Result of linking mentions across a story's articles. */
export interface LinkedEntities {
  entities: Entity[];
  /** The claims with `speaker.entity` filled in and speaker names set to the canonical name. */
  claims: Claim[];
}

interface Draft {
  id: string;
  kind: Entity['kind'];
  variants: Map<string, Set<string>>;
  counts: Map<string, number>;
}

// Linking folds the same few names again and again (every lookup, every short form against every
// name); Unicode normalization and two regex passes each time showed in profiles.
const folded = new Map<string, string>();

function fold(name: string): string {
  let f = folded.get(name);
  if (f === undefined) {
    f = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\u2019']/g, "'").trim();
    if (folded.size >= 50_000) folded.clear();
    folded.set(name, f);
  }
  return f;
}

function sortedTokens(name: string): string {
  return fold(name).split(/[\s-]+/).filter(Boolean).sort().join(' ');
}

function lastToken(name: string): string {
  const t = fold(name).split(/\s+/);
  return t[t.length - 1] ?? '';
}

/** Two spellings of one name: Jaro–Winkler ≥ 0.9 on token-sorted names and on the last names. */
export function sameName(a: string, b: string): boolean {
  if (fold(a) === fold(b)) return true;
  if (!a.includes(' ') || !b.includes(' ')) return false;
  return JaroWinklerDistance(sortedTokens(a), sortedTokens(b)) >= 0.9 && JaroWinklerDistance(lastToken(a), lastToken(b)) >= 0.9;
}

/** A name made only of role words ("chair", "foreign minister", "the interior minister"): its words, else null. */
function roleWordsOf(name: string): string[] | null {
  const words = fold(name).split(' ').filter((w) => w !== 'the');
  if (words.length === 0 || !words.every((w) => TITLE_WORDS.has(w)) || !words.some((w) => TITLE_HEADS.has(w))) return null;
  return words;
}

/** The roles each entity holds, learned from every article ("Foreign Minister Ana Pol", "chair Dr. Jo Bloggs"). */
function titlesByDraft(docs: readonly NormalizedArticle[], byExact: ReadonlyMap<string, Draft>): { draft: Draft; titles: Set<string> }[] {
  const out = new Map<Draft, Set<string>>();
  for (const doc of docs) {
    for (const p of indexPeople(doc).people) {
      const d = p.kind === 'person' && p.titles.size > 0 ? byExact.get(fold(p.name)) : undefined;
      if (!d) continue;
      const set = out.get(d) ?? new Set<string>();
      for (const t of p.titles) set.add(t);
      out.set(d, set);
    }
  }
  return [...out].map(([draft, titles]) => ({ draft, titles }));
}

/** The canonical form of an entity: the fullest, then most frequent, then first-seen variant. */
function canonical(d: Draft): string {
  let best = '';
  for (const [name] of d.variants) {
    const words = name.split(' ').length;
    const bw = best.split(' ').length;
    if (!best || words > bw || (words === bw && (d.counts.get(name) ?? 0) > (d.counts.get(best) ?? 0))) best = name;
  }
  return best;
}

/**
 * Fold the people and organisations of a story into canonical entities across articles:
 * spelling variants ("Ana Pol" / "Anna Pol": Jaro–Winkler on token-sorted names, same
 * last name; fuse.js proposes candidates) and short forms ("Pol" → the one entity whose name
 * ends with it). Ids `e1`, `e2`, … in order of first appearance, articles sorted by id.
 */
export function linkEntities(docs: readonly NormalizedArticle[], claims: readonly Claim[]): LinkedEntities {
  const order = [...docs].map((d) => d.id).sort();
  const rank = new Map(order.map((id, k) => [id, k]));
  const named: { article: string; name: string; kind: Entity['kind']; start: number; alias?: string }[] = [];
  for (const c of claims) {
    if (c.type === 'entity-mention') named.push({ article: c.article, name: c.name, kind: c.kind, start: c.span.start, ...(isAcronym(c.text) && c.text !== c.name ? { alias: c.text } : {}) });
    else if ((c.type === 'quote' || c.type === 'reported') && c.speaker) named.push({ article: c.article, name: c.speaker.name, kind: 'person', start: c.span.start });
  }
  named.sort((a, b) => (rank.get(a.article) ?? 0) - (rank.get(b.article) ?? 0) || a.start - b.start);

  const drafts: Draft[] = [];
  const names: { name: string; draft: Draft }[] = [];
  const fuse = new Fuse<{ name: string; draft: Draft }>([], { keys: ['name'], ignoreLocation: true, threshold: 0.35, includeScore: true });
  const byExact = new Map<string, Draft>();
  const add = (name: string, d: Draft, article: string): void => {
    if (!d.variants.has(name)) {
      d.variants.set(name, new Set());
      const entry = { name, draft: d };
      names.push(entry);
      fuse.add(entry);
      byExact.set(fold(name), d);
    }
    d.variants.get(name)!.add(article);
    d.counts.set(name, (d.counts.get(name) ?? 0) + 1);
  };
  // role speakers ("the chair") are resolved after the names, against the roles learned in every article
  const isRole = (n: { name: string; kind: Entity['kind'] }): boolean => n.kind === 'person' && roleWordsOf(n.name) !== null;
  const multi = named.filter((n) => n.name.includes(' ') && !isRole(n));
  const single = named.filter((n) => !n.name.includes(' ') && !isRole(n));
  for (const n of [...multi, ...single]) {
    let d = byExact.get(fold(n.name));
    if (!d && n.name.includes(' ')) {
      for (const hit of fuse.search(n.name.slice(0, 32), { limit: 5 })) if (sameName(hit.item.name, n.name)) {
        d = hit.item.draft;
        break;
      }
    }
    if (!d && !n.name.includes(' ')) {
      const owners = new Set(names.filter((e) => e.name.includes(' ') && lastToken(e.name) === fold(n.name)).map((e) => e.draft));
      if (owners.size === 1) d = [...owners][0];
    }
    if (!d) {
      d = { id: '', kind: n.kind, variants: new Map(), counts: new Map() };
      drafts.push(d);
    }
    add(n.name, d, n.article);
    // "… Front (ABF)": the abbreviation is a variant of the entity it stands for
    if (n.alias && !byExact.has(fold(n.alias))) add(n.alias, d, n.article);
  }
  const titled = titlesByDraft(docs, byExact);
  const roleLinks = new Map<string, Draft>();
  for (const n of named.filter(isRole)) {
    let d = byExact.get(fold(n.name));
    if (!d) {
      const at = holderOf(titled.map((t) => ({ titles: t.titles })), roleWordsOf(n.name)!);
      if (at >= 0) {
        roleLinks.set(`${n.article}\u0000${fold(n.name)}`, titled[at]!.draft);
        continue;
      }
    }
    if (!d) {
      d = { id: '', kind: n.kind, variants: new Map(), counts: new Map() };
      drafts.push(d);
    }
    add(n.name, d, n.article);
  }
  // ids in order of first appearance
  const firstSeen = new Map<Draft, number>();
  named.forEach((n, k) => {
    const d = byExact.get(fold(n.name)) ?? roleLinks.get(`${n.article}\u0000${fold(n.name)}`);
    if (d && !firstSeen.has(d)) firstSeen.set(d, k);
  });
  drafts.sort((a, b) => (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0));
  drafts.forEach((d, k) => (d.id = `e${k + 1}`));

  const entities: Entity[] = drafts.map((d) => ({
    id: d.id,
    name: canonical(d),
    kind: d.kind,
    variants: [...d.variants].map(([name, arts]) => ({ name, articles: [...arts].sort() })),
  }));
  const canon = new Map(drafts.map((d, k) => [d, entities[k]!.name]));
  const link = (s: Speaker, article: string): Speaker => {
    const d = byExact.get(fold(s.name));
    if (d) return { ...s, name: canon.get(d)!, entity: d.id };
    // a role stated in the sentence ("its chair said") now names its holder: via 'title'
    const r = roleLinks.get(`${article}\u0000${fold(s.name)}`);
    return r ? { ...s, name: canon.get(r)!, entity: r.id, via: s.span ? 'title' : s.via } : s;
  };
  const out = claims.map((c): Claim => {
    if ((c.type === 'quote' || c.type === 'reported') && c.speaker) return { ...c, speaker: link(c.speaker, c.article) };
    if (c.type === 'entity-mention') {
      const d = byExact.get(fold(c.name));
      return d ? { ...c, entity: d.id, name: canon.get(d)! } : c;
    }
    return c;
  });
  return { entities, claims: out };
}
