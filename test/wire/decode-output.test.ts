import { describe, expect, it } from 'vitest';
import { decodeOutput, OUTPUT_MAGIC } from '../../src/wire/index.ts';

describe('decodeOutput', () => {
  it('reads two outputs laid back to back (hand-encoded per the layout in src/wire/layout.ts)', () => {
    // Output 1: one application of promotion 2, tier 1, using units 0 and 3, rewarding unit 0 with
    // 500, then 2 copies of promotion 0 tier 0 on one line (units 1, 2, 4, 5; copy 0 rewards unit
    // 1 with 100, so copy 1 rewards the same place of its block, unit 4); cut off with bound 900.
    // Output 2: no application, optimal. Ranges are (first, count).
    const i32 = Int32Array.from([
      OUTPUT_MAGIC, 2, 0, 1, 6 + 12 + 12, 3 + 3 + 3,
      2, 1, 1, 1, 2, 1, 0, 1, 3, 1, 0, 1,
      0, 0, 2, 1, 2, 1, 1, 2, 4, 2, 1, 1,
      OUTPUT_MAGIC, 0, 1, 0, 6, 3,
    ]);
    const i64 = BigInt64Array.from([700n, 900n, 12n, 500n, 0n, 500n, 200n, 0n, 100n, 0n, 0n, 4n]);
    const at = { i32: 0, i64: 0 };
    expect(decodeOutput(i32, i64, at)).toEqual({
      applications: [
        { promotion: 2, tier: 1, used: [0, 3], rewarded: [0], savings: [500n], saving: 500n, clipped: 0n },
        { promotion: 0, tier: 0, copies: 2, used: [1, 2, 4, 5], rewarded: [1, 4], savings: [100n, 100n], saving: 200n, clipped: 0n },
      ],
      total: 700n, optimal: false, bound: 900n, nodes: 12,
    });
    expect(decodeOutput(i32, i64, at)).toEqual({ applications: [], total: 0n, optimal: true, nodes: 4 });
    expect(at).toEqual({ i32: i32.length, i64: i64.length });
  });

  it('refuses a bad magic number', () => {
    expect(() => decodeOutput(Int32Array.from([1, 0, 1, 0, 6, 3]), BigInt64Array.from([0n, 0n, 0n]), { i32: 0, i64: 0 })).toThrow(/magic/);
  });
});
