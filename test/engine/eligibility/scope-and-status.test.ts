import { describe, expect, it } from 'vitest';
import type { OrderInput, PromotionInput } from '../../../src/domain/index.ts';
import { checkScope, checkStatus } from '../../../src/engine/eligibility/index.ts';
import { ctx, customer, leaf, promo } from '../../support/eligibility-factories.ts';

describe('status: only active is evaluated', () => {
  it.each([['active', true], ['draft', false], ['inactive', false], ['archived', false]] as const)('%s → %s', (status, ok) => {
    const c = checkStatus(promo({ status }));
    expect(c.ok).toBe(ok);
    if (!c.ok) expect(c).toMatchObject({ reason: 'inactive', observed: status });
  });
});

describe('scope: outlets, channels (empty = all), qualifying-customer filters (any admits)', () => {
  const vip = leaf('segments', 'contains', 'vip');
  const staff = leaf('customerRoles', 'contains', 'employee');
  it.each<[string, PromotionInput['scope'], Partial<OrderInput>, boolean]>([
    ['empty scope', {}, {}, true],
    ['outlet listed', { outlets: ['north', 'south'] }, { outlet: 'south' }, true],
    ['outlet not listed', { outlets: ['north'] }, { outlet: 'south' }, false],
    ['outlets given, order has none', { outlets: ['north'] }, {}, false],
    ['channel listed', { channels: ['online'] }, { channel: 'online' }, true],
    ['channel not listed', { channels: ['online'] }, { channel: 'inStore' }, false],
    ['one filter admits', { customers: [vip, staff] }, { customer: customer({ roles: ['employee'] }) }, true],
    ['no filter admits', { customers: [vip, staff] }, { customer: customer() }, false],
    ['filters and no customer', { customers: [vip] }, {}, false],
  ])('%s', (_name, scope, order, expected) => {
    const c = checkScope(promo({ scope }), ctx({ order }));
    expect(c.ok).toBe(expected);
    if (!c.ok) expect(c.reason).toBe('outOfScope');
  });

  it('says where it runs and where the order is', () => {
    const c = checkScope(promo({ scope: { outlets: ['north'] } }), ctx({ order: { outlet: 'south' } }));
    expect(c).toEqual({ ok: false, reason: 'outOfScope', message: 'Runs only at north; the order is at south.', observed: 'south' });
  });
});
