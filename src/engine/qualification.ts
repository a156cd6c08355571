/**
 * SPEC §7's threshold gate: does the basket qualify for a promotion at all? It sits after the
 * conditions and before limits and budgets, so `limitReached` / `budgetExhausted` are reported
 * only for a basket the promotion could have discounted.
 *
 * "Qualifies" is judged on the basket alone: the promotion as if it were the only one, with no
 * limit, no budget and (for item deals) no customer price to compete with. Everything those leave
 * out — units an earlier level took, a better mix in the level, customer prices that save more —
 * is a best-deal reason, which SPEC §7 orders after limits.
 */
import type { Promotion } from '../domain/index.ts';
import { UNLIMITED, type Failure, type LimitsOk } from './eligibility/types.ts';
import { grantsSomething } from './apply.ts';
import { allUnits, levelUnits, solve, type Gated } from './levels.ts';
import { itemDealNearMiss } from './outcomes.ts';
import { nonItemReward, type NonItemRule } from './rewards/index.ts';
import { fail, type RewardUnit } from './rewards/types.ts';
import { forEachRolePiece, netSubtotal, type Candidate, type Run } from './run.ts';

const NO_LIMITS: LimitsOk = { ok: true, maxApplications: UNLIMITED };

/**
 * The near miss that stops `c` before its limits are looked at ("add 1 more qualifying item",
 * "spend 4.50 more", no benefit product, nothing it could discount…), or undefined when the
 * basket qualifies.
 * @example thresholdMiss(run, candidateWithNothingQualifying) // { reason: 'thresholdNotMet', … }
 */
export function thresholdMiss(run: Run, c: Candidate): Failure | undefined {
  const p: Promotion = c.promotion;
  const alone: Gated = { c, limits: NO_LIMITS };
  if (p.rule.kind === 'itemDeal') {
    if (run.budget.spent) {
      // No nodes left for the alone re-solve: only a near miss the counts prove stops it here.
      const near = itemDealNearMiss(run, alone);
      return near.reason === 'thresholdNotMet' || near.reason === 'noBenefitProduct' ? near : undefined;
    }
    const out = solve(run, [alone], levelUnits(run, allUnits(run), 'regular'));
    return out.applications.length > 0 ? undefined : itemDealNearMiss(run, alone);
  }
  const units: RewardUnit[] = [];
  forEachRolePiece(run, c, (role, u) => {
    const room = u.price - u.floor;
    units.push({ unit: u, base: u.price, room: room > 0n ? room : 0n, role });
  });
  const raw = nonItemReward(p.rule as NonItemRule, {
    promotion: p, ctx: run.ctx, units,
    // The order's own shipping, before any other promotion discounted it.
    shippingLeft: run.shippingLeft + run.shippingDiscount,
    netSubtotal: netSubtotal(run), maxApplications: UNLIMITED,
  });
  if (!raw.ok) return raw;
  return grantsSomething(raw) ? undefined : fail('noEligibleItems', 'Nothing in the order is left for it to discount.');
}
