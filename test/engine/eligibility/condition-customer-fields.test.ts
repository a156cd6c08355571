import { describe, expect, it } from 'vitest';
import type { Condition, OrderInput } from '../../../src/domain/index.ts';
import { checkConditions } from '../../../src/engine/eligibility/index.ts';
import { ctx, customer, leaf, promo, type LedgerInput } from '../../support/eligibility-factories.ts';

/** The order is on 4 May 2026 in Toronto. */
const ann = customer({
  id: 'ann', email: 'Ann.Lee@Example.COM', birthDate: '2008-05-04', segments: ['vip', 'newsletter'], roles: ['employee'],
  points: 80, memberships: ['gold'], postalCode: 'K1A 0B1', customFields: { tier: '2' },
});

const passes = (c: Condition, cust: OrderInput['customer'] | null = ann, state: LedgerInput = {}, at?: string) =>
  checkConditions(promo({ conditions: c }), ctx({ order: { ...(cust ? { customer: cust } : {}), ...(at ? { at } : {}) }, state }), 0n).ok;

describe('customer condition fields', () => {
  it.each<[string, Condition, boolean]>([
    ['customer id', leaf('customerId', 'eq', 'ann'), true],
    ['email is compared as written', leaf('email', 'eq', 'ann.lee@example.com'), false],
    ['email domain: after "@", lowercased', leaf('emailDomain', 'eq', 'example.com'), true],
    ['email domain in a list', leaf('emailDomain', 'in', ['acme.com', 'example.com']), true],
    ['age: 18 on the birthday itself', leaf('age', 'gte', 18), true],
    ['age exact', leaf('age', 'eq', 18), true],
    ['age range', leaf('age', 'between', [13, 17]), false],
    ['segments contains', leaf('segments', 'contains', 'vip'), true],
    ['segments notContains', leaf('segments', 'notContains', 'vip'), false],
    ['customer roles', leaf('customerRoles', 'contains', 'employee'), true],
    ['points', leaf('points', 'gte', 80), true],
    ['memberships held', leaf('memberships', 'contains', 'gold'), true],
    ['postal code prefix', leaf('postalCode', 'startsWith', 'K1A'), true],
    ['customer custom field', leaf('customerCustomField', 'eq', 2, 'tier'), true],
    ['hasCustomer', leaf('hasCustomer', 'eq', true), true],
  ])('%s', (_name, c, expected) => {
    expect(passes(c)).toBe(expected);
  });

  it('age is read at the order\'s LOCAL date: 3 May 23:30 in Toronto is still 17', () => {
    // 2026-05-04T03:30Z is 3 May 23:30 in Toronto; in UTC it would already be the birthday.
    expect(passes(leaf('age', 'gte', 18), ann, {}, '2026-05-04T03:30:00Z')).toBe(false);
    expect(passes(leaf('age', 'gte', 18), ann, {}, '2026-05-04T04:00:00Z')).toBe(true);
  });

  it('points come from the ledger once it has a balance', () => {
    expect(passes(leaf('points', 'gte', 100), ann, { points: { ann: 150 } })).toBe(true);
    expect(passes(leaf('points', 'gte', 100), ann, { points: { bob: 150 } })).toBe(false);
  });

  it.each<[string, Condition, boolean]>([
    ['no customer: hasCustomer is false', leaf('hasCustomer', 'eq', true), false],
    ['no customer: any positive comparison fails', leaf('segments', 'contains', 'vip'), false],
    ['no customer: negative comparisons hold', leaf('customerId', 'ne', 'ann'), true],
    ['no customer: email hasNoValue', leaf('email', 'hasNoValue'), true],
  ])('%s', (_name, c, expected) => {
    expect(passes(c, null)).toBe(expected);
  });

  it('a customer without a birth date has no age', () => {
    expect(passes(leaf('age', 'hasNoValue'), customer())).toBe(true);
    expect(passes(leaf('age', 'lt', 200), customer())).toBe(false);
  });

  it('list values are shown in the message', () => {
    const c = checkConditions(promo({ conditions: leaf('segments', 'contains', 'staff') }), ctx({ order: { customer: ann } }), 0n);
    expect(c).toMatchObject({ ok: false, message: 'Condition not met: segments [vip, newsletter] does not contain staff.', observed: '[vip, newsletter]' });
  });
});
