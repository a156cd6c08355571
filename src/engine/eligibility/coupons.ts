import type { Coupon, CouponOutcome, CouponStatus, IssuedCoupon, Promotion, PromotionOutcome } from '../../domain/index.ts';
import { parseInstant } from '../time/index.ts';
import { checkConditions } from './conditions/evaluate.ts';
import { checkSchedule } from './schedule.ts';
import { checkScope } from './scope.ts';
import type { CodeMatch, EvalContext } from './types.ts';

/** Staff permission that forces an invalid code through (SPEC §3.1). */
export const COUPON_OVERRIDE = 'couponOverride';

/**
 * Which invalid codes `couponOverride` may force through: problems with the code itself (disabled,
 * outside its dates, used up, bound to another customer). Never overridden: an unknown code (there
 * is no promotion to force), a repeated entry (a code applies at most once per order), and a code
 * of a promotion that is not active (the promotion itself is not evaluated).
 */
export const OVERRIDABLE: ReadonlySet<CodeMatch['validity']> = new Set(['inactive', 'notYetValid', 'expired', 'exhausted', 'wrongCustomer']);

/**
 * Resolves every entered code, in entry order, against the bundle's codes (first exact match) and
 * then the ledger's issued codes (SPEC §3.1). Exact match: case-sensitive, spaces count.
 * Bundle codes: `maxUses` (default 1; null unlimited) against `usageCount` + `state.couponUses`;
 * usage dates inclusive in the bundle's zone; the `discountCode` flavour ignores `maxUses` and
 * `lastUsage`. Issued codes are single-use, expire at `expiresAt`, and are bound to `customerId`.
 * @example matchCodes(ctx)[0] // { code: 'summer10', index: 0, validity: 'unknown', message: … }
 */
export function matchCodes(ctx: EvalContext): readonly CodeMatch[] {
  const overrideAllowed = ctx.order.user?.permissions.includes(COUPON_OVERRIDE) ?? false;
  return ctx.order.coupons.map((code, index) => {
    const m = resolve(code, index, ctx);
    if (overrideAllowed && OVERRIDABLE.has(m.validity) && m.promotionId !== undefined && !promotionInactive(m, ctx)) {
      return { ...m, validity: 'overridden', message: `${m.message} Forced through by staff permission ${COUPON_OVERRIDE}.` };
    }
    return m;
  });
}

function resolve(code: string, index: number, ctx: EvalContext): CodeMatch {
  const q = `"${code}"`;
  if (ctx.order.coupons.indexOf(code) < index) {
    return { code, index, validity: 'alreadyUsedInOrder', message: `Code ${q} was already entered in this order.` };
  }
  const listed = ctx.bundle.coupons.find((c) => c.code === code);
  const issued = listed === undefined ? ctx.state.issuedCoupons.find((c) => c.code === code) : undefined;
  const promotionId = listed?.promotionId ?? issued?.promotionId;
  if (promotionId === undefined) {
    return { code, index, validity: 'unknown', message: `No promotion has the code ${q} (codes are case-sensitive).` };
  }
  const base = { code, index, promotionId, source: listed !== undefined ? 'bundle' : 'issued' } as const;
  const promotion = ctx.bundle.promotions.find((p) => p.id === promotionId);
  if (promotion === undefined) {
    return { code, index, validity: 'unknown', message: `Code ${q} names promotion ${promotionId}, which the bundle lacks.` };
  }
  if (promotion.status !== 'active') {
    return { ...base, validity: 'inactive', message: `Code ${q} belongs to promotion ${promotion.name}, which is ${promotion.status}.` };
  }
  const problem = listed !== undefined ? listedProblem(listed, promotion, ctx) : issuedProblem(issued!, ctx);
  if (problem !== undefined) return { ...base, validity: problem.validity, message: `Code ${q} ${problem.text}` };
  return { ...base, validity: 'usable', message: `Code ${q} is valid for ${promotion.name}.` };
}

type CodeProblem = { readonly validity: CodeMatch['validity']; readonly text: string };

