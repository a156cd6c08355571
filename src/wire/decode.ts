/** The ONE decoder of solver output (layout: ./layout.ts). */
import type { RunApplication, RunOutput, SolvedApplication, SolveOutput, SolverRun } from '../engine/solver/types.ts';
import { forEachCallerRange, localStarts, strataOf } from '../engine/solver/runs.ts';
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

/** One part of an application as it sits in the sections (layout.ts): ranges (first, count). */
interface Part {
  used: number;
  nUsed: number;
  rewarded: number;
  nRewarded: number;
  /** i64 offset of the rewarded ranges' savings. */
  savings: number;
}

/**
 * One application before its parts are read: its first `nParts` entries of `parts`. The head and
 * its parts are scratch records, reused for the next application (read them, do not keep them):
 * two objects and an array per application were a third of the decoder's time on bench D, all of
 * it young garbage (docs/benchmarks.md, "The pool client's thread").
 */
interface AppHead {
  promotion: number;
  tier: number;
  copies: number;
  saving: bigint;
  clipped: bigint;
  nParts: number;
  readonly parts: Part[];
}

const head: AppHead = { promotion: 0, tier: 0, copies: 1, saving: 0n, clipped: 0n, nParts: 0, parts: [] };

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
  const applications = new Array<A>(n);
  const parts = head.parts;
  for (let k = 0; k < n; k++) {
    head.promotion = a[i]!;
    head.tier = a[i + 1]!;
    head.copies = a[i + 2]!;
    const nParts = a[i + 3]!;
    head.nParts = nParts;
    head.saving = amount(b, j);
    head.clipped = amount(b, j + 1);
    i += 4;
    j += 2;
    for (let p = 0; p < nParts; p++) {
      if (p === parts.length) parts.push({ used: 0, nUsed: 0, rewarded: 0, nRewarded: 0, savings: 0 });
      const part = parts[p]!;
      const nUsed = a[i]!;
      const nRewarded = a[i + 1]!;
      part.used = i + 2;
      part.nUsed = nUsed;
      part.rewarded = i + 2 + 2 * nUsed;
      part.nRewarded = nRewarded;
      part.savings = j;
      i += 2 + 2 * (nUsed + nRewarded);
      j += nRewarded;
    }
    applications[k] = app(head);
  }
  if (i - s32 !== len32 || j - s64 !== len64) throw new Error('solver output: section lengths disagree');
  at.i32 = i;
  at.i64 = j;
  return hasBound ? { applications, total, optimal, bound, nodes } : { applications, total, optimal, nodes };
}

/**
 * Decodes one level's output at `at` and advances it: the per-unit contract, whose units crossed
 * as runs of one (a range's units are the caller's indices as they are). A counted record's
 * other copies reward the places copy 0 rewards in their own block of each line.
 * @example decodeOutput(i32, i64, { i32: 0, i64: 0 }).total
 */
