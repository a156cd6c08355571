import { describe, expect, it } from 'vitest';
import type { BundleInput, OrderInput, PromotionOutcome } from '../../../src/domain/index.ts';
import { checkTrigger, couponOutcomes } from '../../../src/engine/eligibility/index.ts';
import { ctx, customer, leaf, promo, type LedgerInput } from '../../support/eligibility-factories.ts';

const rule = { kind: 'orderDiscount', reward: { kind: 'percent', percent: '10' } } as const;
const couponBundle: Partial<BundleInput> = {
  promotions: [
    { id: 'p-sum', name: 'Summer', rule, trigger: { kind: 'coupon' } },
    { id: 'p-dc', name: 'Discount code', rule, trigger: { kind: 'coupon', flavour: 'discountCode' } },
    { id: 'p-gen', name: 'Next visit', rule, trigger: { kind: 'generatedCoupon' } },
    { id: 'p-draft', name: 'Draft', rule, trigger: { kind: 'coupon' }, status: 'draft' },
    { id: 'p-min', name: 'Big baskets', rule, trigger: { kind: 'coupon' }, conditions: leaf('subtotal', 'gte', '500') },
  ],
  coupons: [
    { code: 'Summer10', promotionId: 'p-sum' },
    { code: 'FULL', promotionId: 'p-sum', maxUses: 5, usageCount: 5 },
    { code: 'NEARLY', promotionId: 'p-sum', maxUses: 5, usageCount: 4 },
    { code: 'OFF', promotionId: 'p-sum', active: false },
    { code: 'LATER', promotionId: 'p-sum', firstUsage: '2026-05-05' },
    { code: 'FROMTODAY', promotionId: 'p-sum', firstUsage: '2026-05-04' },
    { code: 'PAST', promotionId: 'p-sum', lastUsage: '2026-05-03' },
    { code: 'LASTDAY', promotionId: 'p-sum', lastUsage: '2026-05-04' },
    { code: 'UNL', promotionId: 'p-sum', maxUses: null, usageCount: 100 },
    { code: 'DC', promotionId: 'p-dc', lastUsage: '2026-01-01', usageCount: 9 },
    { code: 'DCOFF', promotionId: 'p-dc', active: false },
    { code: 'DRAFT', promotionId: 'p-draft' },
    { code: 'ORPHAN', promotionId: 'p-gone' },
    { code: 'BOUND', promotionId: 'p-sum', customerId: 'c1' },
    { code: 'MIN', promotionId: 'p-min' },
  ],
};
const issued = (code: string, extra: { customerId?: string; expiresAt?: string } = {}) =>
  ({ code, promotionId: 'p-gen', issuedBy: 'p-sum', issuedAt: '2026-04-01T10:00:00-04:00', ...extra });
const couponState: LedgerInput = {
  couponUses: { NEARLY: 1, 'G-USED': 1 },
  issuedCoupons: [
    issued('G-1', { customerId: 'c1', expiresAt: '2026-05-10T00:00:00-04:00' }),
    issued('G-OLD', { expiresAt: '2026-05-04T12:00:00-04:00' }), // expires exactly at the order instant
    issued('G-USED'),
    issued('G-OTHER', { customerId: 'c9' }),
  ],
};

const statusesOf = (coupons: string[], order: Partial<OrderInput> = {}, outcomes?: PromotionOutcome[]) =>
  couponOutcomes(ctx({ bundle: couponBundle, state: couponState, order: { customer: customer({ id: 'c1' }), ...order, coupons } }), outcomes);

