/** The ONE decoder of solver output (layout: ./layout.ts). */
import type { SolvedApplication, SolveOutput } from '../engine/solver/types.ts';
import { OUTPUT_HEADER_I32, OUTPUT_HEADER_I64, OUTPUT_MAGIC } from './layout.ts';

export interface DecodeCursor {
  i32: number;
  i64: number;
}

/**
 * Decodes one level's output at `at` and advances it.
 * @example decodeOutput(i32, i64, { i32: 0, i64: 0 }).total
 */
export function decodeOutput(a: Int32Array, b: BigInt64Array, at: DecodeCursor): SolveOutput {
  const s32 = at.i32;
  const s64 = at.i64;
  if (a[s32] !== OUTPUT_MAGIC) throw new Error(`solver output: bad magic at ${s32}`);
  const n = a[s32 + 1]!;
  const optimal = a[s32 + 2] === 1;
  const hasBound = a[s32 + 3] === 1;
  const len32 = a[s32 + 4]!;
  const len64 = a[s32 + 5]!;
  const total = b[s64]!;
  const bound = b[s64 + 1]!;
  const nodes = Number(b[s64 + 2]!);
  let i = s32 + OUTPUT_HEADER_I32;
  let j = s64 + OUTPUT_HEADER_I64;
  const applications: SolvedApplication[] = [];
  for (let k = 0; k < n; k++) {
    const promotion = a[i++]!;
    const tier = a[i++]!;
    const nUsed = a[i++]!;
    const nRew = a[i++]!;
    // Plain loops, not Array.from(subarray): a view per list cost more than the copy itself.
    const used: number[] = new Array<number>(nUsed);
    for (let k = 0; k < nUsed; k++) used[k] = a[i++]!;
    const rewarded: number[] = new Array<number>(nRew);
    for (let k = 0; k < nRew; k++) rewarded[k] = a[i++]!;
    const saving = b[j++]!;
    const clipped = b[j++]!;
    const savings: bigint[] = new Array<bigint>(nRew);
    for (let k = 0; k < nRew; k++) savings[k] = b[j++]!;
    applications.push({ promotion, tier, used, rewarded, savings, saving, clipped });
  }
  if (i - s32 !== len32 || j - s64 !== len64) throw new Error('solver output: section lengths disagree');
  at.i32 = i;
  at.i64 = j;
  return hasBound ? { applications, total, optimal, bound, nodes } : { applications, total, optimal, nodes };
}
