import type { ItemDealRule, PromotionOutcome } from '../domain/index.ts';
import { formatMoney } from '../domain/index.ts';
import type { Failure } from './eligibility/types.ts';
import { compileItemDeal } from './solver/compile.ts';
import { allUnits, levelUnits, solve, type Gated } from './levels.ts';
import { unionOf, type UnitRange } from './unit-ranges.ts';
import { fail } from './rewards/types.ts';
import { forEachRolePiece, lineOfUnit, notApplied, type Run } from './run.ts';

/**
 * Every unit of the lines promotion g has a role on is in `levelAvailable`: alone, it then finds
 * what it finds on every unit (the others are in none of its roles).
 */
function keepsItsLines(run: Run, g: Gated, levelAvailable: readonly UnitRange[]): boolean {
  for (let l = 0; l < g.c.lineRoles.length; l++) {
    if (g.c.lineRoles[l] === null) continue;
    const from = run.lineStart[l]!;
    const to = run.lineStart[l + 1]!;
    let covered = 0;
    for (const r of levelAvailable) covered += Math.max(0, Math.min(r.to, to) - Math.max(r.from, from));
    if (covered < to - from) return false;
  }
  return true;
}

/**
 * Why an exclusive item deal that passed every check got no application (SPEC §7). The promotion
 * is solved alone to tell the reasons apart:
 * 1. alone on every unit it would apply → `lostBestDeal` when it would also apply alone on the
 *    units its level had, else `usedByHigherPriority`;
 * 2. alone, ignoring customer prices, it would apply → `worseThanCustomerPrice`;
 * 3. otherwise a near miss (`thresholdNotMet`, `noBenefitProduct`) from its lowest tier.
 */
export function explainItemDealMiss(run: Run, g: Gated, levelAvailable: readonly UnitRange[]): PromotionOutcome {
  const id = g.c.promotion.id;
  if (run.budget.spent) return notApplied(id, unsolvedMiss(run, g));
  // Most misses are plain near misses, and the three solves below cannot change those: when all
  // the order's qualifying units fall short of every tier by count (or there is no benefit
  // product), no solve finds an application, so step 3's answer is known without solving. Spend
  // thresholds are counted on customer prices here, so they take the shortcut only when no unit
  // has one. (Replaying a long history spends most of its time in these solves otherwise.)
  const near = itemDealNearMiss(run, g);
  const spendTiers = (g.c.promotion.rule as ItemDealRule).tiers.some((t) => t.threshold.kind === 'spendsAtLeast');
  if (near.reason === 'noBenefitProduct' || (near.reason === 'thresholdNotMet' && (!spendTiers || run.lines.every((u) => u.customerPrice === u.price)))) {
    return notApplied(id, near);
  }
  const all = allUnits(run);
  const aloneAll = solve(run, [g], levelUnits(run, all));
  const c = run.ctx.currency;
  if (aloneAll.applications.length > 0) {
    // When its level still has every unit of the promotion's lines (always on a first level), the
    // same solve twice would only pay again (b11 at 1,000,000 units: 0.3 s; b35's soda line, whose
    // level comes after others: 90 ms).
    const aloneLevel = keepsItsLines(run, g, levelAvailable) ? aloneAll : solve(run, [g], levelUnits(run, levelAvailable));
    if (aloneLevel.applications.length > 0) {
      const saving = aloneLevel.applications.reduce((a, x) => a + x.saving, 0n);
      return notApplied(id, fail('lostBestDeal', `Alone it would save ${formatMoney(saving, c)}, but the best deal of its priority level uses its items for other promotions that save more together.`, { observed: formatMoney(saving, c) }));
    }
    const saving = aloneAll.applications.reduce((a, x) => a + x.saving, 0n);
    return notApplied(id, fail('usedByHigherPriority', `Alone it would save ${formatMoney(saving, c)}, but a promotion of an earlier priority level already used its items.`, { observed: formatMoney(saving, c) }));
  }
  const ignoring = solve(run, [g], levelUnits(run, all, 'regular'));
  if (ignoring.applications.length > 0) {
    const saving = ignoring.applications.reduce((a, x) => a + x.saving, 0n);
    let customer = 0n;
    const sameLine = (a: number, b: number): boolean => lineOfUnit(run, a) === lineOfUnit(run, b);
    for (const r of unionOf(ignoring.applications.flatMap((a) => a.used), sameLine)) {
      const u = run.lines[lineOfUnit(run, r.from)]!;
      customer += (u.price - u.customerPrice) * BigInt(r.to - r.from);
    }
    return notApplied(id, fail('worseThanCustomerPrice', `It would save ${formatMoney(saving, c)}, no more than the ${formatMoney(customer, c)} customer prices already save on those items.`, { observed: formatMoney(saving, c) }));
  }
  return notApplied(id, near);
}

