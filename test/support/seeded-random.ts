/**
 * A small seeded generator (xorshift32) for tests that need many reproducible random numbers
 * outside fast-check: values in [0, 1).
 * @example const next = seededRandom(7); next() // same value on every run
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}
