/**
 * The deal table of the per-call path: compiled item deals interned by content once per solver
 * instance and encoded for `loadDeals` (layout: ./layout.ts).
 */
import type { CompiledItemDeal } from '../engine/solver/types.ts';
import { COMBINATION, REWARD, TARGET, THRESHOLD, type Sections } from './layout.ts';
import { SectionWriter } from './writer.ts';

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
  /**
   * Last index seen per tiers array: deals built from one compiled rule share it (bench D, a
   * memoized compile), and then five field comparisons replace hashing every tier.
   */
  private byTiers = new WeakMap<object, number>();

  get size(): number {
    return this.all.length;
  }

  /** How many deals `takePending` has encoded since construction (a cache observable for tests). */
  get encodedDeals(): number {
    return this.encoded;
  }

  index(deal: CompiledItemDeal): number {
    const seen = this.byTiers.get(deal.tiers);
    if (seen !== undefined && sameDeal(this.all[seen]!, deal)) return seen;
    const h = dealHash(deal);
    const head = this.first.get(h);
    for (let i = head ?? -1; i >= 0; i = this.next[i]!) {
      if (sameDeal(this.all[i]!, deal)) {
        this.byTiers.set(deal.tiers, i);
        return i;
      }
    }
    const i = this.all.length;
    this.byTiers.set(deal.tiers, i);
    this.all.push(deal);
    this.pending.push(deal);
    this.next.push(head ?? -1);
    this.first.set(h, i);
    return i;
  }

  /** Forgets every deal (the solver must reset its module table too); indices start again at 0. */
  clear(): void {
    this.first = new Map();
    this.byTiers = new WeakMap();
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