describe('coupon code statuses (SPEC §3.1), order on 4 May 2026 12:00 Toronto, customer c1', () => {
  it.each([
    ['Summer10', 'applied'],
    ['summer10', 'unknown'], // example 14: codes are case-sensitive
    ['Summer10 ', 'unknown'], // spaces count
    ['FULL', 'exhausted'], // example 14: maxUses 5, usageCount 5
    ['NEARLY', 'exhausted'], // usageCount 4 + 1 in the ledger
    ['OFF', 'inactive'],
    ['LATER', 'notYetValid'],
    ['FROMTODAY', 'applied'], // first usage date inclusive
    ['PAST', 'expired'],
    ['LASTDAY', 'applied'], // last usage date inclusive
    ['UNL', 'applied'], // maxUses null: unlimited
    ['DC', 'applied'], // discountCode: unlimited and never expires…
    ['DCOFF', 'inactive'], // …until disabled
    ['DRAFT', 'inactive'],
    ['ORPHAN', 'unknown'],
    ['BOUND', 'applied'],
    ['MIN', 'conditionsNotMet'],
    ['G-1', 'applied'],
    ['G-OLD', 'expired'],
    ['G-USED', 'exhausted'],
    ['G-OTHER', 'conditionsNotMet'], // bound to another customer
  ])('%j → %s', (code, status) => {
    expect(statusesOf([code])[0]).toMatchObject({ code, status });
  });

  it('a code bound to c1 is refused for another customer and for no customer', () => {
    expect(statusesOf(['BOUND'], { customer: customer({ id: 'c2' }) })[0]!.status).toBe('conditionsNotMet');
    expect(statusesOf(['G-1'], { customer: undefined })[0]!.status).toBe('conditionsNotMet');
  });

  it('every entered code gets a status, in entry order; a repeat is alreadyUsedInOrder', () => {
    expect(statusesOf(['Summer10', 'nope', 'Summer10', 'DC']).map((o) => o.status))
      .toEqual(['applied', 'unknown', 'alreadyUsedInOrder', 'applied']);
  });

  it('usage dates are read in the bundle zone: 4 May 22:00 Toronto is 5 May in UTC', () => {
    expect(statusesOf(['LASTDAY', 'LATER'], { at: '2026-05-05T02:00:00Z' }).map((o) => o.status)).toEqual(['applied', 'notYetValid']);
    expect(statusesOf(['LASTDAY', 'LATER'], { at: '2026-05-05T04:00:00Z' }).map((o) => o.status)).toEqual(['expired', 'applied']);
  });

  it('conditionsNotMet carries the failing condition', () => {
    expect(statusesOf(['MIN'])[0]!.message).toContain('subtotal 100.00 < 500.00');
  });

  it('messages name what is wrong', () => {
    expect(statusesOf(['summer10'])[0]!.message).toBe('No promotion has the code "summer10" (codes are case-sensitive).');
    expect(statusesOf(['FULL'])[0]).toMatchObject({ promotionId: 'p-sum', message: 'Code "FULL" has been used 5 of 5 times.' });
  });

  it('with the evaluator\'s outcomes, a valid code whose promotion did not apply is conditionsNotMet with its reason', () => {
    const outcomes: PromotionOutcome[] = [
      { promotionId: 'p-sum', status: 'notApplied', reason: 'lostBestDeal', message: 'Another promotion saved more.' },
      { promotionId: 'p-dc', status: 'applied', saving: '1.00', applications: 1, message: 'Applied.' },
    ];
    const out = statusesOf(['Summer10', 'DC'], {}, outcomes);
    expect(out.map((o) => o.status)).toEqual(['conditionsNotMet', 'applied']);
    expect(out[0]!.message).toContain('Another promotion saved more.');
  });
});

describe('couponOverride forces an invalid code through', () => {
  const staff = { user: { permissions: ['couponOverride'] } };
  it.each([
    ['OFF', 'overridden'],
    ['LATER', 'overridden'],
    ['PAST', 'overridden'],
    ['FULL', 'overridden'],
    ['G-OTHER', 'overridden'],
    ['Summer10', 'applied'], // nothing to override
    ['summer10', 'unknown'], // no promotion to force
    ['DRAFT', 'inactive'], // the promotion itself is not evaluated
    ['MIN', 'conditionsNotMet'], // the code is fine; the promotion's conditions are not overridden
  ])('%s → %s', (code, status) => {
    expect(statusesOf([code], staff)[0]!.status).toBe(status);
  });

  it('a repeated entry stays alreadyUsedInOrder', () => {
    expect(statusesOf(['PAST', 'PAST'], staff).map((o) => o.status)).toEqual(['overridden', 'alreadyUsedInOrder']);
  });
});

describe('coupon triggers', () => {
  const trigger = (id: string, coupons: string[], order: Partial<OrderInput> = {}) => {
    const c = ctx({ bundle: couponBundle, state: couponState, order: { customer: customer({ id: 'c1' }), coupons, ...order } });
    return checkTrigger(c.bundle.promotions.find((p) => p.id === id)!, c);
  };
  it.each<[string, string, string[], boolean]>([
    ['its code entered', 'p-sum', ['Summer10'], true],
    ['one of several entered codes is usable', 'p-sum', ['PAST', 'UNL'], true],
    ['wrong case', 'p-sum', ['summer10'], false],
    ['another promotion\'s code', 'p-sum', ['DC'], false],
    ['only an expired code', 'p-sum', ['PAST'], false],
    ['generated code issued to the customer', 'p-gen', ['G-1'], true],
    ['generated code of another customer', 'p-gen', ['G-OTHER'], false],
  ])('%s', (_name, id, coupons, expected) => {
    const c = trigger(id, coupons);
    expect(c.ok).toBe(expected);
    if (!c.ok) expect(c.reason).toBe('couponMissing');
  });

  it('says why an entered code of the promotion does not count', () => {
    const c = trigger('p-sum', ['PAST']);
    expect(!c.ok && c.message).toBe('No usable code of this promotion was entered: Code "PAST" was valid until 2026-05-03; the order is on 2026-05-04 (America/Toronto).');
    expect(!trigger('p-sum', []).ok && (trigger('p-sum', []) as { message: string }).message).toBe('No code of this promotion was entered.');
  });

  it('an overridden code triggers its promotion', () => {
    expect(trigger('p-sum', ['PAST'], { user: { permissions: ['couponOverride'] } }).ok).toBe(true);
  });

  it('automatic promotions need no trigger', () => {
    expect(checkTrigger(promo(), ctx()).ok).toBe(true);
  });
});
