/**
 * The ONE writer of the level layout (./layout.ts): units, availability and the promotions that
 * touch at least one available unit. `encodeLevel` is the per-call path (deals interned in a
 * `DealTable`); the bundle path (./bundle.ts) writes the same layout with bundle references.
 */
import type { RunInput, SolveInput, SolverPromotion, SolverRun, SolverUnit } from '../engine/solver/types.ts';
import { LEVEL_HEADER, LEVEL_MAGIC, MAX_APPLICATIONS, POLICY, PROMOTION_HEAD, RUN_SLOTS } from './layout.ts';
import type { DealTable } from './deal-table.ts';
import type { SectionWriter } from './writer.ts';
import { rankProducts } from './product-codes.ts';

// The last units array's part of a level, kept for the next level of the same basket (only the
// availability slots are patched per level): a basket's 20 levels copy it instead of reading
// every unit and converting its prices again (bench B, 1,000 units: 0.19–0.27 → 0.13–0.16 ms a
// basket). Reused buffers, so a batch of baskets allocates nothing here.
let blockI32 = new Int32Array(1280);
let blockI64 = new BigInt64Array(768);
let blockUnits: readonly SolverUnit[] | undefined;

/** A level's units as the wire takes them: RUN_SLOTS i32 and 3 i64 slots per run. */
export interface UnitBlock {
  readonly i32: Int32Array;
  readonly i64: BigInt64Array;
  readonly runs: number;
}

/**
 * Fills the block with `n` runs: the i-th is `items[i]` with `count(i)` units (its availability slot
 * is the caller's). Reused buffers, grown by doubling.
 */
function fillBlock(n: number, items: readonly SolverUnit[], count: (i: number) => number): void {
  const ranks = rankProducts(items);
  if (blockI32.length < RUN_SLOTS * n) blockI32 = new Int32Array(Math.max(RUN_SLOTS * n, 2 * blockI32.length));
  if (blockI64.length < 3 * n) blockI64 = new BigInt64Array(Math.max(3 * n, 2 * blockI64.length));
  for (let r = 0, i = 0, j = 0; r < n; r++, i += RUN_SLOTS) {
    const x = items[r]!;
    blockI32[i] = x.line;
    blockI32[i + 1] = x.unit;
    blockI32[i + 2] = ranks[r]!;
    blockI32[i + 3] = count(r);
    blockI64[j++] = x.price;
    blockI64[j++] = x.customerPrice;
    blockI64[j++] = x.floor;
  }
}

const one = (): number => 1;

/** The per-unit contract's units as runs of one unit each (unit index = run index). */
export function unitBlock(units: readonly SolverUnit[], available: readonly boolean[]): UnitBlock {
  const U = units.length;
  if (units !== blockUnits) {
    blockUnits = undefined;
    fillBlock(U, units, one);
    blockUnits = units;
  }
  for (let u = 0; u < U; u++) blockI32[RUN_SLOTS * u + 4] = available[u] === true ? 1 : 0;
  return { i32: blockI32.subarray(0, RUN_SLOTS * U), i64: blockI64.subarray(0, 3 * U), runs: U };
}

/** The run contract's runs, every unit available. */
function runBlock(runs: readonly SolverRun[]): UnitBlock {
  const R = runs.length;
  blockUnits = undefined;
  fillBlock(R, runs, (r) => runs[r]!.count);
  for (let r = 0; r < R; r++) blockI32[RUN_SLOTS * r + 4] = 1;
  return { i32: blockI32.subarray(0, RUN_SLOTS * R), i64: blockI64.subarray(0, 3 * R), runs: R };
}

/**
 * True when the promotions already stand in the reference's rank order (priority, then id, then
 * position): the pipeline sorts each level by id, so the sort is usually skipped in O(P).
 */
function inRankOrder(ps: readonly SolverPromotion[]): boolean {
  for (let k = 1; k < ps.length; k++) {
    const x = ps[k - 1]!;
    const y = ps[k]!;
    if (x.priority !== y.priority) {
      if (x.priority > y.priority) return false;
    } else if (x.id > y.id) return false;
  }
  return true;
}

/** What a level's promotion contributes besides its reference (deal or bundle promotion). */
export interface PromotionRoles {
  readonly qualifying: readonly number[];
  readonly benefit: readonly number[];
  readonly maxApplications: number;
  readonly budget?: bigint;
}

/**
 * A promotion with no available qualifying or benefit unit belongs to no group and so to no
 * conflict component (solver groups.ts): it can make no application and costs no node, so it
 * stays off the wire.
 */
export function touchesUnits(p: PromotionRoles, available: readonly boolean[]): boolean {
  const q = p.qualifying;
  for (let i = 0; i < q.length; i++) if (available[q[i]!] === true) return true;
  const b = p.benefit;
  for (let i = 0; i < b.length; i++) if (available[b[i]!] === true) return true;
  return false;
}

