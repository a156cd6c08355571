/**
 * Test-only mirror of engine-as/assembly/wire.ts: reads an encoded level back into plain values,
 * so the encoder's layout is checked from the TypeScript side without the WASM module. Like the
 * module, it expands runs into units numbered in run order, and promotions' run lists into units.
 */
import { BASKET_MAGIC, LEVEL_HEADER, LEVEL_MAGIC } from '../../src/wire/index.ts';

export interface DecodedLevel {
  /** LEVEL_MAGIC (refs are deals, rank crosses) or BASKET_MAGIC (refs are bundle promotions). */
  magic: number;
  policy: number;
  searchBudget: bigint;
  units: { line: number; unit: number; product: number; available: boolean; price: bigint; customerPrice: bigint; floor: bigint }[];
  /** The runs as they crossed. */
  runs: { line: number; unit: number; product: number; count: number; available: boolean; price: bigint; customerPrice: bigint; floor: bigint }[];
  promotions: { ref: number; position: number; maxApplications: number; budget: bigint | undefined; qualifying: number[]; benefit: number[] }[];
  /** Empty for BASKET_MAGIC (the solver ranks by the bundle table). */
  rank: number[];
}

export function decodeLevelSections(a: Int32Array, b: BigInt64Array, at = { i32: 0, i64: 0 }): DecodedLevel {
  let i = at.i32;
  let j = at.i64;
  const magic = a[i]!;
  if (magic !== LEVEL_MAGIC && magic !== BASKET_MAGIC) throw new Error('bad magic');
  const policy = a[i + 1]!;
  const R = a[i + 2]!;
  const P = a[i + 3]!;
  const len32 = a[i + 4]!;
  const len64 = a[i + 5]!;
  const start32 = i;
  const start64 = j;
  i += LEVEL_HEADER;
  const searchBudget = b[j++]!;
  const units: DecodedLevel['units'] = [];
  const runs: DecodedLevel['runs'] = [];
  const runStart: number[] = [];
  for (let r = 0; r < R; r++) {
    const run = { line: a[i++]!, unit: a[i++]!, product: a[i++]!, count: a[i++]!, available: a[i++] === 1, price: b[j++]!, customerPrice: b[j++]!, floor: b[j++]! };
    runs.push(run);
    runStart.push(units.length);
    for (let k = 0; k < run.count; k++) {
      units.push({ line: run.line, unit: run.unit + k, product: run.product, available: run.available, price: run.price, customerPrice: run.customerPrice, floor: run.floor });
    }
  }
  runStart.push(units.length);
  const unitsOf = (list: number[]): number[] => list.flatMap((r) => Array.from({ length: runStart[r + 1]! - runStart[r]! }, (_, k) => runStart[r]! + k));
  const heads: { ref: number; position: number; maxApplications: number; hasBudget: boolean; nq: number; nb: number; budget: bigint }[] = [];
  for (let p = 0; p < P; p++) heads.push({ ref: a[i++]!, position: a[i++]!, maxApplications: a[i++]!, hasBudget: a[i++] === 1, nq: a[i++]!, nb: a[i++]!, budget: b[j++]! });
  const rank: number[] = [];
  if (magic === LEVEL_MAGIC) for (let p = 0; p < P; p++) rank.push(a[i++]!);
  const promotions = heads.map((h) => {
    const qualifying = unitsOf(Array.from(a.subarray(i, i + h.nq)));
    i += h.nq;
    const benefit = unitsOf(Array.from(a.subarray(i, i + h.nb)));
    i += h.nb;
    return { ref: h.ref, position: h.position, maxApplications: h.maxApplications, budget: h.hasBudget ? h.budget : undefined, qualifying, benefit };
  });
  if (i - start32 !== len32 || j - start64 !== len64) throw new Error('lengths disagree');
  at.i32 = i;
  at.i64 = j;
  return { magic, policy, searchBudget, units, runs, promotions, rank };
}
