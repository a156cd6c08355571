/**
 * A tiny seeded PRNG (mulberry32) so the sample workspace is identical on every run and machine.
 * @example const next = makeRng(42); next() // 0.6011037519201636, always
 */
export function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an integer in [min, max] inclusive. */
export function intBetween(next: () => number, min: number, max: number): number {
  return min + Math.floor(next() * (max - min + 1));
}

/**
 * A shelf price between two whole-dollar bounds with a retail ending (.49, .99 …), built from
 * integer cents so no float ever holds the amount.
 * @example shelfPrice(makeRng(1), 2, 6) // e.g. "4.49"
 */
export function shelfPrice(next: () => number, minDollars: number, maxDollars: number): string {
  const endings = ['00', '29', '49', '79', '99'] as const;
  const dollars = intBetween(next, minDollars, maxDollars);
  const cents = endings[intBetween(next, 0, endings.length - 1)] ?? '99';
  return `${dollars}.${cents}`;
}
