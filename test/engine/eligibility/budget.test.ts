import { describe, expect, it } from 'vitest';
import type { PromotionInput } from '../../../src/domain/index.ts';
import { budgetPeriod, checkLimits, firstPeriodStart, type ReloadStrategy } from '../../../src/engine/eligibility/index.ts';
import { ctx, customer, promo, type LedgerInput } from '../../support/eligibility-factories.ts';

describe('budget reload periods, every strategy (local dates)', () => {
  it.each<[ReloadStrategy, string, string, string, boolean]>([
    ['none', '2025-01-01', '2026-05-04', '2025-01-01', false],
    ['startOfYear', '2025-06-10', '2026-05-04', '2026-01-01', true],
    ['startOfYear', '2026-01-01', '2026-12-31', '2026-01-01', false],
    ['yearly', '2025-06-10', '2026-06-09', '2025-06-10', false],
    ['yearly', '2025-06-10', '2026-06-10', '2026-06-10', true],
    ['yearly', '2025-06-10', '2028-07-01', '2028-06-10', true],
    ['yearly', '2024-02-29', '2025-02-28', '2025-02-28', true], // anniversary clamped to 28 Feb
    ['startOfQuarter', '2026-02-15', '2026-03-31', '2026-02-15', false],
    ['startOfQuarter', '2026-02-15', '2026-04-01', '2026-04-01', true],
    ['startOfQuarter', '2025-11-20', '2026-02-01', '2026-01-01', true],
    ['quarterly', '2026-01-31', '2026-04-29', '2026-01-31', false],
    ['quarterly', '2026-01-31', '2026-04-30', '2026-04-30', true],
    ['quarterly', '2026-01-31', '2026-08-01', '2026-07-31', true], // counted from the stored start, no drift
    ['startOfMonth', '2026-04-17', '2026-04-30', '2026-04-17', false],
    ['startOfMonth', '2026-04-17', '2026-05-02', '2026-05-01', true],
    ['monthly', '2026-01-31', '2026-02-27', '2026-01-31', false],
    ['monthly', '2026-01-31', '2026-02-28', '2026-02-28', true],
    ['monthly', '2026-01-31', '2026-03-30', '2026-02-28', true],
    ['monthly', '2026-01-31', '2026-03-31', '2026-03-31', true],
    ['monthly', '2026-05-01', '2026-04-01', '2026-05-01', false], // replay out of order: never refills
  ])('%s from %s, order on %s → period %s (reloaded %s)', (strategy, stored, today, periodStart, reloaded) => {
    expect(budgetPeriod(strategy, stored, today)).toEqual({ periodStart, reloaded });
  });

  it.each<[ReloadStrategy, string]>([
    ['none', '2026-05-04'], ['startOfYear', '2026-01-01'], ['yearly', '2026-05-04'],
    ['startOfQuarter', '2026-04-01'], ['quarterly', '2026-05-04'], ['startOfMonth', '2026-05-01'], ['monthly', '2026-05-04'],
  ])('a first balance under %s starts on %s (order 4 May 2026)', (strategy, start) => {
    expect(firstPeriodStart(strategy, '2026-05-04')).toBe(start);
  });
});

describe('budget in checkLimits: per customer, refilled by its strategy', () => {
  const run = (reload: ReloadStrategy, state: LedgerInput, at = '2026-05-04T12:00:00-04:00', withCustomer = true) =>
    checkLimits(
      promo({ limits: { budget: { amount: '50.00', reload } } as PromotionInput['limits'] }),
      ctx({ order: { at, ...(withCustomer ? { customer: customer() } : {}) }, state }),
    );
  const spent = (amount: string, periodStart: string): LedgerInput => ({ budgets: { p1: { c1: { spent: amount, periodStart } } } });

  it.each<[string, ReloadStrategy, LedgerInput, bigint | 'budgetExhausted']>([
    ['fresh customer: the whole budget', 'none', {}, 5000n],
    ['part spent', 'none', spent('30.00', '2026-01-01'), 2000n],
    ['all spent, never reloads', 'none', spent('50.00', '2026-01-01'), 'budgetExhausted'],
    ['all spent last month, reloads on the 1st', 'startOfMonth', spent('50.00', '2026-04-01'), 5000n],
    ['all spent this month', 'startOfMonth', spent('50.00', '2026-05-01'), 'budgetExhausted'],
    ['another customer\'s spending does not count', 'none', { budgets: { p1: { c2: { spent: '50.00', periodStart: '2026-01-01' } } } }, 5000n],
  ])('%s', (_name, reload, state, expected) => {
    const c = run(reload, state);
    expect(c.ok ? c.budgetRemaining : c.reason).toBe(expected);
  });

  it('reports the period and what was spent for the commit step', () => {
    expect(run('startOfMonth', spent('50.00', '2026-04-01'))).toEqual({
      ok: true, maxApplications: Number.MAX_SAFE_INTEGER, budgetRemaining: 5000n, budgetPeriodStart: '2026-05-01', budgetSpent: 0n,
    });
    expect(run('none', spent('30.00', '2026-01-01'))).toMatchObject({ budgetPeriodStart: '2026-01-01', budgetSpent: 3000n });
  });

  it('the period is read at the order\'s local date: 30 Apr 22:00 Toronto is still April', () => {
    const state = spent('50.00', '2026-04-01');
    expect(run('startOfMonth', state, '2026-05-01T02:00:00Z').ok).toBe(false);
    expect(run('startOfMonth', state, '2026-05-01T04:00:00Z').ok).toBe(true);
  });

  it('says what was spent since when', () => {
    expect(run('startOfMonth', spent('50.00', '2026-05-01'))).toEqual({
      ok: false, reason: 'budgetExhausted', observed: '50.00',
      message: "The customer's budget of 50.00 is used up (spent 50.00 since 2026-05-01; reload: startOfMonth).",
    });
  });

  it('a per-customer budget needs a customer', () => {
    expect(run('none', {}, undefined, false)).toMatchObject({ ok: false, reason: 'budgetExhausted' });
  });
});
