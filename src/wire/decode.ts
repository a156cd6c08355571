/** The ONE decoder of solver output (layout: ./layout.ts). */
import type { SolvedApplication, SolveOutput } from '../engine/solver/types.ts';
import { OUTPUT_HEADER_I32, OUTPUT_HEADER_I64, OUTPUT_MAGIC } from './layout.ts';

// Money read from a BigInt64Array is a new BigInt per read; a batch of 100,000 baskets reads ~40
// each, and every one survives with its answer, so the young-generation collections that promote
// them were a fifth of the pool client's thread (bench D). Amounts below 2^16 minor units — most
// savings, and every zero `clipped` — come from one shared table instead (BigInts are immutable).
const SMALL = 1 << 16;
const small: (bigint | undefined)[] = new Array<bigint | undefined>(SMALL).fill(undefined);
let words: Int32Array<ArrayBufferLike> = new Int32Array(0);
let wordsOf: BigInt64Array | undefined;

/** `b[j]`, from the shared table when it is a small non-negative amount. */
function amount(b: BigInt64Array, j: number): bigint {
  if (wordsOf !== b) {
    words = new Int32Array(b.buffer, b.byteOffset, 2 * b.length);
    wordsOf = b;
  }
  // Little-endian halves (typed arrays use the platform's order, little-endian wherever WASM runs).
  const lo = words[2 * j]!;
  if (words[2 * j + 1] !== 0 || lo < 0 || lo >= SMALL) return b[j]!;
  return (small[lo] ??= BigInt(lo));
}

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
    const copies = a[i++]!;
    const nUsed = a[i++]!;
    const nRew = a[i++]!;
    // Plain loops, not Array.from(subarray): a view per list cost more than the copy itself.
    const used: number[] = new Array<number>(nUsed);
    for (let k = 0; k < nUsed; k++) used[k] = a[i++]!;
    // Most applications reward every unit they use (a unit deal): the two lists are then one
    // array, read-only like every output list, instead of an equal copy kept with the answer.
    let same = nRew === nUsed;
    for (let k = 0; same && k < nRew; k++) same = a[i + k] === used[k];
    let rewarded: number[] = used;
    if (same) i += nRew;
    else {
      rewarded = new Array<number>(nRew);
      for (let k = 0; k < nRew; k++) rewarded[k] = a[i++]!;
    }
    const saving = amount(b, j++);
    const clipped = amount(b, j++);
    const savings: bigint[] = new Array<bigint>(nRew);
    for (let k = 0; k < nRew; k++) savings[k] = amount(b, j++);
    applications.push(copies > 1 ? { promotion, tier, copies, used, rewarded, savings, saving, clipped } : { promotion, tier, used, rewarded, savings, saving, clipped });
  }
  if (i - s32 !== len32 || j - s64 !== len64) throw new Error('solver output: section lengths disagree');
  at.i32 = i;
  at.i64 = j;
  return hasBound ? { applications, total, optimal, bound, nodes } : { applications, total, optimal, nodes };
}
