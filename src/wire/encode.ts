/**
 * The ONE encoder of solver input (layout: ./layout.ts). Deals are interned once per solver
 * instance (`DealTable`); per basket only units, availability and promotion roles cross.
 */
import type { CompiledItemDeal, SolveInput, SolverPromotion } from '../engine/solver/types.ts';
import { rankOrder } from '../engine/solver/solve.ts';
import { COMBINATION, LEVEL_HEADER, LEVEL_MAGIC, MAX_APPLICATIONS, POLICY, REWARD, TARGET, THRESHOLD, type Sections } from './layout.ts';

/** Growable pair of sections. */
export class SectionWriter {
  i32 = new Int32Array(1024);
  i64 = new BigInt64Array(512);
  n32 = 0;
  n64 = 0;

  ensure(more32: number, more64: number): void {
    if (this.n32 + more32 > this.i32.length) {
      const next = new Int32Array(Math.max(this.i32.length * 2, this.n32 + more32));
      next.set(this.i32.subarray(0, this.n32));
      this.i32 = next;
    }
    if (this.n64 + more64 > this.i64.length) {
      const next = new BigInt64Array(Math.max(this.i64.length * 2, this.n64 + more64));
      next.set(this.i64.subarray(0, this.n64));
      this.i64 = next;
    }
  }

  /** The written part (views, not copies). */
  sections(): Sections {
    return { i32: this.i32.subarray(0, this.n32), i64: this.i64.subarray(0, this.n64) };
  }

  reset(): void {
    this.n32 = 0;
    this.n64 = 0;
  }
}

/** Structural key of a compiled deal: equal keys, equal solver behaviour. */
export function dealKey(d: CompiledItemDeal): string {
  let key = `${d.combination}|${d.target}|${d.rewardCount}|${d.maxDiscount ?? ''}`;
  for (const t of d.tiers) {
    const th = t.threshold;
    const r = t.reward;
    key += `|${th.kind}:${th.kind === 'spendsAtLeast' ? th.amount : th.quantity}:${r.kind}:${r.kind === 'percent' ? r.bp : r.amount}`;
  }
  return key;
}

const mix = (h: number, v: number): number => Math.imul(h ^ v, 0x01000193) >>> 0;

/** Hash of everything `sameDeal` compares (amounts folded lossily: equality is checked exactly). */
function dealHash(d: CompiledItemDeal): number {
  let h = mix(mix(mix(0x811c9dc5, COMBINATION[d.combination]), TARGET[d.target]), d.rewardCount);
  h = mix(h, d.maxDiscount === undefined ? -1 : Number(d.maxDiscount) | 0);
  for (const t of d.tiers) {
    const th = t.threshold;
    const r = t.reward;
    h = mix(mix(h, THRESHOLD[th.kind]), th.kind === 'spendsAtLeast' ? Number(th.amount) | 0 : th.quantity);
    h = mix(mix(h, REWARD[r.kind]), r.kind === 'percent' ? r.bp : Number(r.amount) | 0);
  }
  return h;
}

/** Field-by-field equality of two compiled deals (what the solver reads of them). */
function sameDeal(x: CompiledItemDeal, y: CompiledItemDeal): boolean {
  if (x.combination !== y.combination || x.target !== y.target || x.rewardCount !== y.rewardCount) return false;
  if (x.maxDiscount !== y.maxDiscount || x.tiers.length !== y.tiers.length) return false;
  if (x.tiers === y.tiers) return true;
  for (let k = 0; k < x.tiers.length; k++) {
    const a = x.tiers[k]!;
    const b = y.tiers[k]!;
    const ta = a.threshold;
    const tb = b.threshold;
    if (ta.kind !== tb.kind) return false;
    if (ta.kind === 'spendsAtLeast' ? ta.amount !== (tb as typeof ta).amount : ta.quantity !== (tb as typeof ta).quantity) return false;
    const ra = a.reward;
    const rb = b.reward;
    if (ra.kind !== rb.kind) return false;
    if (ra.kind === 'percent' ? ra.bp !== (rb as typeof ra).bp : ra.amount !== (rb as typeof ra).amount) return false;
  }
  return true;
}

/**
 * Interns compiled deals by content (never by position): equal deals compiled twice, as the
 * pipeline does per basket, share one entry, and a different deal never reuses another's index.
 * The lookup is a numeric hash plus an exact field comparison, so a call whose deals are all known
 * allocates nothing for them. `index(deal)` returns the deal's table index; deals not yet in the
 * solver are collected until `takePending()` encodes them for `loadDeals`.
 * @example const t = new DealTable(); t.index(deal) // 0; t.takePending() // sections with 1 deal
 */
export class DealTable {
  /** hash → first index with that hash; `next[i]` chains the others (-1 ends). */
  private first = new Map<number, number>();
  private next: number[] = [];
  private pending: CompiledItemDeal[] = [];
  private all: CompiledItemDeal[] = [];
  private encoded = 0;

  get size(): number {
    return this.all.length;
  }

  /** How many deals `takePending` has encoded since construction (a cache observable for tests). */
  get encodedDeals(): number {
    return this.encoded;
  }

  index(deal: CompiledItemDeal): number {
    const h = dealHash(deal);
    const head = this.first.get(h);
    for (let i = head ?? -1; i >= 0; i = this.next[i]!) if (sameDeal(this.all[i]!, deal)) return i;
    const i = this.all.length;
    this.all.push(deal);
    this.pending.push(deal);
    this.next.push(head ?? -1);
    this.first.set(h, i);
    return i;
  }

