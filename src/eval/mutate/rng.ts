/** A deterministic pseudo-random source: the same seed gives the same sequence on every platform. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n); 0 when n ≤ 0. */
  int(n: number): number;
  /** One element of a non-empty array, or undefined for an empty one. */
  pick<T>(items: readonly T[]): T | undefined;
}

/**
 * mulberry32: a 32-bit PRNG, small and good enough for choosing edits. Chosen over Math.random
 * because a mutation run must be reproducible from its seed alone.
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => (n <= 0 ? 0 : Math.floor(next() * n));
  return { next, int, pick: <T>(items: readonly T[]): T | undefined => items[int(items.length)] };
}

/**
 * FNV-1a hash of a string, to derive one independent stream per (seed, case, mutation): adding a
 * case or a mutation kind then leaves every other mutation's choices unchanged.
 */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The PRNG for one mutation of one case under a run seed. */
export function rngFor(seed: number, caseId: string, mutation: string): Rng {
  return mulberry32(hashSeed(`${seed}\u0000${caseId}\u0000${mutation}`));
}
