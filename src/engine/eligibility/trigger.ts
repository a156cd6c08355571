import type { Promotion } from '../../domain/index.ts';
import { codesFor, matchCodes } from './coupons.ts';
import { PASS, type Check, type EvalContext } from './types.ts';

/** Staff permission a manual promotion needs (SPEC §3.1). */
export const APPLY_MANUAL_DISCOUNT = 'applyManualDiscount';

/**
 * Whether the promotion's trigger fires on this order (SPEC §3.1).
 * - coupon / generatedCoupon: a valid (or overridden) code of the promotion is entered, else `couponMissing`;
 * - manual: requested in `order.manual` (`manualNotRequested`) by staff holding `applyManualDiscount` (`permissionMissing`);
 * - loyalty: the customer holds `pointsCost` points (`insufficientPoints`, "needs 20 more points").
 * @example checkTrigger(loyalty100, ctxWith80Points) // { ok: false, reason: 'insufficientPoints', missing: 'needs 20 more points', … }
 */
export function checkTrigger(p: Pick<Promotion, 'id' | 'trigger'>, ctx: EvalContext): Check {
  const t = p.trigger;
  switch (t.kind) {
    case 'automatic':
      return PASS;
    case 'coupon':
    case 'generatedCoupon': {
      const matches = matchCodes(ctx);
      if (codesFor(p, matches).length > 0) return PASS;
      const tried = matches.filter((m) => m.promotionId === p.id);
      const message = tried.length === 0
        ? 'No code of this promotion was entered.'
        : `No usable code of this promotion was entered: ${tried.map((m) => m.message).join(' ')}`;
      return { ok: false, reason: 'couponMissing', message };
    }
    case 'manual': {
      if (!ctx.order.manual.some((r) => r.promotionId === p.id)) {
        return { ok: false, reason: 'manualNotRequested', message: 'This manual promotion was not requested on the order.' };
      }
      if (!(ctx.order.user?.permissions.includes(APPLY_MANUAL_DISCOUNT) ?? false)) {
        return {
          ok: false, reason: 'permissionMissing',
          message: `Requested, but the staff member lacks the permission ${APPLY_MANUAL_DISCOUNT}.`,
          missing: `permission ${APPLY_MANUAL_DISCOUNT}`,
        };
      }
      return PASS;
    }
    case 'loyalty': {
      const held = ctx.customer?.points;
      if (held === undefined) {
        return {
          ok: false, reason: 'insufficientPoints', message: `Needs a customer with ${t.pointsCost} points; the order has no customer.`,
          missing: `needs ${t.pointsCost} more points`, shortfall: { kind: 'points', missing: t.pointsCost, have: 0 },
        };
      }
      if (held >= t.pointsCost) return PASS;
      const short = t.pointsCost - held;
      return {
        ok: false, reason: 'insufficientPoints',
        message: `The customer holds ${held} of the ${t.pointsCost} points it costs: needs ${short} more points.`,
        observed: `${held} points`, missing: `needs ${short} more points`, shortfall: { kind: 'points', missing: short, have: held },
      };
    }
  }
}
