import type { Limits } from '../../domain/promotion.ts';
import type { DescribeContext } from './context.ts';
import { formatAmount } from './format.ts';

const RELOAD_WORDS: Readonly<Record<string, string>> = {
  none: 'never refilled',
  startOfYear: 'refilled on 1 January',
  yearly: 'refilled a year after it starts',
  startOfQuarter: 'refilled at the start of each quarter',
  quarterly: 'refilled every three months',
  startOfMonth: 'refilled on the 1st of each month',
  monthly: 'refilled every month',
};

/**
 * Usage limits and budget as a list of sentences; empty when unlimited.
 * @example limitsInWords({ maxUsesPerOrder: 1 }, ctx) // ['At most 1 use per order']
 */
export function limitsInWords(limits: Limits | undefined, ctx: DescribeContext): string[] {
  if (limits === undefined) return [];
  const out: string[] = [];
  const uses = (n: number) => `${n} ${n === 1 ? 'use' : 'uses'}`;
  if (limits.maxUsesPerOrder !== undefined) out.push(`At most ${uses(limits.maxUsesPerOrder)} per order`);
  if (limits.maxUsesPerCustomer !== undefined) out.push(`At most ${uses(limits.maxUsesPerCustomer)} per customer`);
  if (limits.maxUsesTotal !== undefined) out.push(`At most ${uses(limits.maxUsesTotal)} in total`);
  if (limits.budget !== undefined) {
    out.push(`Budget of ${formatAmount(limits.budget.amount, ctx.currency)} per customer, ${RELOAD_WORDS[limits.budget.reload] ?? limits.budget.reload}`);
  }
  return out;
}
