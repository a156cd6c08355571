/**
 * The report's exact, mergeable accumulator: sums of bigint minor units and counts, nothing
 * derived. Averages, shares and rates are computed only when the report is written, so merging
 * two accumulators (shards) and writing gives the same report as one run over all the orders.
 */
import type { OrderFigures } from './order-figures.ts';
import { addHashes } from './fingerprint.ts';
import { compareKeys } from './order-key.ts';
import type { ReplayNote, ReplaySolverName, ShardPlan } from './types.ts';

export interface Sums {
  orders: number;
  ordersWithSaving: number;
  gross: bigint;
  customerPriceSaving: bigint;
  saving: bigint;
}

export interface PromotionSums {
  orders: number;
  applications: number;
  units: number;
  saving: bigint;
  limitReached: number;
  budgetExhausted: number;
  budgetCapped: number;
}

export interface TopEntry {
  readonly orderId: string;
  readonly customerId?: string;
  readonly at: string;
  readonly atMs: number;
  readonly gross: bigint;
  readonly saving: bigint;
  readonly promotionIds: readonly string[];
}

/** What must be equal for two accumulators to merge. */
export interface ReportIdentity {
  readonly currency: string;
  readonly timeZone: string;
  readonly bundleName: string;
  readonly revision?: string;
  /** The bundle's promotions, in bundle order. */
  readonly promotions: readonly { readonly id: string; readonly name: string }[];
  readonly solver: ReplaySolverName;
  readonly sharding: { readonly kind: ShardPlan['kind']; readonly shards: number };
  readonly topN: number;
  readonly edges: readonly bigint[];
}

export const emptySums = (): Sums => ({ orders: 0, ordersWithSaving: 0, gross: 0n, customerPriceSaving: 0n, saving: 0n });
const emptyPromotion = (): PromotionSums => ({ orders: 0, applications: 0, units: 0, saving: 0n, limitReached: 0, budgetExhausted: 0, budgetCapped: 0 });

export function addSums(into: Sums, from: Sums): void {
  into.orders += from.orders;
  into.ordersWithSaving += from.ordersWithSaving;
  into.gross += from.gross;
  into.customerPriceSaving += from.customerPriceSaving;
  into.saving += from.saving;
}

/** Biggest saving first, then the earlier order, then the smaller id: a total order. */
export function compareTop(a: TopEntry, b: TopEntry): number {
  if (a.saving !== b.saving) return a.saving > b.saving ? -1 : 1;
  return compareKeys(a.atMs, a.orderId, b.atMs, b.orderId);
}

export class ReportAccumulator {
  readonly totals = emptySums();
  lines = 0;
  units = 0;
  readonly promotions = new Map<string, PromotionSums>();
  readonly byOutlet = new Map<string, Sums>();
  readonly byChannel = new Map<string, Sums>();
  readonly byDay = new Map<string, Sums>();
  readonly histogram: { orders: number; saving: bigint }[];
  top: TopEntry[] = [];
  notOptimal = 0;
  failed = 0;
  fingerprint = 0n;
  /** Notes from the shard plan (counted notes are derived when the report is written). */
  readonly notes: ReplayNote[] = [];

  constructor(readonly identity: ReportIdentity) {
    this.histogram = Array.from({ length: identity.edges.length + 1 }, () => ({ orders: 0, saving: 0n }));
    for (const p of identity.promotions) this.promotions.set(p.id, emptyPromotion());
  }

  /** Adds one replayed order; `day` is its local date in the bundle's zone, `hash` its `orderHash`. */
  add(f: OrderFigures, day: string, hash: bigint): void {
    const one: Sums = { orders: 1, ordersWithSaving: f.saving > 0n ? 1 : 0, gross: f.gross, customerPriceSaving: f.customerPriceSaving, saving: f.saving };
    addSums(this.totals, one);
    this.lines += f.lines;
    this.units += f.units;
    addSums(group(this.byOutlet, f.outlet), one);
    addSums(group(this.byChannel, f.channel), one);
    addSums(group(this.byDay, day), one);
    const bucket = this.histogram[bucketIndex(f.saving, this.identity.edges)]!;
    bucket.orders++;
    bucket.saving += f.saving;
    for (const a of f.applied) {
      const p = this.promotion(a.promotionId);
      p.orders++;
      p.applications += a.applications;
      p.units += a.units;
      p.saving += a.saving;
    }
    for (const h of f.limitHits) this.promotion(h.promotionId)[h.kind]++;
    if (!f.optimal) this.notOptimal++;
    if (f.failed) this.failed++;
    this.fingerprint = addHashes(this.fingerprint, hash);
    if (f.saving > 0n) {
      this.offerTop({
        orderId: f.orderId, ...(f.customerId === undefined ? {} : { customerId: f.customerId }), at: f.at, atMs: f.atMs,
        gross: f.gross, saving: f.saving, promotionIds: f.applied.map((a) => a.promotionId),
      });
    }
  }

  /** Adds everything `other` holds (same identity, checked by the caller). */
  merge(other: ReportAccumulator): void {
    addSums(this.totals, other.totals);
    this.lines += other.lines;
    this.units += other.units;
    for (const [id, s] of other.promotions) {
      const p = this.promotion(id);
      p.orders += s.orders;
      p.applications += s.applications;
      p.units += s.units;
      p.saving += s.saving;
      p.limitReached += s.limitReached;
      p.budgetExhausted += s.budgetExhausted;
      p.budgetCapped += s.budgetCapped;
    }
    for (const [from, into] of [[other.byOutlet, this.byOutlet], [other.byChannel, this.byChannel], [other.byDay, this.byDay]] as const) {
      for (const [key, s] of from) addSums(group(into, key), s);
    }
    other.histogram.forEach((b, i) => {
      this.histogram[i]!.orders += b.orders;
      this.histogram[i]!.saving += b.saving;
    });
    for (const t of other.top) this.offerTop(t);
    this.notOptimal += other.notOptimal;
    this.failed += other.failed;
    this.fingerprint = addHashes(this.fingerprint, other.fingerprint);
    for (const n of other.notes) this.note(n);
  }

  /** Keeps a plan note once (by code and message). */
  note(n: ReplayNote): void {
    if (!this.notes.some((x) => x.code === n.code && x.message === n.message)) this.notes.push(n);
  }

  private promotion(id: string): PromotionSums {
    let p = this.promotions.get(id);
    if (p === undefined) {
      p = emptyPromotion();
      this.promotions.set(id, p);
    }
    return p;
  }

  /** Keeps the `topN` biggest in order; insertion into a short sorted list. */
  private offerTop(t: TopEntry): void {
    const n = this.identity.topN;
    if (n === 0) return;
    if (this.top.length === n && compareTop(t, this.top[n - 1]!) >= 0) return;
    let i = this.top.length;
    while (i > 0 && compareTop(t, this.top[i - 1]!) < 0) i--;
    this.top.splice(i, 0, t);
    if (this.top.length > n) this.top.pop();
  }
}

function group(map: Map<string, Sums>, key: string): Sums {
  let s = map.get(key);
  if (s === undefined) {
    s = emptySums();
    map.set(key, s);
  }
  return s;
}

/** 0 for no saving, i for edges[i-1] < s ≤ edges[i], the last above the top edge. */
function bucketIndex(saving: bigint, edges: readonly bigint[]): number {
  for (let i = 0; i < edges.length; i++) if (saving <= edges[i]!) return i;
  return edges.length;
}
