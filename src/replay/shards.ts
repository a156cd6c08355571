/**
 * Splitting a history into shards that can run anywhere (worker threads, queue workers) and still
 * give the exact result. Replay state is per customer (uses, budgets, points) except for a few
 * things shared by all customers; while a bundle has none of those, each customer's orders only
 * need to stay together and in time order, so shards by customer are exact.
 */
import type { Bundle, Order } from '../domain/index.ts';
import { sortForReplay } from './order-key.ts';
import type { PlanShardsOptions, ReplayNote, Shard, ShardPlan } from './types.ts';

/** Promotions whose state is shared by all customers, and why. */
export interface PromotionWideState {
  readonly promotionIds: readonly string[];
  readonly reasons: readonly string[];
}

/**
 * What ties customers together in `bundle` for these orders:
 * - a `maxUsesTotal` on an active promotion;
 * - a coupon code with a use limit that is not bound to one customer (`discountCode` codes are unlimited);
 * - generated codes not bound to the customer who received them (`bindToCustomer: false`), or
 *   issued on orders without a customer (then nobody owns them);
 * - staff allowed to force codes through (`couponOverride`), which lets one customer use another's code.
 * @example promotionWideState(bundle, orders).promotionIds // ['gift-tote']
 */
export function promotionWideState(bundle: Bundle, orders: readonly Order[]): PromotionWideState {
  const ids = new Set<string>();
  const reasons: string[] = [];
  const active = bundle.promotions.filter((p) => p.status === 'active');
  for (const p of active) {
    if (p.limits?.maxUsesTotal !== undefined) {
      ids.add(p.id);
      reasons.push(`${p.id} has a total use limit (maxUsesTotal ${p.limits.maxUsesTotal})`);
    }
  }
  const byId = new Map(active.map((p) => [p.id, p]));
  for (const c of bundle.coupons) {
    const p = byId.get(c.promotionId);
    if (p === undefined || c.maxUses === null || c.customerId !== undefined) continue;
    if (p.trigger.kind === 'coupon' && p.trigger.flavour === 'discountCode') continue;
    if (!ids.has(p.id)) reasons.push(`${p.id} has codes with a use limit shared by all customers (e.g. "${c.code}")`);
    ids.add(p.id);
  }
  const anonymous = orders.some((o) => o.customer === undefined);
  for (const p of active) {
    if (p.trigger.kind !== 'generatedCoupon') continue;
    if (!p.trigger.bindToCustomer) {
      ids.add(p.id);
      reasons.push(`${p.id}'s generated codes are not bound to a customer`);
    } else if (anonymous) {
      ids.add(p.id);
      reasons.push(`${p.id}'s generated codes are unbound on orders without a customer`);
    }
  }
  if (orders.some((o) => o.coupons.length > 0 && (o.user?.permissions.includes('couponOverride') ?? false))) {
    reasons.push('staff force codes through (couponOverride) on some orders, so a code can pass between customers');
    for (const p of active) if (p.trigger.kind === 'coupon' || p.trigger.kind === 'generatedCoupon') ids.add(p.id);
  }
  return { promotionIds: [...ids], reasons };
}

/**
 * The shard a customer's orders go to (orders without a customer spread by order id): a 32-bit
 * FNV-1a hash, so any process — a worker thread, a queue producer — computes the same split.
 * @example shardOf('c-1001', 'o-1', 4) // 0..3
 */
export function shardOf(customerId: string | undefined, orderId: string, shards: number): number {
  const key = customerId === undefined ? `\u0000${orderId}` : customerId;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

/**
 * Sorts the history into replay order and splits it: by customer when that is exact (or when
 * `approximate` is asked for), else into one time-ordered shard. The notes say which and why.
 * @example planShards(bundle, orders, { shards: 2 }).shards.length // 2, or 1 with a promotion-wide limit
 */
export function planShards(bundle: Bundle, orders: readonly Order[], options: PlanShardsOptions = {}): ShardPlan {
  const sorted = sortForReplay(orders);
  const wanted = Math.max(1, Math.floor(options.shards ?? 1));
  const wide = promotionWideState(bundle, sorted);
  const notes: ReplayNote[] = [];
  const shared = wide.promotionIds.length > 0;
  if (shared) {
    notes.push(
      options.approximate === true && wanted > 1
        ? { code: 'approximated-promotion-wide-limits', promotionIds: wide.promotionIds, message: `Shards ran in parallel although state is shared by all customers (${wide.reasons.join('; ')}); each shard counted its own uses, so these promotions' figures are approximate.` }
        : { code: 'promotion-wide-state', promotionIds: wide.promotionIds, message: `The history ran as one time-ordered shard because state is shared by all customers: ${wide.reasons.join('; ')}.` },
    );
  }
  if (wanted === 1 || (shared && options.approximate !== true)) {
    return { kind: 'single', shards: [{ index: 0, orders: sorted }], notes };
  }
  if (!shared) {
    notes.push({ code: 'sharded-by-customer', message: `The history ran in ${wanted} shards by customer; every piece of replay state belongs to one customer, so the result is exact.` });
  }
  const buckets: Order[][] = Array.from({ length: wanted }, () => []);
  for (const o of sorted) buckets[shardOf(o.customer?.id, o.id, wanted)]!.push(o);
  const shards: Shard[] = buckets.map((b, index) => ({ index, orders: b }));
  return { kind: 'byCustomer', shards, notes };
}
