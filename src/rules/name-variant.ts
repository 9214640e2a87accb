import type { EntityMentionClaim } from '../schema/claim.js';
import { located, outletOf } from './shared.js';
import type { Finding, Rule } from './types.js';

/** A short form ("Roe") is not a spelling variant of the full name ("Jane Roe"). */
function isShortForm(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.endsWith(` ${y}`) || y.endsWith(` ${x}`) || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/** name-variant: one entity spelled differently across articles ("Muhammad" / "Mohammed"). */
export const nameVariantRule: Rule = {
  kind: 'name-variant',
  severity: 'info',
  detect(ctx) {
    const out: Finding[] = [];
    const mentions = ctx.claims.filter((c): c is EntityMentionClaim => c.type === 'entity-mention');
    for (const entity of ctx.entities) {
      const full = entity.variants.filter((v) => v.name.trim().includes(' '));
      if (full.length < 2) continue;
      const main = [...full].sort((a, b) => b.articles.length - a.articles.length || (a.name < b.name ? -1 : 1))[0]!;
      for (const v of full) {
        if (v === main || v.name.toLowerCase() === main.name.toLowerCase() || isShortForm(v.name, main.name)) continue;
        for (const article of v.articles) {
          if (main.articles.includes(article)) continue;
          const subject = mentions.find((m) => m.article === article && m.entity === entity.id && m.text === v.name);
          if (!subject) continue;
          const counterparts = main.articles
            .map((a) => mentions.find((m) => m.article === a && m.entity === entity.id && m.text === main.name))
            .filter((m): m is EntityMentionClaim => m !== undefined);
          out.push({
            subject: located(subject),
            counterparts: counterparts.map(located),
            message: `${outletOf(ctx, article)} spells "${v.name}"; ${counterparts.map((c) => outletOf(ctx, c.article)).join(' and ') || 'other articles'} spell "${main.name}".`,
            claims: [subject.id, ...counterparts.map((c) => c.id)],
          });
        }
      }
    }
    return out;
  },
};
