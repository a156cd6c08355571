/**
 * The ONE writer of the level layout (./layout.ts): units, availability and the promotions that
 * touch at least one available unit. `encodeLevel` is the per-call path (deals interned in a
 * `DealTable`); the bundle path (./bundle.ts) writes the same layout with bundle references.
 */
import type { SolveInput, SolverPromotion, SolverUnit } from '../engine/solver/types.ts';
import { LEVEL_HEADER, LEVEL_MAGIC, MAX_APPLICATIONS, POLICY, PROMOTION_HEAD } from './layout.ts';
import type { DealTable } from './deal-table.ts';
import type { SectionWriter } from './writer.ts';
import { rankProducts } from './product-codes.ts';

// The last units array's part of a level, kept for the next level of the same basket (only the
// availability slots are patched per level): a basket's 20 levels copy it instead of reading
// every unit and converting its prices again (bench B, 1,000 units: 0.19–0.27 → 0.13–0.16 ms a
// basket). Reused buffers, so a batch of baskets allocates nothing here.
let blockI32 = new Int32Array(1024);
let blockI64 = new BigInt64Array(768);
let blockUnits: readonly SolverUnit[] | undefined;

function unitBlock(units: readonly SolverUnit[]): { i32: Int32Array; i64: BigInt64Array } {
  const U = units.length;
  if (units !== blockUnits) {
    blockUnits = undefined;
    const ranks = rankProducts(units);
    if (blockI32.length < 4 * U) blockI32 = new Int32Array(Math.max(4 * U, 2 * blockI32.length));
    if (blockI64.length < 3 * U) blockI64 = new BigInt64Array(Math.max(3 * U, 2 * blockI64.length));
    for (let u = 0, i = 0, j = 0; u < U; u++) {
      const x = units[u]!;
      blockI32[i++] = x.line;
      blockI32[i++] = x.unit;
      blockI32[i++] = ranks[u]!;
      i++;
      blockI64[j++] = x.price;
      blockI64[j++] = x.customerPrice;
      blockI64[j++] = x.floor;
    }
    blockUnits = units;
  }
  return { i32: blockI32.subarray(0, 4 * U), i64: blockI64.subarray(0, 3 * U) };
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

/** The level as `writeLevel` needs it: units, availability, policy, budget, promotions to send. */
export interface LevelShape {
  readonly units: readonly SolverUnit[];
  readonly available: readonly boolean[];
  readonly policy: SolveInput['policy'];
  readonly searchBudget: number;
}

/**
 * Appends one level: header, units, then the promotions at `positions` (indices into `promotions`)
 * with `refs[k]` as their reference, then (when `rank` is given) the rank order over the sent
 * promotions, then their unit lists. The one writer of the level layout (./layout.ts).
 */
export function writeLevel(
  w: SectionWriter, magic: number, level: LevelShape, promotions: readonly PromotionRoles[],
  positions: readonly number[], refs: readonly number[], rank: readonly number[] | undefined,
): void {
  const U = level.units.length;
  const P = positions.length;
  let lists = 0;
  for (const k of positions) lists += promotions[k]!.qualifying.length + promotions[k]!.benefit.length;
  const len32 = LEVEL_HEADER + 4 * U + PROMOTION_HEAD * P + (rank === undefined ? 0 : P) + lists;
  const len64 = 1 + 3 * U + P;
  w.ensure(len32, len64);
  const a = w.i32;
  const b = w.i64;
  let i = w.n32;
  let j = w.n64;
  a[i++] = magic;
  a[i++] = POLICY[level.policy];
  a[i++] = U;
  a[i++] = P;
  a[i++] = len32;
  a[i++] = len64;
  b[j++] = BigInt(Math.min(Math.max(Math.floor(level.searchBudget), 0), Number.MAX_SAFE_INTEGER));
  const block = unitBlock(level.units);
  a.set(block.i32, i);
  b.set(block.i64, j);
  for (let u = 0; u < U; u++) a[i + 4 * u + 3] = level.available[u] === true ? 1 : 0;
  i += 4 * U;
  j += 3 * U;
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
 * Appends one level to `w`, its promotions' deals interned in `deals`. Promotions touching no
 * available unit are left out (`touchesUnits`); the output still names promotions by their index
 * in `input.promotions`.
 * @example encodeLevel(w, deals, input); w.sections().i32[0] === LEVEL_MAGIC
 */
export function encodeLevel(w: SectionWriter, deals: DealTable, input: SolveInput): void {
  const ps = input.promotions;
  sent.length = 0;
  refs.length = 0;
  for (let k = 0; k < ps.length; k++) {
    if (!touchesUnits(ps[k]!, input.available)) continue;
    sent.push(k);
    refs.push(deals.index(ps[k]!));
  }
  // The reference's rank order (priority, id, position) restricted to the promotions sent. An
  // insertion sort (stable, so equal keys keep their position; no comparator closure): levels
  // are short and often nearly in order.
  rankSent.length = 0;
  for (let k = 0; k < sent.length; k++) rankSent.push(k);
  if (!inRankOrder(ps)) {
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
  writeLevel(w, LEVEL_MAGIC, input, ps, sent, refs, rankSent);
}
