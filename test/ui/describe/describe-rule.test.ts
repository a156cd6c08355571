import { describe, expect, it } from 'vitest';
import { ruleInWords } from '../../../src/ui/describe/describe-rule.ts';
import { describeContext, makeRule } from '../../support/ui-factories.ts';

const cola = { qualifying: { kind: 'products', ids: ['cola'] } };

const cases: ReadonlyArray<readonly [string, unknown, string]> = [
  ['buy 3 of the same, cheapest 100 % off',
    { kind: 'itemDeal', selection: cola, combination: 'same', target: 'cheapestQualifying', tiers: [{ threshold: { kind: 'buys', quantity: 3 }, reward: { kind: 'percent', percent: '100' } }] },
    'Buy 3 of the same, cheapest 100 % off'],
  ['buy 2 get 2 free',
    { kind: 'itemDeal', selection: cola, target: 'cheapestQualifying', rewardCount: 2, tiers: [{ threshold: { kind: 'buys', quantity: 4 }, reward: { kind: 'free' } }] },
    'Buy 4, cheapest 2 free'],
  ['tier ranges with a cap',
    { kind: 'itemDeal', selection: cola, target: 'allQualifying', maxDiscount: '20', tiers: [
      { threshold: { kind: 'buysAtLeast', quantity: 3 }, reward: { kind: 'percent', percent: '10' } },
      { threshold: { kind: 'buysAtLeast', quantity: 5 }, reward: { kind: 'percent', percent: '12.50' } }] },
    'Buy at least 3, all 10 % off; buy at least 5, all 12.5 % off (at most $20.00 per application)'],
  ['a one-item threshold on every item reads as every item',
    { kind: 'itemDeal', selection: cola, target: 'allQualifying', tiers: [{ threshold: { kind: 'buysAtLeast', quantity: 1 }, reward: { kind: 'percent', percent: '15' } }] },
    'Every item 15 % off'],
  ['fixed total on all qualifying',
    { kind: 'itemDeal', selection: cola, target: 'allQualifying', tiers: [{ threshold: { kind: 'buys', quantity: 3 }, reward: { kind: 'fixedTotal', amount: '4' } }] },
    'Buy 3 for $4.00'],
  ['spend threshold with a benefit product',
    { kind: 'itemDeal', selection: { qualifying: { kind: 'all' }, benefit: { kind: 'products', ids: ['chips'] } }, target: 'cheapestBenefit', tiers: [{ threshold: { kind: 'spendsAtLeast', amount: '10' }, reward: { kind: 'unitPrice', amount: '0.99' } }] },
    'Spend at least $10.00, cheapest benefit item at $0.99 each'],
  ['order percent with cap', { kind: 'orderDiscount', reward: { kind: 'percent', percent: '20' }, maxDiscount: '10' }, '20 % off the order (at most $10.00)'],
  ['order amount on a selection', { kind: 'orderDiscount', reward: { kind: 'amountOff', amount: '5' }, selection: cola }, '$5.00 off the eligible items'],
  ['sliding by amount', { kind: 'slidingDiscount', basis: 'amount', steps: [
    { from: '50', reward: { kind: 'percent', percent: '5' } }, { from: '100', reward: { kind: 'percent', percent: '10' } }] },
    'From $50.00 spent, 5 % off; from $100.00 spent, 10 % off'],
  ['sliding by quantity', { kind: 'slidingDiscount', basis: 'quantity', steps: [{ from: '1', reward: { kind: 'amountOff', amount: '1' } }] }, 'From 1 item, $1.00 off'],
  ['free shipping', { kind: 'shippingDiscount', reward: { kind: 'free' } }, 'Free shipping'],
  ['gift named from the catalog', { kind: 'getProduct', gift: { productId: 'chips' } }, 'Gift: 1 × Sea-salt chips, free'],
  ['unknown gift product keeps its id', { kind: 'getProduct', gift: { productId: 'nope', quantity: 2, price: '1' } }, 'Gift: 2 × "nope", at $1.00 each'],
  ['manual percent entered at the till', { kind: 'percentage' }, 'A percent entered at the till'],
  ['employee excluding tax', { kind: 'employee', percent: '15', excludingTax: true }, 'Employee 15 % off, computed on prices excluding tax'],
  ['generate coupon names the target', { kind: 'generateCoupon', targetPromotionId: 'b3' }, 'Issues a code for Buy 3 cola'],
  ['age tiers', { kind: 'ageDiscount', mode: 'tiers', tiers: [
    { minAge: 0, maxAge: 12, reward: { kind: 'percent', percent: '50' } }, { minAge: 65, reward: { kind: 'percent', percent: '10' } }] },
    'By age: 0–12 50 % off; 65+ 10 % off'],
];

describe('ruleInWords', () => {
  it.each(cases)('%s', (_name, rule, expected) => {
    expect(ruleInWords(makeRule(rule), describeContext())).toBe(expected);
  });
});