function listedProblem(c: Coupon, p: Promotion, ctx: EvalContext): CodeProblem | undefined {
  const today = ctx.bundleLocalDate;
  const unlimited = p.trigger.kind === 'coupon' && p.trigger.flavour === 'discountCode';
  if (!c.active) return { validity: 'inactive', text: 'is disabled.' };
  if (c.firstUsage !== undefined && today < c.firstUsage) {
    return { validity: 'notYetValid', text: `is valid from ${c.firstUsage}; the order is on ${today} (${ctx.bundle.timeZone}).` };
  }
  if (!unlimited && c.lastUsage !== undefined && today > c.lastUsage) {
    return { validity: 'expired', text: `was valid until ${c.lastUsage}; the order is on ${today} (${ctx.bundle.timeZone}).` };
  }
  const used = c.usageCount + (ctx.state.couponUses[c.code] ?? 0);
  if (!unlimited && c.maxUses !== null && used >= c.maxUses) {
    return { validity: 'exhausted', text: `has been used ${used} of ${c.maxUses} times.` };
  }
  return boundProblem(c.customerId, ctx);
}

function issuedProblem(c: IssuedCoupon, ctx: EvalContext): CodeProblem | undefined {
  const expires = c.expiresAt === undefined ? undefined : parseInstant(c.expiresAt);
  if (expires !== undefined && ctx.instant >= expires) return { validity: 'expired', text: `expired at ${c.expiresAt}.` };
  if ((ctx.state.couponUses[c.code] ?? 0) >= 1) return { validity: 'exhausted', text: 'was issued for one use and has been used.' };
  return boundProblem(c.customerId, ctx);
}

function boundProblem(customerId: string | undefined, ctx: EvalContext): CodeProblem | undefined {
  if (customerId === undefined || ctx.customer?.id === customerId) return undefined;
  const who = ctx.customer === undefined ? 'the order has no customer' : `the order's customer is ${ctx.customer.id}`;
  return { validity: 'wrongCustomer', text: `was issued to customer ${customerId}; ${who}.` };
}

function promotionInactive(m: CodeMatch, ctx: EvalContext): boolean {
  return ctx.bundle.promotions.find((p) => p.id === m.promotionId)?.status !== 'active';
}

/** Entered codes that let promotion `p` run: valid, or forced through. */
export function codesFor(p: Pick<Promotion, 'id'>, matches: readonly CodeMatch[]): readonly CodeMatch[] {
  return matches.filter((m) => m.promotionId === p.id && (m.validity === 'usable' || m.validity === 'overridden'));
}

/**
 * A status for every entered code (SPEC §3.1). A code that is itself usable becomes `applied` (or
 * `overridden` when forced) if its promotion applied, else `conditionsNotMet` with the promotion's
 * reason. Pass the evaluator's `outcomes`; without them the promotion's schedule, scope and
 * conditions are checked here (with the gross subtotal standing in for the net subtotal).
 * A code bound to another customer reports `conditionsNotMet` unless overridden.
 * @example couponOutcomes(ctx, outcomes) // [{ code: 'summer10', status: 'unknown', message: … }]
 */
export function couponOutcomes(ctx: EvalContext, outcomes?: readonly PromotionOutcome[]): CouponOutcome[] {
  return matchCodes(ctx).map((m) => {
    const withPromotion = (status: CouponStatus, message: string): CouponOutcome =>
      m.promotionId === undefined ? { code: m.code, status, message } : { code: m.code, status, promotionId: m.promotionId, message };
    if (m.validity === 'wrongCustomer') return withPromotion('conditionsNotMet', m.message);
    if (m.validity !== 'usable' && m.validity !== 'overridden') return withPromotion(m.validity, m.message);
    const failure = promotionFailure(m.promotionId!, ctx, outcomes);
    if (failure !== undefined) return withPromotion('conditionsNotMet', `${m.message} ${failure}`);
    return withPromotion(m.validity === 'overridden' ? 'overridden' : 'applied', m.message);
  });
}

function promotionFailure(promotionId: string, ctx: EvalContext, outcomes?: readonly PromotionOutcome[]): string | undefined {
  if (outcomes !== undefined) {
    const o = outcomes.find((x) => x.promotionId === promotionId);
    if (o === undefined) return 'The promotion was not evaluated.';
    return o.status === 'applied' ? undefined : o.message;
  }
  const p = ctx.bundle.promotions.find((x) => x.id === promotionId)!;
  for (const check of [checkSchedule(p, ctx), checkScope(p, ctx), checkConditions(p, ctx, ctx.grossSubtotal)]) {
    if (!check.ok) return check.message;
  }
  return undefined;
}
