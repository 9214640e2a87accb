import { describe, expect, it } from 'vitest';
import { alignClaims, stemSimilarity } from '../../src/align/align.js';
import { inferProvenance, isWireOutlet, outletKeys } from '../../src/align/provenance.js';
import { contentStems } from '../../src/align/tokens.js';
import { doc, narration, quote, reported } from '../rules/helpers.js';

describe('alignClaims', () => {
  const a = doc('a', 'The council voted to close the riverside library on Fridays from next month.\nRain is expected at the weekend.', 'Wire');
  const b = doc('b', 'From next month the riverside library will close on Fridays, the council decided.\nTickets for the fair sold out.', 'Copy');

  it('groups the same statement across articles and leaves unrelated ones alone', () => {
    const claims = [
      narration(a, 'The council voted to close the riverside library on Fridays from next month.'),
      narration(a, 'Rain is expected at the weekend.'),
      narration(b, 'From next month the riverside library will close on Fridays, the council decided.'),
      narration(b, 'Tickets for the fair sold out.'),
    ];
    const groups = alignClaims(claims).map((g) => g.claims.map((id) => claims.find((c) => c.id === id)!.text.slice(0, 12)));
    expect(groups).toEqual([['The council ', 'From next mo']]);
  });

  it('aligns a fragment, and the sentence around it, with the fuller statement', () => {
    const c = doc('c', 'She said the library would "close on Fridays" from next month, citing the council.', 'Copy');
    const claims = [
      reported(a, 'The council voted to close the riverside library on Fridays from next month.', 'The council voted to close the riverside library on Fridays from next month', 'Council'),
      quote(c, 'close on Fridays', 'Council', { partial: true }),
      narration(c, 'She said the library would "close on Fridays" from next month, citing the council.'),
    ];
    expect(alignClaims(claims).map((g) => g.claims.length)).toEqual([3]);
  });

  it('is deterministic and independent of claim order', () => {
    const claims = [
      narration(a, 'The council voted to close the riverside library on Fridays from next month.'),
      narration(b, 'From next month the riverside library will close on Fridays, the council decided.'),
    ];
    const ids = (list: typeof claims) => alignClaims(list).map((g) => [...g.claims].sort());
    expect(ids([...claims].reverse())).toEqual(ids(claims));
  });

  it('scores containment, so a short claim inside a long one is similar', () => {
    expect(stemSimilarity(new Set(contentStems('library closes Fridays')), new Set(contentStems('the riverside library closes on Fridays next month')))).toBe(1);
    expect(stemSimilarity(new Set(contentStems('library closes Fridays')), new Set(contentStems('the fair sold out of tickets')))).toBe(0);
  });
});

describe('provenance', () => {
  const wireText = 'Harbour director Lena Vasquez said the northern terminal would close for repairs until March.\nThe authority will spend 4 million crowns on the work, she said.';
  const wire = doc('wire', wireText, 'Reuters');

  it('takes an article that credits another of the set as based on it', () => {
    const copy = doc('copy', 'Lena Vasquez told Reuters the northern terminal would close for repairs until March.', 'Harbour Daily');
    const prov = inferProvenance([wire, copy], [], []);
    expect(prov.get('copy')).toMatchObject({ basedOn: ['wire'] });
    expect(prov.get('copy')!.evidence[0]).toContain('credits Reuters');
    expect(prov.get('wire')!.role).toBe('original');
  });

  it('takes a near-verbatim copy of a news agency as a copy even without a credit', () => {
    const copy = doc('copy', wireText, 'Harbour Daily');
    const claims = [
      narration(wire, 'Harbour director Lena Vasquez said the northern terminal would close for repairs until March.'),
      narration(wire, 'The authority will spend 4 million crowns on the work, she said.'),
      narration(copy, 'Harbour director Lena Vasquez said the northern terminal would close for repairs until March.'),
      narration(copy, 'The authority will spend 4 million crowns on the work, she said.'),
    ];
    const prov = inferProvenance([wire, copy], claims, alignClaims(claims));
    expect(prov.get('copy')!.role).toBe('copy');
    expect(prov.get('copy')!.basedOn).toEqual(['wire']);
  });

  it('calls an article that reports its own interview with an outside broadcaster independent', () => {
    const other = doc('other', 'In an interview with Channel 9 TV, Vasquez said ferries would keep running.', 'Harbour Daily');
    expect(inferProvenance([wire, other], [], []).get('other')!.role).toBe('independent');
  });

  it('says so when it cannot tell', () => {
    const other = doc('other', 'Ferries will keep running through the winter.', 'Harbour Daily');
    const p = inferProvenance([wire, other], [], []).get('other')!;
    expect(p.role).toBe('unknown');
    expect(p.evidence[0]).toContain('cannot be told');
  });

  it('knows news agencies and the names an outlet goes by', () => {
    expect(isWireOutlet('Global News (The Associated Press)')).toBe(true);
    expect(isWireOutlet('Harbour Daily')).toBe(false);
    expect(outletKeys('Los Angeles Times')).toContain('LA Times');
    expect(outletKeys('www.example-news.com')).toContain('example-news');
  });
});
