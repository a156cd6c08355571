import { describe, expect, it } from 'vitest';
import type { PromotionInput } from '../../../src/domain/index.ts';
import { checkLimits, UNLIMITED } from '../../../src/engine/eligibility/index.ts';
import { ctx, customer, promo, type LedgerInput } from '../../support/eligibility-factories.ts';

const run = (limits: PromotionInput['limits'], state: LedgerInput = {}, withCustomer = true, trigger?: PromotionInput['trigger']) =>
  checkLimits(promo({ limits, ...(trigger ? { trigger } : {}) }), ctx({ order: withCustomer ? { customer: customer({ points: 250 }) } : {}, state }));

describe('usage limits: maxApplications = the tightest remaining bound (SPEC §6)', () => {
  it.each<[string, PromotionInput['limits'], LedgerInput, number | string]>([
    ['no limits', undefined, {}, UNLIMITED],
    ['per order', { maxUsesPerOrder: 3 }, {}, 3],
    ['per customer, 3 of 5 used', { maxUsesPerCustomer: 5 }, { customerUses: { p1: { c1: 3 } } }, 2],
    ['per customer, other customers\' uses do not count', { maxUsesPerCustomer: 5 }, { customerUses: { p1: { c2: 5 } } }, 5],
    ['per customer and per order: the smaller', { maxUsesPerOrder: 1, maxUsesPerCustomer: 5 }, {}, 1],
    ['per customer used up', { maxUsesPerCustomer: 3 }, { customerUses: { p1: { c1: 3 } } }, 'limitReached'],
    ['total, 7 of 10 used', { maxUsesTotal: 10 }, { promotionUses: { p1: 7 } }, 3],
    ['total used up', { maxUsesTotal: 10 }, { promotionUses: { p1: 10 } }, 'limitReached'],
    ['another promotion\'s uses do not count', { maxUsesTotal: 10 }, { promotionUses: { p2: 10 } }, 10],
  ])('%s', (_name, limits, state, expected) => {
    const c = run(limits, state);
    expect(c.ok ? c.maxApplications : c.reason).toBe(expected);
  });

  it('a per-customer limit needs a customer on the order', () => {
    expect(run({ maxUsesPerCustomer: 5 }, {}, false)).toMatchObject({ ok: false, reason: 'limitReached', message: 'A per-customer usage limit needs a customer on the order.' });
  });

  it('says how many uses there were', () => {
    expect(run({ maxUsesTotal: 10 }, { promotionUses: { p1: 12 } })).toMatchObject({ message: 'It has been used 12 of 10 times in total.', observed: '12' });
  });

  it('loyalty: applications are bounded by the points the customer can spend (250 points at 100 each → 2)', () => {
    const loyalty = { kind: 'loyalty', pointsCost: 100 } as const;
    expect(run(undefined, {}, true, loyalty)).toMatchObject({ ok: true, maxApplications: 2 });
    expect(run({ maxUsesPerOrder: 1 }, {}, true, loyalty)).toMatchObject({ ok: true, maxApplications: 1 });
    expect(run(undefined, {}, false, loyalty)).toMatchObject({ ok: false, reason: 'insufficientPoints', missing: 'needs 100 more points' });
  });
});
