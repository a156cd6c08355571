/**
 * The budget cap made visible (SPEC §6, §7): a budget smaller than a promotion's reward gives the
 * customer's remaining balance, and the result says so instead of silently showing a smaller
 * saving. The solver caps item deals itself and reports only the capped savings, so the cut is
 * recovered here by pricing each chosen application again without the budget.
 */
import { formatMoney } from '../domain/index.ts';
import type { LimitsOk } from './eligibility/types.ts';
import { priceApplication } from './solver/pricing.ts';
import { sortCheap } from './solver/rules.ts';
import type { RunInput, RunOutput, SolverUnit } from './solver/types.ts';
import { lastAtMost } from './unit-ranges.ts';
import type { RewardGrant } from './rewards/types.ts';

/**
 * Per solver application (parallel to `out.applications`): what its promotion's budget cut off,
 * 0n when it did not cap it. Promotions without a budget are never priced again.
 * @example budgetCuts(input, out) // [200n] — a $3 reward held to the $1 left
 */
export function budgetCuts(input: RunInput, out: RunOutput): bigint[] {
  const firsts = input.runs.map((r) => r.first);
  return out.applications.map((a) => {
    const p = input.promotions[a.promotion]!;
    if (p.budget === undefined) return 0n;
    const benefit = new Set(p.benefit);
    // The application's set splits back into its qualifying and benefit parts by role, each in
    // cheapness order, exactly as the solver priced it before capping. A budgeted promotion's
    // applications are never counted copies, so its set is a handful of units.
    const units: SolverUnit[] = [];
    const qual: number[] = [];
    const ben: number[] = [];
    for (const range of a.used) {
      const r = lastAtMost(firsts, range.from);
      const run = input.runs[r]!;
      for (let i = range.from; i < range.to; i++) {
        (benefit.has(r) ? ben : qual).push(units.length);
        units.push({ line: run.line, unit: run.unit + (i - run.first), productId: run.productId, price: run.price, customerPrice: run.customerPrice, floor: run.floor });
      }
    }
    sortCheap(units, qual);
    sortCheap(units, ben);
    const full = priceApplication(units, qual, ben, p, a.tier).saving;
    return full > a.saving ? full - a.saving : 0n;
  });
}

/**
 * Adds the applied outcome's note when the budget capped any of the grant's applications:
 * "capped by its budget: 1.00 was left, 2.00 less than the full reward".
 */
export function withBudgetNote(grant: RewardGrant, limits: LimitsOk, currency: string): RewardGrant {
  const cut = grant.applications.reduce((a, d) => a + (d.budgetCapped ?? 0n), 0n);
  if (cut <= 0n || limits.budgetRemaining === undefined) return grant;
  const money = (m: bigint): string => formatMoney(m, currency);
  const note = `capped by its budget: ${money(limits.budgetRemaining)} was left, ${money(cut)} less than the full reward`;
  return { ...grant, note: grant.note === undefined ? note : `${grant.note}; ${note}` };
}
