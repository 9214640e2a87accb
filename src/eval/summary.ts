import type { CaseScore } from './score.js';

/** hit / total; `value` is null when there is nothing to divide by. */
export interface Ratio {
  hit: number;
  total: number;
  value: number | null;
}

/** Precision and recall of one kind, or of all kinds together. */
export interface KindScore {
  kind: string;
  precision: Ratio;
  recall: Ratio;
}

/** Scores over many cases, micro-averaged: counts are summed before dividing. */
export interface EvalSummary {
  cases: number;
  overall: { precision: Ratio; recall: Ratio };
  kinds: KindScore[];
  /** null when no case lists gold quotes. */
  quotes: { precision: Ratio; recall: Ratio; speaker: Ratio } | null;
  /** `info` findings reported: shown, never counted for precision. */
  info: number;
}

const ratio = (hit: number, total: number): Ratio => ({ hit, total, value: total === 0 ? null : hit / total });

interface Tally {
  pHit: number;
  pTotal: number;
  rHit: number;
  rTotal: number;
}

const emptyTally = (): Tally => ({ pHit: 0, pTotal: 0, rHit: 0, rTotal: 0 });

/** Sum every case's outcomes into per-kind and overall ratios. */
export function summarizeScores(cases: readonly CaseScore[]): EvalSummary {
  const all = emptyTally();
  const byKind = new Map<string, Tally>();
  const tallyFor = (kind: string): Tally => {
    let t = byKind.get(kind);
    if (!t) byKind.set(kind, (t = emptyTally()));
    return t;
  };
  let info = 0;
  let quotes: { p: number; pt: number; r: number; rt: number; s: number; st: number } | null = null;
  for (const c of cases) {
    for (const f of c.findings) {
      if (!f.counted) {
        info++;
        continue;
      }
      const t = tallyFor(f.finding.kind);
      const hit = f.correct ? 1 : 0;
      t.pTotal++;
      t.pHit += hit;
      all.pTotal++;
      all.pHit += hit;
    }
    for (const e of c.expected) {
      const t = tallyFor(e.entry.kind);
      const hit = e.matchedBy.length > 0 ? 1 : 0;
      t.rTotal++;
      t.rHit += hit;
      all.rTotal++;
      all.rHit += hit;
    }
    if (c.quotes) {
      quotes ??= { p: 0, pt: 0, r: 0, rt: 0, s: 0, st: 0 };
      for (const q of c.quotes.claims) {
        quotes.pt++;
        if (q.matched) quotes.p++;
        if (q.speakerRight !== null) {
          quotes.st++;
          if (q.speakerRight) quotes.s++;
        }
      }
      for (const g of c.quotes.gold) {
        quotes.rt++;
        if (g.matched) quotes.r++;
      }
    }
  }
  const kinds = [...byKind.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([kind, t]) => ({ kind, precision: ratio(t.pHit, t.pTotal), recall: ratio(t.rHit, t.rTotal) }));
  return {
    cases: cases.length,
    overall: { precision: ratio(all.pHit, all.pTotal), recall: ratio(all.rHit, all.rTotal) },
    kinds,
    quotes: quotes && {
      precision: ratio(quotes.p, quotes.pt),
      recall: ratio(quotes.r, quotes.rt),
      speaker: ratio(quotes.s, quotes.st),
    },
    info,
  };
}
