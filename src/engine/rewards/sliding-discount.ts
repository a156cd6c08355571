import type { Minor, Rule } from '../../domain/index.ts';
import { formatMoney, parseMoney } from '../../domain/index.ts';
import { compileRate, onTotal } from './split.ts';
import { fail, type RewardInput, type RewardOutcome } from './types.ts';

type SlidingRule = Extract<Rule, { kind: 'slidingDiscount' }>;

/**
 * SPEC §4.2 `slidingDiscount`: the highest step reached by the eligible units' value (their
 * base prices at this promotion's moment) or count applies, on their total, split by R2.
 */
export function slidingDiscount(rule: SlidingRule, input: RewardInput): RewardOutcome {
  const { currency } = input.ctx;
  const byAmount = rule.basis === 'amount';
  let value = 0n;
  for (const u of input.units) value += (byAmount ? u.base : 1n) * BigInt(u.unit.count);
  const fromOf = (from: string): Minor => (byAmount ? parseMoney(from, currency) : BigInt(from));
  let best = -1;
  rule.steps.forEach((step, i) => {
    if (fromOf(step.from) <= value && (best < 0 || fromOf(step.from) > fromOf(rule.steps[best]!.from))) best = i;
  });
  if (best < 0) {
    const lowest = rule.steps.map((s) => fromOf(s.from)).reduce((a, b) => (a < b ? a : b));
    const gap = lowest - value;
    const missing = byAmount ? `spend ${formatMoney(gap, currency)} more` : `add ${gap} more item${gap === 1n ? '' : 's'}`;
    const observed = byAmount ? formatMoney(value, currency) : String(value);
    return fail('thresholdNotMet', `The lowest step starts at ${byAmount ? formatMoney(lowest, currency) : String(lowest)}; the order has ${observed}: ${missing}.`, {
      observed, missing,
      shortfall: byAmount ? { kind: 'amount', missing: formatMoney(gap, currency), have: observed } : { kind: 'items', missing: Number(gap), have: Number(value) },
    });
  }
  const step = rule.steps[best]!;
  const max = rule.maxDiscount === undefined ? undefined : parseMoney(rule.maxDiscount, currency);
  const draft = onTotal(compileRate(step.reward, currency), input.units, max, best);
  return { ok: true, applications: [draft], note: `step from ${step.from} reached` };
}
