import type { NormalizedArticle } from '../normalize/types.js';
import type { EntityMentionClaim } from '../schema/claim.js';
import type { PeopleIndex } from './people.js';

/** Local entity id before cross-article linking: a slug of the article's fullest name. */
export function localEntityId(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Mentions of the article's people and institutions, each naming the fullest form of the name. */
export function extractMentions(doc: NormalizedArticle, people: PeopleIndex): EntityMentionClaim[] {
  const body = doc.paragraphs.filter((p) => p.kind === 'body');
  const inBody = (pos: number): boolean => body.some((p) => p.start <= pos && pos < p.end);
  const out: EntityMentionClaim[] = [];
  for (const m of people.mentions) {
    const p = m.person;
    if (p.kind === 'person' && p.evidence <= 0) continue;
    if (!inBody(m.start)) continue;
    out.push({
      id: `${doc.id}#e${out.length + 1}`, article: doc.id, type: 'entity-mention', span: { start: m.start, end: m.end },
      text: doc.text.slice(m.start, m.end), entity: localEntityId(p.name), name: p.name, kind: p.kind,
    });
  }
  // "the foreign minister" for the one person of the article holding that role
  for (const r of people.roles) {
    if (!inBody(r.start)) continue;
    out.push({
      id: '', article: doc.id, type: 'entity-mention', span: { start: r.start, end: r.end },
      text: doc.text.slice(r.start, r.end), entity: localEntityId(r.person.name), name: r.person.name, kind: 'person',
    });
  }
  out.sort((a, b) => a.span.start - b.span.start);
  out.forEach((m, k) => (m.id = `${doc.id}#e${k + 1}`));
  return out;
}
