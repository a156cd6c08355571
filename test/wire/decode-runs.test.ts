import { describe, expect, it } from 'vitest';
import type { SolverRun } from '../../src/engine/solver/types.ts';
import { decodeRunOutput, OUTPUT_MAGIC } from '../../src/wire/index.ts';

const run = (line: number, first: number, count: number): SolverRun => ({ line, unit: 0, productId: 'A', price: 300n, customerPrice: 300n, floor: 0n, first, count });

describe('decodeRunOutput', () => {
  it('maps the module\'s unit numbers to the caller\'s runs, and lays a counted record out in strata', () => {
    // Runs: line 0 holds units 10–13 and 20–21 (16–19 were taken), line 1 holds 40–45. The
    // module numbers them 0–3, 4–5 and 6–11.
    const runs = [run(0, 10, 4), run(0, 20, 2), run(1, 40, 6)];
    // App 1: one application on module units 2–5 (crossing from run 0 into run 1), rewarding 3.
    // App 2: 3 copies on line 1 (module units 6–11, 2 per copy); copy 0 rewards unit 6 (place 0
    // of its block) with 300, so the strata put the 3 rewarded units first: caller units 40–42.
    const i32 = Int32Array.from([
      OUTPUT_MAGIC, 2, 1, 0, 6 + 10 + 10, 3 + 3 + 3,
      0, 0, 1, 1, 1, 1, 2, 4, 3, 1,
      1, 0, 3, 1, 1, 1, 6, 6, 6, 1,
    ]);
    const i64 = BigInt64Array.from([1_200n, 0n, 9n, 300n, 0n, 300n, 900n, 0n, 300n]);
    const at = { i32: 0, i64: 0 };
    expect(decodeRunOutput(i32, i64, at, runs)).toStrictEqual({
      applications: [
        { promotion: 0, tier: 0, used: [{ from: 12, to: 14 }, { from: 20, to: 22 }], rewarded: [{ from: 13, to: 14 }], savings: [300n], saving: 300n, clipped: 0n },
        { promotion: 1, tier: 0, copies: 3, used: [{ from: 40, to: 46 }], rewarded: [{ from: 40, to: 43 }], savings: [300n], saving: 900n, clipped: 0n },
      ],
      total: 1_200n, optimal: true, nodes: 9,
    });
    expect(at).toEqual({ i32: i32.length, i64: i64.length });
  });
});
