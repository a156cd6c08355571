/**
 * What one replayed order adds to the report, read from the engine's result: money as bigint
 * minor units (the result's decimal strings parsed once with the domain's money parser), plus
 * the compact `OrderOutcome` the UI keeps per order.
 */
import { formatMoney, parseMoney, type EvaluationResult, type Order } from '../domain/index.ts';
import type { AppliedPromotion, LimitHit, OrderOutcome } from './types.ts';

export interface PromotionOnOrder {
  readonly promotionId: string;
  readonly saving: bigint;
  readonly applications: number;
  /** Units whose price it reduced. */
  readonly units: number;
}

export type LimitHitKind = LimitHit['kind'];

export interface OrderFigures {
  readonly orderId: string;
  readonly customerId?: string;
  readonly at: string;
  readonly atMs: number;
  readonly outlet: string;
  readonly channel: string;
  readonly lines: number;
  readonly units: number;
  readonly gross: bigint;
  readonly customerPriceSaving: bigint;
  /** Promotion saving on the goods plus shipping discounts: what the promotions gave away. */
  readonly saving: bigint;
  readonly applied: readonly PromotionOnOrder[];
  readonly limitHits: readonly { readonly kind: LimitHitKind; readonly promotionId: string; readonly amount?: bigint }[];
  readonly optimal: boolean;
  readonly failed: boolean;
}

const ZERO = /^-?0+(\.0+)?$/;

/** Reads the figures of an evaluated order. */
export function figuresOf(order: Order, atMs: number, result: EvaluationResult, currency: string): OrderFigures {
  const money = (m: string): bigint => parseMoney(m, currency);
  const unitsBy = new Map<string, number>();
  let units = 0;
  for (const line of result.lines) {
    for (const u of line.units) {
      units += u.count;
      for (const d of u.discounts) if (!ZERO.test(d.amount)) unitsBy.set(d.promotionId, (unitsBy.get(d.promotionId) ?? 0) + u.count);
    }
  }
  const capped = new Map<string, bigint>();
  for (const a of result.applications) {
    if (a.budgetCapped !== undefined) capped.set(a.promotionId, (capped.get(a.promotionId) ?? 0n) + money(a.budgetCapped));
  }
  const applied: PromotionOnOrder[] = [];
  const limitHits: OrderFigures['limitHits'][number][] = [];
  for (const o of result.promotions) {
    if (o.status === 'applied') {
      applied.push({ promotionId: o.promotionId, saving: money(o.saving), applications: o.applications, units: unitsBy.get(o.promotionId) ?? 0 });
      const cut = capped.get(o.promotionId);
      if (cut !== undefined && cut > 0n) limitHits.push({ kind: 'budgetCapped', promotionId: o.promotionId, amount: cut });
    } else if (o.reason === 'limitReached' || o.reason === 'budgetExhausted') {
      limitHits.push({ kind: o.reason, promotionId: o.promotionId });
    }
  }
  return {
    ...base(order, atMs),
    units,
    gross: money(result.totals.gross),
    customerPriceSaving: money(result.totals.customerPriceSaving),
    saving: money(result.totals.promotionSaving) + money(result.totals.shippingDiscount),
    applied, limitHits,
    optimal: result.optimal,
    failed: false,
  };
}

/** An order the engine failed on: its gross counts, nothing applied. */
export function failedFiguresOf(order: Order, atMs: number, currency: string): OrderFigures {
  let gross = 0n;
  let units = 0;
  for (const l of order.lines) {
    gross += parseMoney(l.unitPrice, currency) * BigInt(l.quantity);
    units += l.quantity;
  }
  return { ...base(order, atMs), units, gross, customerPriceSaving: 0n, saving: 0n, applied: [], limitHits: [], optimal: true, failed: true };
}

function base(order: Order, atMs: number): Pick<OrderFigures, 'orderId' | 'customerId' | 'at' | 'atMs' | 'outlet' | 'channel' | 'lines'> {
  return {
    orderId: order.id,
    ...(order.customer === undefined ? {} : { customerId: order.customer.id }),
    at: order.at, atMs,
    outlet: order.outlet ?? '',
    channel: order.channel,
    lines: order.lines.length,
  };
}

/** The compact per-order outcome (decimal strings) the UI stores. */
export function outcomeOf(f: OrderFigures, currency: string, failure?: string): OrderOutcome {
  const money = (m: bigint): string => formatMoney(m, currency);
  const applied: AppliedPromotion[] = f.applied.map((a) => ({ promotionId: a.promotionId, saving: money(a.saving), applications: a.applications }));
  const limitHits: LimitHit[] = f.limitHits.map((h) =>
    h.kind === 'budgetCapped' ? { kind: h.kind, promotionId: h.promotionId, amount: money(h.amount ?? 0n) } : { kind: h.kind, promotionId: h.promotionId },
  );
  return {
    orderId: f.orderId,
    ...(f.customerId === undefined ? {} : { customerId: f.customerId }),
    at: f.at,
    ...(f.outlet === '' ? {} : { outlet: f.outlet }),
    channel: f.channel,
    gross: money(f.gross),
    saving: money(f.saving),
    net: money(f.gross - f.customerPriceSaving - f.saving),
    applied, limitHits,
    optimal: f.optimal,
    ...(failure === undefined ? {} : { failure }),
  };
}
