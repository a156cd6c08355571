import { describe, expect, it } from 'vitest';
import { decodeOutput, OUTPUT_MAGIC } from '../../src/wire/index.ts';

/** One output with one application whose saving, clipped and single unit saving are `v`. */
function encoded(v: bigint): { i32: Int32Array; i64: BigInt64Array } {
  return {
    // One part: used unit 7, rewarded unit 7, each as a range (first, count).
    i32: Int32Array.from([OUTPUT_MAGIC, 1, 1, 0, 6 + 4 + 2 + 2 + 2, 3 + 3, 0, 0, 1, 1, 1, 1, 7, 1, 7, 1]),
    i64: BigInt64Array.from([v, 0n, 1n, v, v, v]),
  };
}

// Small non-negative amounts come from a shared table, the rest straight from the array: every
// side of that line, and both halves of a word, must read back exactly.
const AMOUNTS = [0n, 1n, 65_535n, 65_536n, 2n ** 31n - 1n, 2n ** 31n, 2n ** 32n, 2n ** 32n + 5n, 2n ** 62n, -1n, -65_536n, -(2n ** 40n)];

describe('decodeOutput amounts', () => {
  it.each(AMOUNTS)('reads %s back exactly', (v) => {
    const { i32, i64 } = encoded(v);
    const out = decodeOutput(i32, i64, { i32: 0, i64: 0 });
    expect(out.total).toBe(v);
    expect(out.applications[0]).toMatchObject({ saving: v, clipped: v, savings: [v] });
  });

  it('reads a view that starts inside its buffer, alternating with another array', () => {
    for (const v of AMOUNTS) {
      const { i32, i64 } = encoded(v);
      const wide = new BigInt64Array(i64.length + 3);
      wide.fill(99_999n);
      wide.set(i64, 3);
      const view = wide.subarray(3);
      const other = encoded(v + 1n);
      expect(decodeOutput(i32, view, { i32: 0, i64: 0 }).applications[0]!.savings).toEqual([v]);
      expect(decodeOutput(other.i32, other.i64, { i32: 0, i64: 0 }).applications[0]!.savings).toEqual([v + 1n]);
      expect(decodeOutput(i32, view, { i32: 0, i64: 0 }).total).toBe(v);
    }
  });
});