/**
 * Why a deal did not apply when the evaluation budget is spent and no re-solve may run: a near
 * miss the counts alone prove (too few qualifying items, no benefit product), else `lostBestDeal`
 * saying the reason was not worked out — each re-solve would cost as much as the level did.
 */
export function unsolvedMiss(run: Run, g: Gated): Failure {
  const near = itemDealNearMiss(run, g);
  if (near.reason === 'thresholdNotMet' || near.reason === 'noBenefitProduct') return near;
  return fail('lostBestDeal', 'The best deal found does not use it; the evaluation budget ran out before the exact reason was worked out.');
}

/**
 * The near miss of an item deal that finds no application: what its lowest tier still needs
 * ("add 1 more qualifying item", "spend 4.50 more"), a missing benefit product, or a reward that
 * saves nothing on the items present. Counts every qualifying unit of the order (for `same`,
 * the best-stocked product); values are what the customer would otherwise pay.
 */
export function itemDealNearMiss(run: Run, g: Gated): Failure {
  const rule = g.c.promotion.rule as ItemDealRule;
  const deal = compileItemDeal(rule, run.ctx.currency);
  const c = run.ctx.currency;
  const count = new Map<string, number>();
  const value = new Map<string, bigint>();
  let benefitUnits = 0;
  forEachRolePiece(run, g.c, (role, u) => {
    if (role === 'benefit') benefitUnits += u.count;
    if (role !== 'qualifying') return;
    const key = deal.combination === 'same' ? u.productId : '';
    count.set(key, (count.get(key) ?? 0) + u.count);
    value.set(key, (value.get(key) ?? 0n) + u.customerPrice * BigInt(u.count));
  });
  const have = Math.max(0, ...count.values());
  const worth = [...value.values()].reduce((a, b) => (a > b ? a : b), 0n);
  const quantities = deal.tiers.flatMap((t) => (t.threshold.kind === 'spendsAtLeast' ? [] : [t.threshold.quantity]));
  const amounts = deal.tiers.flatMap((t) => (t.threshold.kind === 'spendsAtLeast' ? [t.threshold.amount] : []));
  const needQty = quantities.length === 0 ? 0 : Math.min(...quantities) - have;
  const needAmount = amounts.length === 0 ? 0n : amounts.reduce((a, b) => (a < b ? a : b)) - worth;
  const same = deal.combination === 'same' ? ' of one product' : '';
  if (quantities.length > 0 && needQty > 0 && (amounts.length === 0 || needAmount > 0n)) {
    const missing = `add ${needQty} more qualifying item${needQty === 1 ? '' : 's'}${same}`;
    return fail('thresholdNotMet', `It needs ${Math.min(...quantities)} qualifying items${same}; the order has ${have}: ${missing}.`, { observed: String(have), missing, shortfall: { kind: 'items', missing: needQty, have } });
  }
  if (amounts.length > 0 && needAmount > 0n && (quantities.length === 0 || needQty > 0)) {
    const missing = `spend ${formatMoney(needAmount, c)} more`;
    return fail('thresholdNotMet', `Its qualifying items come to ${formatMoney(worth, c)}: ${missing}.`, { observed: formatMoney(worth, c), missing, shortfall: { kind: 'amount', missing: formatMoney(needAmount, c), have: formatMoney(worth, c) } });
  }
  if ((deal.target === 'cheapestBenefit' || deal.target === 'allBenefit') && benefitUnits === 0) {
    return fail('noBenefitProduct', 'The threshold is met but the order has no benefit product to reward: add a benefit product.', { missing: 'add a benefit product', shortfall: { kind: 'items', missing: 1, have: 0 } });
  }
  return fail('noEligibleItems', 'The threshold is met but the reward saves nothing on these items (already at or below the reward price, their floor, or their limits).');
}
