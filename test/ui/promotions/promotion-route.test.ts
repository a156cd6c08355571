import { describe, expect, it } from 'vitest';
import { promotionRoute, promotionsHash } from '../../../src/ui/promotions/promotion-route.ts';

describe('the Promotions view in the URL', () => {
  it.each([
    ['#/promotions', { kind: 'list', selected: undefined }],
    ['#/promotions/dairy-10-off', { kind: 'list', selected: 'dairy-10-off' }],
    ['#/promotions/dairy-10-off/edit', { kind: 'edit', id: 'dairy-10-off' }],
    ['#/promotions/new/coupon', { kind: 'new', template: 'coupon' }],
    ['#/promotions/a%2Fb/edit', { kind: 'edit', id: 'a/b' }],
    ['#/baskets/b01', { kind: 'list', selected: undefined }],
  ] as const)('%s', (hash, route) => {
    expect(promotionRoute(hash)).toEqual(route);
    if (hash.startsWith('#/promotions')) expect(promotionsHash(route)).toBe(hash);
  });
});