  /** Forgets every deal (the solver must reset its module table too); indices start again at 0. */
  clear(): void {
    this.first = new Map();
    this.next = [];
    this.pending = [];
    this.all = [];
  }

  /** The whole table encoded (for a fresh solver instance, e.g. a worker). */
  encodeAll(): Sections {
    return encodeDeals(this.all);
  }

  /** Encoded deals added since the last call, or undefined when none. */
  takePending(): Sections | undefined {
    if (this.pending.length === 0) return undefined;
    const s = encodeDeals(this.pending);
    this.encoded += this.pending.length;
    this.pending = [];
    return s;
  }
}

/** Deal table sections for `deals` in order. */
export function encodeDeals(deals: readonly CompiledItemDeal[]): Sections {
  const w = new SectionWriter();
  w.ensure(1, 0);
  w.i32[w.n32++] = deals.length;
  for (const d of deals) {
    w.ensure(5 + 4 * d.tiers.length, 1 + 2 * d.tiers.length);
    w.i32[w.n32++] = COMBINATION[d.combination];
    w.i32[w.n32++] = TARGET[d.target];
    w.i32[w.n32++] = d.rewardCount;
    w.i32[w.n32++] = d.tiers.length;
    w.i32[w.n32++] = d.maxDiscount === undefined ? 0 : 1;
    w.i64[w.n64++] = d.maxDiscount ?? 0n;
    for (const t of d.tiers) {
      const th = t.threshold;
      const r = t.reward;
      w.i32[w.n32++] = THRESHOLD[th.kind];
      w.i32[w.n32++] = th.kind === 'spendsAtLeast' ? 0 : th.quantity;
      w.i32[w.n32++] = REWARD[r.kind];
      w.i32[w.n32++] = r.kind === 'percent' ? r.bp : 0;
      w.i64[w.n64++] = th.kind === 'spendsAtLeast' ? th.amount : 0n;
      w.i64[w.n64++] = r.kind === 'percent' ? 0n : r.amount;
    }
  }
  return w.sections();
}

/** A basket's units as they cross (availability slots left 0, patched per level). */
interface UnitBlock {
  readonly i32: Int32Array;
  readonly i64: BigInt64Array;
}

const unitBlocks = new WeakMap<object, UnitBlock>();

/**
 * The units part of a level. Product ids become their rank in string order among the level's
 * products (order and equality survive). The levels of one basket share their (readonly) units
 * array, so the block is built once per basket and copied per level.
 */
function unitBlock(units: SolveInput['units']): UnitBlock {
  let block = unitBlocks.get(units);
  if (block === undefined) {
    const ids = [...new Set(units.map((u) => u.productId))].sort();
    const ranks = new Map(ids.map((id, i) => [id, i]));
    const a = new Int32Array(4 * units.length);
    const b = new BigInt64Array(3 * units.length);
    for (let u = 0, i = 0, j = 0; u < units.length; u++) {
      const x = units[u]!;
      a[i++] = x.line;
      a[i++] = x.unit;
      a[i++] = ranks.get(x.productId)!;
      i++;
      b[j++] = x.price;
      b[j++] = x.customerPrice;
      b[j++] = x.floor;
    }
    block = { i32: a, i64: b };
    unitBlocks.set(units, block);
  }
  return block;
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

/**
 * Appends one level to `w`, its promotions' deals interned in `deals`.
 * @example encodeLevel(w, deals, input); w.sections().i32[0] === LEVEL_MAGIC
 */
export function encodeLevel(w: SectionWriter, deals: DealTable, input: SolveInput): void {
  const U = input.units.length;
  const P = input.promotions.length;
  let lists = 0;
  for (const p of input.promotions) lists += p.qualifying.length + p.benefit.length;
  const len32 = LEVEL_HEADER + 4 * U + 6 * P + lists;
  const len64 = 1 + 3 * U + P;
  w.ensure(len32, len64);
  const a = w.i32;
  const b = w.i64;
  let i = w.n32;
  let j = w.n64;
  a[i++] = LEVEL_MAGIC;
  a[i++] = POLICY[input.policy];
  a[i++] = U;
  a[i++] = P;
  a[i++] = len32;
  a[i++] = len64;
  b[j++] = BigInt(Math.min(Math.max(Math.floor(input.searchBudget), 0), Number.MAX_SAFE_INTEGER));
  const block = unitBlock(input.units);
  a.set(block.i32, i);
  b.set(block.i64, j);
  for (let u = 0; u < U; u++) a[i + 4 * u + 3] = input.available[u] === true ? 1 : 0;
  i += 4 * U;
  j += 3 * U;
  for (const p of input.promotions) {
    a[i++] = deals.index(p);
    a[i++] = Math.min(p.maxApplications, MAX_APPLICATIONS);
    a[i++] = p.budget === undefined ? 0 : 1;
    a[i++] = p.qualifying.length;
    a[i++] = p.benefit.length;
    b[j++] = p.budget ?? 0n;
  }
  if (inRankOrder(input.promotions)) {
    for (let k = 0; k < P; k++) a[i++] = k;
  } else {
    const rank = rankOrder(input);
    for (let k = 0; k < P; k++) a[i++] = rank[k]!;
  }
  for (const p of input.promotions) {
    for (const u of p.qualifying) a[i++] = u;
    for (const u of p.benefit) a[i++] = u;
  }
  w.n32 = i;
  w.n64 = j;
}