/** What `writeLevel` needs of a level besides its units and promotions. */
export interface LevelShape {
  readonly policy: SolveInput['policy'];
  readonly searchBudget: number;
}

/**
 * Appends one level: header, its units as runs, then the promotions at `positions` (indices into
 * `promotions`, whose lists index the runs) with `refs[k]` as their reference, then (when `rank`
 * is given) the rank order over the sent promotions, then their run lists. The one writer of the
 * level layout (./layout.ts).
 */
export function writeLevel(
  w: SectionWriter, magic: number, level: LevelShape, block: UnitBlock, promotions: readonly PromotionRoles[],
  positions: readonly number[], refs: readonly number[], rank: readonly number[] | undefined,
): void {
  const R = block.runs;
  const P = positions.length;
  let lists = 0;
  for (const k of positions) lists += promotions[k]!.qualifying.length + promotions[k]!.benefit.length;
  const len32 = LEVEL_HEADER + RUN_SLOTS * R + PROMOTION_HEAD * P + (rank === undefined ? 0 : P) + lists;
  const len64 = 1 + 3 * R + P;
  w.ensure(len32, len64);
  const a = w.i32;
  const b = w.i64;
  let i = w.n32;
  let j = w.n64;
  a[i++] = magic;
  a[i++] = POLICY[level.policy];
  a[i++] = R;
  a[i++] = P;
  a[i++] = len32;
  a[i++] = len64;
  b[j++] = BigInt(Math.min(Math.max(Math.floor(level.searchBudget), 0), Number.MAX_SAFE_INTEGER));
  a.set(block.i32, i);
  b.set(block.i64, j);
  i += RUN_SLOTS * R;
  j += 3 * R;
  for (let k = 0; k < P; k++) {
    const p = promotions[positions[k]!]!;
    a[i++] = refs[k]!;
    a[i++] = positions[k]!;
    a[i++] = Math.min(p.maxApplications, MAX_APPLICATIONS);
    a[i++] = p.budget === undefined ? 0 : 1;
    a[i++] = p.qualifying.length;
    a[i++] = p.benefit.length;
    b[j++] = p.budget ?? 0n;
  }
  if (rank !== undefined) for (let k = 0; k < P; k++) a[i++] = rank[k]!;
  for (const k of positions) {
    const p = promotions[k]!;
    for (const u of p.qualifying) a[i++] = u;
    for (const u of p.benefit) a[i++] = u;
  }
  w.n32 = i;
  w.n64 = j;
}

// Scratch lists reused by every call (encoding allocates nothing per promotion).
const sent: number[] = [];
const refs: number[] = [];
const rankSent: number[] = [];

/**
 * The promotions that cross (those `touches` accepts), their deals interned in `deals`, and the
 * reference's rank order (priority, id, position) over them. An insertion sort (stable, so equal
 * keys keep their position; no comparator closure): levels are short and often nearly in order.
 */
function selectPromotions(deals: DealTable, ps: readonly SolverPromotion[], touches: (p: SolverPromotion) => boolean): void {
  sent.length = 0;
  refs.length = 0;
  for (let k = 0; k < ps.length; k++) {
    if (!touches(ps[k]!)) continue;
    sent.push(k);
    refs.push(deals.index(ps[k]!));
  }
  rankSent.length = 0;
  for (let k = 0; k < sent.length; k++) rankSent.push(k);
  if (inRankOrder(ps)) return;
  for (let i = 1; i < rankSent.length; i++) {
    const x = rankSent[i]!;
    const px = ps[sent[x]!]!;
    let j = i - 1;
    for (; j >= 0; j--) {
      const py = ps[sent[rankSent[j]!]!]!;
      if (py.priority < px.priority || (py.priority === px.priority && py.id <= px.id)) break;
      rankSent[j + 1] = rankSent[j]!;
    }
    rankSent[j + 1] = x;
  }
}

/**
 * Appends one level to `w`, its promotions' deals interned in `deals`. Promotions touching no
 * available unit are left out (`touchesUnits`); the output still names promotions by their index
 * in `input.promotions`.
 * @example encodeLevel(w, deals, input); w.sections().i32[0] === LEVEL_MAGIC
 */
export function encodeLevel(w: SectionWriter, deals: DealTable, input: SolveInput): void {
  selectPromotions(deals, input.promotions, (p) => touchesUnits(p, input.available));
  writeLevel(w, LEVEL_MAGIC, input, unitBlock(input.units, input.available), input.promotions, sent, refs, rankSent);
}

/** `encodeLevel` for the run contract: a promotion crosses when it lists a run. */
export function encodeRuns(w: SectionWriter, deals: DealTable, input: RunInput): void {
  selectPromotions(deals, input.promotions, (p) => p.qualifying.length + p.benefit.length > 0);
  writeLevel(w, LEVEL_MAGIC, input, runBlock(input.runs), input.promotions, sent, refs, rankSent);
}
