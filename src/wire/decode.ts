/** The ONE decoder of solver output (layout: ./layout.ts). */
import type { RunApplication, RunOutput, SolvedApplication, SolveOutput, SolverRun } from '../engine/solver/types.ts';
import { forEachCallerRange, localStarts } from '../engine/solver/runs.ts';
import type { UnitRange } from '../engine/unit-ranges.ts';
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

/** One decoded application before its ranges are read: where they sit in the sections. */
interface AppHead {
  readonly promotion: number;
  readonly tier: number;
  readonly copies: number;
  readonly saving: bigint;
  readonly clipped: bigint;
  /** i32 offset of the used ranges (nUsed pairs), then the rewarded ones (nRewarded pairs). */
  readonly at: number;
  readonly nUsed: number;
  readonly nRewarded: number;
  /** i64 offset of the rewarded ranges' per-unit savings. */
  readonly savingsAt: number;
}

/** Reads one level's output at `at`, advancing it, and hands each application to `app`. */
function readOutput<A>(a: Int32Array, b: BigInt64Array, at: DecodeCursor, app: (h: AppHead) => A): { applications: A[]; total: bigint; optimal: boolean; bound?: bigint; nodes: number } {
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
  const applications: A[] = [];
  for (let k = 0; k < n; k++) {
    const promotion = a[i]!;
    const tier = a[i + 1]!;
    const copies = a[i + 2]!;
    const nUsed = a[i + 3]!;
    const nRewarded = a[i + 4]!;
    const saving = amount(b, j);
    const clipped = amount(b, j + 1);
    applications.push(app({ promotion, tier, copies, saving, clipped, at: i + 5, nUsed, nRewarded, savingsAt: j + 2 }));
    i += 5 + 2 * (nUsed + nRewarded);
    j += 2 + nRewarded;
  }
  if (i - s32 !== len32 || j - s64 !== len64) throw new Error('solver output: section lengths disagree');
  at.i32 = i;
  at.i64 = j;
  return hasBound ? { applications, total, optimal, bound, nodes } : { applications, total, optimal, nodes };
}

/**
 * Decodes one level's output at `at` and advances it: the per-unit contract, whose units crossed
 * as runs of one (a range's units are the caller's indices as they are).
 * @example decodeOutput(i32, i64, { i32: 0, i64: 0 }).total
 */
export function decodeOutput(a: Int32Array, b: BigInt64Array, at: DecodeCursor): SolveOutput {
  return readOutput(a, b, at, (h): SolvedApplication => {
    // Plain loops, not Array.from(subarray): a view per list cost more than the copy itself.
    const used: number[] = [];
    for (let r = 0; r < h.nUsed; r++) {
      const first = a[h.at + 2 * r]!;
      for (let u = first, end = first + a[h.at + 2 * r + 1]!; u < end; u++) used.push(u);
    }
    const rewarded: number[] = [];
    const savings: bigint[] = [];
    const rAt = h.at + 2 * h.nUsed;
    for (let r = 0; r < h.nRewarded; r++) {
      const first = a[rAt + 2 * r]!;
      const each = amount(b, h.savingsAt + r);
      for (let u = first, end = first + a[rAt + 2 * r + 1]!; u < end; u++) {
        rewarded.push(u);
        savings.push(each);
      }
    }
    // Most applications reward every unit they use (a unit deal): the two lists are then one
    // array, read-only like every output list, instead of an equal copy kept with the answer.
    let same = rewarded.length === used.length;
    for (let k = 0; same && k < used.length; k++) same = rewarded[k] === used[k];
    const rew = same ? used : rewarded;
    const { promotion, tier, copies, saving, clipped } = h;
    return copies > 1 ? { promotion, tier, copies, used, rewarded: rew, savings, saving, clipped } : { promotion, tier, used, rewarded: rew, savings, saving, clipped };
  });
}

/**
 * Decodes one level's output for a `RunInput`: the module numbers units in run order, so each
 * range it returns becomes the caller's ranges, split where it crosses a run.
 */
export function decodeRunOutput(a: Int32Array, b: BigInt64Array, at: DecodeCursor, runs: readonly SolverRun[]): RunOutput {
  const starts = localStarts(runs);
  return readOutput(a, b, at, (h): RunApplication => {
    const used: UnitRange[] = [];
    for (let r = 0; r < h.nUsed; r++) forEachCallerRange(runs, starts, a[h.at + 2 * r]!, a[h.at + 2 * r + 1]!, (x) => used.push(x));
    const rewarded: UnitRange[] = [];
    const savings: bigint[] = [];
    const rAt = h.at + 2 * h.nUsed;
    for (let r = 0; r < h.nRewarded; r++) {
      const each = amount(b, h.savingsAt + r);
      forEachCallerRange(runs, starts, a[rAt + 2 * r]!, a[rAt + 2 * r + 1]!, (x) => {
        rewarded.push(x);
        savings.push(each);
      });
    }
    const { promotion, tier, copies, saving, clipped } = h;
    return copies > 1 ? { promotion, tier, copies, used, rewarded, savings, saving, clipped } : { promotion, tier, used, rewarded, savings, saving, clipped };
  });
}
