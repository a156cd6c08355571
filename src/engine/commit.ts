import type { Bundle, EvaluationResult, IssuedCoupon, LedgerState, Order } from '../domain/index.ts';
import { formatMoney, parseMoney } from '../domain/index.ts';
import { checkLimits, makeContext } from './eligibility/index.ts';

/**
 * Returns the ledger after `order` completed with `result` (SPEC §2, §6); never mutates `state`.
 * - `promotionUses` and `customerUses` grow by each applied promotion's applications (the unit
 *   `maxUsesPerOrder`/`PerCustomer`/`Total` count in);
 * - `couponUses` grows by one per code with status `applied` or `overridden`;
 * - budgets: the customer's `spent` in the current period (after any reload) grows by the
 *   promotion's saving;
 * - points: the customer's balance (ledger, else the order's record) drops by `pointsSpent`;
 * - issued codes are appended with `issuedAt` = the order's instant and `expiresAt` from the
 *   target promotion's `relativeExpiry`.
 * @example commit(emptyState(), order, evaluate(bundle, order), bundle).promotionUses // { 'p-1': 1 }
 */
export function commit(state: LedgerState, order: Order, result: EvaluationResult, bundle: Bundle): LedgerState {
  const ctx = makeContext(bundle, order, state);
  const customerId = ctx.customer?.id;
  const promotionUses = { ...state.promotionUses };
  const customerUses: Record<string, Record<string, number>> = Object.fromEntries(Object.entries(state.customerUses).map(([k, v]) => [k, { ...v }]));
  const budgets: Record<string, Record<string, { spent: string; periodStart: string }>> = Object.fromEntries(
    Object.entries(state.budgets).map(([k, v]) => [k, { ...v }]),
  );
  for (const outcome of result.promotions) {
    if (outcome.status !== 'applied') continue;
    const id = outcome.promotionId;
    promotionUses[id] = (promotionUses[id] ?? 0) + outcome.applications;
    if (customerId === undefined) continue;
    customerUses[id] = { ...(customerUses[id] ?? {}), [customerId]: (customerUses[id]?.[customerId] ?? 0) + outcome.applications };
    const p = bundle.promotions.find((x) => x.id === id);
    if (p?.limits?.budget === undefined) continue;
    const limits = checkLimits(p, ctx);
    if (!limits.ok || limits.budgetPeriodStart === undefined) continue;
    const spent = (limits.budgetSpent ?? 0n) + parseMoney(outcome.saving, bundle.currency);
    budgets[id] = { ...(budgets[id] ?? {}), [customerId]: { spent: formatMoney(spent, bundle.currency), periodStart: limits.budgetPeriodStart } };
  }
  const couponUses = { ...state.couponUses };
  for (const c of result.coupons) {
    if (c.status === 'applied' || c.status === 'overridden') couponUses[c.code] = (couponUses[c.code] ?? 0) + 1;
  }
  const points = { ...state.points };
  if (customerId !== undefined && result.pointsSpent > 0) {
    points[customerId] = Math.max((ctx.customer?.points ?? 0) - result.pointsSpent, 0);
  }
  const issued: IssuedCoupon[] = result.issuedCoupons.map((code) => {
    const expiry = bundle.promotions.find((p) => p.id === code.promotionId)?.schedule?.relativeExpiry;
    const expiresAt = expiry === undefined ? undefined : addDuration(order.at, expiry.amount, expiry.unit);
    return {
      code: code.code, promotionId: code.promotionId, issuedBy: code.issuedBy, issuedAt: order.at,
      ...(code.customerId === undefined ? {} : { customerId: code.customerId }),
      ...(expiresAt === undefined ? {} : { expiresAt }),
    };
  });
  return { promotionUses, customerUses, couponUses, budgets, points, issuedCoupons: [...state.issuedCoupons, ...issued] };
}

/** An instant plus whole hours or days (24 h), written in UTC ("…Z"). */
function addDuration(at: string, amount: number, unit: 'hours' | 'days'): string {
  const ms = Date.parse(at) + amount * (unit === 'hours' ? 3_600_000 : 86_400_000);
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}
