import { describe, expect, it } from 'vitest';
import { decodeOutput, OUTPUT_MAGIC } from '../../src/wire/index.ts';

/** Ascending units as (first, count) ranges of consecutive ones. */
function ranges(list: number[]): number[][] {
  const out: number[][] = [];
  for (const u of list) {
    const last = out[out.length - 1];
    if (last !== undefined && last[0]! + last[1]! === u) last[1]!++;
    else out.push([u, 1]);
  }
  return out;
}

/** One output with one application using `used` and rewarding `rewarded` (saving 1 each). */
function encoded(used: number[], rewarded: number[]): { i32: Int32Array; i64: BigInt64Array } {
  const u = ranges(used);
  const r = ranges(rewarded);
  const len32 = 6 + 4 + 2 + 2 * (u.length + r.length);
  const len64 = 3 + 2 + r.length;
  return {
    i32: Int32Array.from([OUTPUT_MAGIC, 1, 1, 0, len32, len64, 0, 0, 1, 1, u.length, r.length, ...u.flat(), ...r.flat(), OUTPUT_MAGIC, 0, 1, 0, 6, 3]),
    i64: BigInt64Array.from([BigInt(rewarded.length), 0n, 1n, BigInt(rewarded.length), 0n, ...r.map(() => 1n), 0n, 0n, 2n]),
  };
}

// The decoder keeps one array when an application rewards exactly the units it uses; every other
// pair must still come back as written, and the cursor must land on the next output.
const CASES: [string, number[], number[]][] = [
  ['equal lists', [2, 5, 9], [2, 5, 9]],
  ['same length, different units', [2, 5, 9], [2, 5, 8]],
  ['same length, last unit differs', [0, 1], [0, 2]],
  ['a subset', [1, 4, 6], [4]],
  ['one unit', [7], [7]],
  ['nothing rewarded', [3, 4], []],
];

describe('decodeOutput unit lists', () => {
  it.each(CASES)('%s', (_name, used, rewarded) => {
    const { i32, i64 } = encoded(used, rewarded);
    const at = { i32: 0, i64: 0 };
    const app = decodeOutput(i32, i64, at).applications[0]!;
    expect(app.used).toEqual(used);
    expect(app.rewarded).toEqual(rewarded);
    expect(app.savings).toEqual(rewarded.map(() => 1n));
    expect(decodeOutput(i32, i64, at)).toEqual({ applications: [], total: 0n, optimal: true, nodes: 2 });
  });
});
