import type { Minor, Rule } from '../../domain/index.ts';
import { bpToPercent, divRound, formatMoney, minOf, parseMoney, percentOfPrice, percentToBp } from '../../domain/index.ts';
import { onTotal, perUnit, perUnitWithin } from './split.ts';
import { fail, type RewardInput, type RewardOutcome, type RewardUnit } from './types.ts';

type ManualRule = Extract<Rule, { kind: 'fixedAmount' | 'percentage' | 'employee' }>;

/**
 * SPEC §4.2 `fixedAmount` / `percentage` / `employee` (manual and loyalty triggers).
 * The value: what staff entered in `order.manual` for this promotion, else the rule's own;
 * a manual trigger's `maxAmount` / `maxPercent` caps it. The request's `lineIds` restrict the
 * units (empty = whole order). `fixedAmount` comes off the units' total (R2); `percentage` and
 * `employee` apply R1 per unit, `employee` with `excludingTax` on each unit's price without tax
 * (`base × 10000 / (10000 + taxRate)`, half away from zero).
 */
export function manualReward(rule: ManualRule, input: RewardInput): RewardOutcome {
  const { currency, order } = input.ctx;
  const { promotion } = input;
  const request = order.manual.find((m) => m.promotionId === promotion.id);
  const trigger = promotion.trigger.kind === 'manual' ? promotion.trigger : undefined;
  const lineIds = request?.lineIds ?? [];
  const units = lineIds.length === 0 ? input.units : input.units.filter((u) => lineIds.includes(u.unit.lineId));
  if (units.length === 0) return fail('noEligibleItems', 'No eligible item among the chosen lines.');

  if (rule.kind === 'fixedAmount') {
    const entered = request?.amount ?? rule.amount;
    if (entered === undefined) return fail('manualNotRequested', 'No amount was entered for this manual discount.');
    let amount = parseMoney(entered, currency);
    const cap = trigger?.maxAmount === undefined ? undefined : parseMoney(trigger.maxAmount, currency);
    if (cap !== undefined) amount = minOf(amount, cap);
    const note = `${formatMoney(amount, currency)} off${cap !== undefined && amount === cap ? ' (capped)' : ''}`;
    return { ok: true, applications: [onTotal({ kind: 'amountOff', amount }, units)], note };
  }
  const entered: string | undefined = request?.percent ?? rule.percent;
  if (entered === undefined) return fail('manualNotRequested', 'No percent was entered for this manual discount.');
  let bp = percentToBp(entered);
  const capBp = trigger?.maxPercent === undefined ? undefined : percentToBp(trigger.maxPercent);
  if (capBp !== undefined) bp = Math.min(bp, capBp);
  bp = Math.min(Math.max(bp, 0), 10000);
  const note = `${bpToPercent(bp)} % off${capBp !== undefined && bp === capBp ? ' (capped)' : ''}`;
  if (rule.kind === 'employee' && rule.excludingTax) {
    const netOfTax = units.map((u): RewardUnit => ({ ...u, base: divRound(u.base * 10000n, 10000n + BigInt(u.unit.taxRate)) }));
    const savings: Minor[] = netOfTax.map((u) => percentOfPrice(u.base, bp));
    return { ok: true, applications: [perUnitWithin(units, savings)], note: `${note} excluding tax` };
  }
  return { ok: true, applications: [perUnit({ kind: 'percent', bp }, units)], note };
}
