/** Small pure readings of a result for the tables: unit lists, savings as negative amounts. */
import { tryParseMoney } from '../../domain/money.ts';
import type { UnitRef } from '../../domain/result.ts';

/**
 * Units grouped by line, in first-seen order: "l1 ×2, l3 ×1".
 * @example unitsByLine([{ lineId: 'l1', unit: 0 }, { lineId: 'l1', unit: 1 }]) // 'l1 ×2'
 */
export function unitsByLine(units: readonly UnitRef[]): string {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.lineId, (counts.get(u.lineId) ?? 0) + 1);
  return [...counts].map(([line, n]) => `${line} ×${n}`).join(', ');
}

/**
 * A saving shown as money taken off: "3.60" → "-3.60"; zero stays "0.00" (no "−0.00").
 * @example asDeduction('3.60', 'USD') // '-3.60'
 */
export function asDeduction(amount: string, currency: string): string {
  const m = tryParseMoney(amount, currency);
  if (!m.ok || m.minor === 0n) return amount;
  return amount.startsWith('-') ? amount.slice(1) : `-${amount}`;
}

/** True when a decimal amount is not zero ("0", "0.00" are zero). */
export const isNonZero = (amount: string): boolean => /[1-9]/.test(amount);
