import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/index.js';
import { extractClaims, linkEntities } from '../../src/extract/index.js';
import type { Claim, EntityMentionClaim, QuoteClaim } from '../../src/schema/claim.js';

function story(articles: Record<string, string>) {
  const docs = Object.entries(articles).map(([id, text]) => normalizeArticle({ id, text }));
  const claims: Claim[] = docs.flatMap((d) => extractClaims(d));
  return linkEntities(docs, claims);
}

const mentionsOf = (claims: Claim[], article: string): EntityMentionClaim[] =>
  claims.filter((c): c is EntityMentionClaim => c.type === 'entity-mention' && c.article === article);

describe('entities across articles', () => {
  it('folds spelling variants into one entity', () => {
    const { entities, claims } = story({
      a: 'Interior Minister Karel Dvorsky visited the port on Monday.',
      b: 'Interior Minister Karel Dworsky visited the port on Monday.',
    });
    const e = entities.find((x) => x.name.startsWith('Karel'))!;
    expect(e.variants.map((v) => v.name).sort()).toEqual(['Karel Dvorsky', 'Karel Dworsky']);
    const ids = new Set(claims.filter((c): c is EntityMentionClaim => c.type === 'entity-mention').map((c) => c.entity));
    expect(ids.size).toBe(1);
  });

  it('links a role phrase to the one person holding it in the article', () => {
    const { entities, claims } = story({
      a: "Utopia's Foreign Minister Ana Pol arrived in Lisbon on Tuesday.\n\nThe foreign minister met her counterpart for two hours.",
    });
    const pol = entities.find((e) => e.name === 'Ana Pol')!;
    const role = mentionsOf(claims, 'a').find((m) => m.text === 'The foreign minister');
    expect(role?.entity).toBe(pol.id);
    expect(role?.name).toBe('Ana Pol');
    // a role is not a spelling of the name
    expect(pol.variants.map((v) => v.name)).toEqual(['Ana Pol']);
  });

  it('does not guess when two people share the role', () => {
    const { claims } = story({
      a: 'Minister Ana Pol and Minister Rui Sato met.\n\nThe minister spoke first.',
    });
    expect(mentionsOf(claims, 'a').some((m) => m.text === 'The minister')).toBe(false);
  });

  it('gives a quote attributed by role the person named with that role in another article', () => {
    const { entities, claims } = story({
      a: '"We will not back down," Foreign Minister Ana Pol said on Tuesday.',
      b: 'The foreign minister was defiant. "We will not back down," the foreign minister said.',
    });
    const pol = entities.find((e) => e.name === 'Ana Pol')!;
    const q = claims.find((c): c is QuoteClaim => c.type === 'quote' && c.article === 'b')!;
    expect(q.speaker).toMatchObject({ name: 'Ana Pol', entity: pol.id, via: 'title' });
    expect(entities.some((e) => e.name.toLowerCase().includes('minister'))).toBe(false);
  });

  it('makes an abbreviation defined in the text a variant of its entity, also where another article uses it alone', () => {
    const { entities, claims } = story({
      a: 'Fighters of the Popular Front for Change (PFC) left the town. The PFC said it would return.',
      b: 'The PFC denied any role in the attack on Sunday.',
    });
    const front = entities.find((e) => e.name === 'Popular Front for Change')!;
    expect(front.kind).toBe('organization');
    expect(front.variants.map((v) => v.name)).toContain('PFC');
    const ids = [...mentionsOf(claims, 'a'), ...mentionsOf(claims, 'b')].filter((m) => m.text === 'PFC' || m.text === 'Popular Front for Change').map((m) => m.entity);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ids)).toEqual(new Set([front.id]));
  });

  it('does not take a dateline in capitals for an abbreviation', () => {
    const { entities } = story({ a: 'LIMA, May 2 - Prime Minister Ana Pol resigned on Friday.' });
    expect(entities.map((e) => e.name)).not.toContain('LIMA');
  });
});
