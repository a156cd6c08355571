/**
 * Redemptions from a replay: one row per code that took effect on an order (code, promotion,
 * order, customer, time, saving), as the coupon system's redemption log would have recorded them.
 * Pure: the History/report views call it with the replay's per-order outcomes.
 */
import type { CouponStatus } from '../domain/coupon.ts';
import type { OrderOutcome } from '../replay/types.ts';
import { field } from './csv-write.ts';

/**
 * An entered code of an order. `status` comes from the evaluation's coupon outcomes when the
 * caller kept them; without it, a code counts as redeemed when its promotion applied.
 */
export interface CodeUse {
  readonly code: string;
  readonly promotionId?: string;
  readonly status?: CouponStatus;
}

export interface RedemptionRow {
  readonly code: string;
  readonly promotionId: string;
  readonly orderId: string;
  readonly customerId?: string;
  readonly at: string;
  /** Decimal string, as the replay wrote it; see `redemptionRows` for codes sharing a promotion. */
  readonly saving: string;
}

const TOOK_EFFECT: ReadonlySet<CouponStatus> = new Set(['applied', 'overridden']);

/**
 * The redemptions of one order. A promotion's saving is booked on the first of its codes that
 * took effect, so the rows add up to what the coupon promotions gave away (the engine reports a
 * saving per promotion, not per code).
 * @example redemptionRows(outcome, [{ code: 'W-1', promotionId: 'welcome-15' }])
 *   // [{ code: 'W-1', promotionId: 'welcome-15', orderId: 'o-1', customerId: 'c-7', at: '2026-03-02T10:00:00-05:00', saving: '4.50' }]
 */
export function redemptionRows(outcome: OrderOutcome, codes: readonly CodeUse[]): RedemptionRow[] {
  const booked = new Set<string>();
  const rows: RedemptionRow[] = [];
  const seen = new Set<string>();
  for (const use of codes) {
    if (use.promotionId === undefined || seen.has(use.code)) continue;
    if (use.status !== undefined && !TOOK_EFFECT.has(use.status)) continue;
    const applied = outcome.applied.find((a) => a.promotionId === use.promotionId);
    if (applied === undefined) continue;
    seen.add(use.code);
    const first = !booked.has(use.promotionId);
    booked.add(use.promotionId);
    rows.push({
      code: use.code,
      promotionId: use.promotionId,
      orderId: outcome.orderId,
      ...(outcome.customerId === undefined ? {} : { customerId: outcome.customerId }),
      at: outcome.at,
      saving: first ? applied.saving : zeroLike(applied.saving),
    });
  }
  return rows;
}

/**
 * The entered codes of an order with their promotions, for callers that kept no coupon outcomes:
 * `promotionOf` looks a code up (bundle codes, stored codes, codes issued by the ledger).
 * @example codeUses(['W-1', 'NOPE'], (c) => (c === 'W-1' ? 'welcome-15' : undefined)) // [{ code: 'W-1', promotionId: 'welcome-15' }, { code: 'NOPE' }]
 */
export function codeUses(entered: readonly string[], promotionOf: (code: string) => string | undefined): CodeUse[] {
  return entered.map((code) => {
    const promotionId = promotionOf(code);
    return promotionId === undefined ? { code } : { code, promotionId };
  });
}

export const REDEMPTIONS_HEADER = 'code,promotionId,orderId,customerId,at,saving';

/**
 * The rows as CSV (header first, CRLF line ends). Values are written as they are (quoted when
 * needed): codes and order ids must match the systems they came from byte for byte.
 * @example redemptionsCsv(rows) // 'code,promotionId,orderId,customerId,at,saving\r\nW-1,welcome-15,o-1,c-7,2026-03-02T10:00:00-05:00,4.50\r\n'
 */
export function redemptionsCsv(rows: Iterable<RedemptionRow>): string {
  let out = `${REDEMPTIONS_HEADER}\r\n`;
  for (const r of rows) out += `${[r.code, r.promotionId, r.orderId, r.customerId ?? '', r.at, r.saving].map(field).join(',')}\r\n`;
  return out;
}

/** "0" with the saving's number of decimals ("4.50" → "0.00"). */
function zeroLike(money: string): string {
  const dot = money.indexOf('.');
  return dot < 0 ? '0' : `0.${'0'.repeat(money.length - dot - 1)}`;
}
