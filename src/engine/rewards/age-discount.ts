import type { Rule } from '../../domain/index.ts';
import { currencyExponent } from '../../domain/index.ts';
import { ageOn, parseDate } from '../time/index.ts';
import type { EvalContext } from '../eligibility/types.ts';
import { compileRate, onTotal, perUnit } from './split.ts';
import { fail, type RewardInput, type RewardOutcome } from './types.ts';

type AgeRule = Extract<Rule, { kind: 'ageDiscount' }>;

/** The customer's age in whole years at the order's local date, or undefined without a birth date. */
export function customerAge(ctx: EvalContext): number | undefined {
  const birth = ctx.customer?.birthDate === undefined ? undefined : parseDate(ctx.customer.birthDate);
  return birth === undefined ? undefined : ageOn(birth, ctx.local);
}

/**
 * SPEC §4.2 `ageDiscount`. `amount`: the age in whole currency units off the eligible total
 * (age 30 → 30.00 off, split by R2); `percent`: the age as a percent off each unit (R1, at most
 * 100 %); `tiers`: the first tier whose [minAge, maxAge] holds the age gives its reward
 * (percent on each unit, amount off the total).
 */
export function ageDiscount(rule: AgeRule, input: RewardInput): RewardOutcome {
  const age = customerAge(input.ctx);
  if (age === undefined) return fail('conditionFailed', 'The customer has no birth date, so no age is known.');
  if (input.units.length === 0) return fail('noEligibleItems', 'No eligible item in the order.');
  if (rule.mode === 'amount') {
    const amount = BigInt(age) * 10n ** BigInt(currencyExponent(input.ctx.currency) ?? 2);
    return { ok: true, applications: [onTotal({ kind: 'amountOff', amount }, input.units)], note: `age ${age} as an amount` };
  }
  if (rule.mode === 'percent') {
    const bp = Math.min(age, 100) * 100;
    return { ok: true, applications: [perUnit({ kind: 'percent', bp }, input.units)], note: `age ${age} as a percent` };
  }
  const index = rule.tiers.findIndex((t) => age >= t.minAge && (t.maxAge === undefined || age <= t.maxAge));
  if (index < 0) return fail('conditionFailed', `No age tier covers age ${age}.`, { observed: String(age) });
  const rate = compileRate(rule.tiers[index]!.reward, input.ctx.currency);
  const draft = rate.kind === 'percent' ? perUnit(rate, input.units, index) : onTotal(rate, input.units, undefined, index);
  return { ok: true, applications: [draft], note: `age ${age}, tier ${index + 1}` };
}
