import type { Promotion } from '../../domain/index.ts';
import { formatMoney, parseMoney } from '../../domain/index.ts';
import { formatDate } from '../time/index.ts';
import { budgetPeriod, firstPeriodStart } from './budget-period.ts';
import { UNLIMITED, type EvalContext, type LimitsCheck } from './types.ts';

/**
 * SPEC §6: how many applications the promotion may still have on this order.
 * `maxApplications` = min(maxUsesPerOrder, maxUsesPerCustomer − the customer's uses,
 * maxUsesTotal − all uses, points ÷ pointsCost for loyalty); `UNLIMITED` when nothing bounds it.
 * Per-customer limits and budgets need a customer on the order. The budget refills per its reload
 * strategy from `state.budgets[promotionId][customerId].periodStart` to the order's local date.
 * @example checkLimits({ ...p, limits: { maxUsesTotal: 10 } }, ctx) // { ok: true, maxApplications: 10 - used }
 */
export function checkLimits(p: Pick<Promotion, 'id' | 'limits' | 'trigger'>, ctx: EvalContext): LimitsCheck {
  const limits = p.limits;
  const customer = ctx.customer;
  let max = limits?.maxUsesPerOrder ?? UNLIMITED;

  if (limits?.maxUsesPerCustomer !== undefined) {
    if (customer === undefined) {
      return { ok: false, reason: 'limitReached', message: 'A per-customer usage limit needs a customer on the order.' };
    }
    const used = ctx.state.customerUses[p.id]?.[customer.id] ?? 0;
    const left = limits.maxUsesPerCustomer - used;
    if (left <= 0) {
      return { ok: false, reason: 'limitReached', message: `The customer has used it ${used} of ${limits.maxUsesPerCustomer} times.`, observed: String(used) };
    }
    max = Math.min(max, left);
  }
  if (limits?.maxUsesTotal !== undefined) {
    const used = ctx.state.promotionUses[p.id] ?? 0;
    const left = limits.maxUsesTotal - used;
    if (left <= 0) {
      return { ok: false, reason: 'limitReached', message: `It has been used ${used} of ${limits.maxUsesTotal} times in total.`, observed: String(used) };
    }
    max = Math.min(max, left);
  }
  if (p.trigger.kind === 'loyalty' && p.trigger.pointsCost > 0) {
    const points = customer?.points ?? 0;
    const affordable = Math.floor(points / p.trigger.pointsCost);
    if (affordable === 0) {
      const short = p.trigger.pointsCost - points;
      return { ok: false, reason: 'insufficientPoints', message: `Needs ${short} more points.`, missing: `needs ${short} more points`, shortfall: { kind: 'points', missing: short, have: points } };
    }
    max = Math.min(max, affordable);
  }
  if (limits?.budget === undefined) return { ok: true, maxApplications: max };

  if (customer === undefined) {
    return { ok: false, reason: 'budgetExhausted', message: 'A per-customer budget needs a customer on the order.' };
  }
  const amount = parseMoney(limits.budget.amount, ctx.currency);
  const reload = limits.budget.reload;
  const today = formatDate(ctx.local);
  const stored = ctx.state.budgets[p.id]?.[customer.id];
  const period = stored === undefined
    ? { periodStart: firstPeriodStart(reload, today), reloaded: true }
    : budgetPeriod(reload, stored.periodStart, today);
  const spent = period.reloaded || stored === undefined ? 0n : parseMoney(stored.spent, ctx.currency);
  const remaining = amount - spent;
  if (remaining <= 0n) {
    const money = (m: bigint): string => formatMoney(m, ctx.currency);
    return {
      ok: false, reason: 'budgetExhausted',
      message: `The customer's budget of ${money(amount)} is used up (spent ${money(spent)} since ${period.periodStart}; reload: ${reload}).`,
      observed: money(spent),
    };
  }
  return { ok: true, maxApplications: max, budgetRemaining: remaining, budgetPeriodStart: period.periodStart, budgetSpent: spent };
}