export function decodeOutput(a: Int32Array, b: BigInt64Array, at: DecodeCursor): SolveOutput {
  return readOutput(a, b, at, (h): SolvedApplication => {
    // Every list is allocated at its final length: grown by push, a list of two units kept a
    // backing store of seventeen, and these lists survive with their answer. The surviving bytes
    // set the young-generation collections' cost, the larger part of the pool client's thread
    // on bench D (docs/benchmarks.md, "The pool client's thread").
    let nUsed = 0;
    let nRewarded = 0;
    for (let x = 0; x < h.nParts; x++) {
      const p = h.parts[x]!;
      for (let r = 0; r < p.nUsed; r++) nUsed += a[p.used + 2 * r + 1]!;
      for (let r = 0; r < p.nRewarded; r++) nRewarded += a[p.rewarded + 2 * r + 1]!;
    }
    nRewarded *= h.copies;
    const used = new Array<number>(nUsed);
    let rewarded = new Array<number>(nRewarded);
    const savings = new Array<bigint>(nRewarded);
    let nu = 0;
    let nr = 0;
    for (let x = 0; x < h.nParts; x++) {
      const p = h.parts[x]!;
      const base = nu;
      for (let r = 0; r < p.nUsed; r++) {
        const first = a[p.used + 2 * r]!;
        for (let u = first, end = first + a[p.used + 2 * r + 1]!; u < end; u++) used[nu++] = u;
      }
      if (h.copies === 1) {
        for (let r = 0; r < p.nRewarded; r++) {
          const first = a[p.rewarded + 2 * r]!;
          const each = amount(b, p.savings + r);
          for (let u = first, end = first + a[p.rewarded + 2 * r + 1]!; u < end; u++) {
            rewarded[nr] = u;
            savings[nr++] = each;
          }
        }
        continue;
      }
      // Copy 0's rewarded units as places in its block, then every copy's at the same places.
      const block = (nu - base) / h.copies;
      const places: number[] = [];
      const each: bigint[] = [];
      let place = base;
      for (let r = 0; r < p.nRewarded; r++) {
        const first = a[p.rewarded + 2 * r]!;
        const saving = amount(b, p.savings + r);
        for (let u = first, end = first + a[p.rewarded + 2 * r + 1]!; u < end; u++) {
          while (used[place] !== u) place++;
          places.push(place - base);
          each.push(saving);
        }
      }
      for (let k = 0; k < h.copies; k++) {
        for (let x = 0; x < places.length; x++) {
          rewarded[nr] = used[base + k * block + places[x]!]!;
          savings[nr++] = each[x]!;
        }
      }
    }
    // Most applications reward every unit they use (a unit deal): the two lists are then one
    // array, read-only like every output list, instead of an equal copy kept with the answer.
    let same = nRewarded === nUsed;
    for (let k = 0; same && k < nUsed; k++) same = rewarded[k] === used[k];
    if (same) rewarded = used;
    const { promotion, tier, copies, saving, clipped } = h;
    return copies > 1 ? { promotion, tier, copies, used, rewarded, savings, saving, clipped } : { promotion, tier, used, rewarded, savings, saving, clipped };
  });
}

/**
 * Decodes one level's output for a `RunInput`: the module numbers units in run order, so each
 * range it returns becomes the caller's ranges, split where it crosses a run; a counted record
 * comes laid out in strata (solver/runs.ts `strataOf`), read off copy 0's savings per line.
 */
export function decodeRunOutput(a: Int32Array, b: BigInt64Array, at: DecodeCursor, runs: readonly SolverRun[]): RunOutput {
  const starts = localStarts(runs);
  return readOutput(a, b, at, (h): RunApplication => {
    const used: UnitRange[] = [];
    const rewarded: UnitRange[] = [];
    const savings: bigint[] = [];
    for (let x = 0; x < h.nParts; x++) {
      const p = h.parts[x]!;
      const partUsed: UnitRange[] = [];
      for (let r = 0; r < p.nUsed; r++) {
        const first = a[p.used + 2 * r]!;
        partUsed.push({ from: first, to: first + a[p.used + 2 * r + 1]! });
      }
      for (const r of partUsed) forEachCallerRange(runs, starts, r.from, r.to - r.from, (x) => used.push(x));
      const reward = (from: number, n: number, each: bigint): void => forEachCallerRange(runs, starts, from, n, (x) => {
        rewarded.push(x);
        savings.push(each);
      });
      if (h.copies === 1) {
        for (let r = 0; r < p.nRewarded; r++) reward(a[p.rewarded + 2 * r]!, a[p.rewarded + 2 * r + 1]!, amount(b, p.savings + r));
        continue;
      }
      const perCopy: { n: number; saving: bigint }[] = [];
      for (let r = 0; r < p.nRewarded; r++) perCopy.push({ n: a[p.rewarded + 2 * r + 1]!, saving: amount(b, p.savings + r) });
      strataOf(partUsed, perCopy, h.copies, reward);
    }
    const { promotion, tier, copies, saving, clipped } = h;
    return copies > 1 ? { promotion, tier, copies, used, rewarded, savings, saving, clipped } : { promotion, tier, used, rewarded, savings, saving, clipped };
  });
}
