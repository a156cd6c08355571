import { describe, expect, it } from 'vitest';
import { checkConditions } from '../../../src/engine/eligibility/index.ts';
import { ctx, promo } from '../../support/eligibility-factories.ts';

/**
 * SPEC §3.4 four-row table. Declared properties (bundle settings): gift, express, pickup.
 * Selection: [gift, express]; its complement within the declared list: [pickup].
 */
const run = (requireAll: boolean, excluding: boolean, properties: string[]) =>
  checkConditions(
    promo({ conditions: { kind: 'orderProperties', selected: ['gift', 'express'], requireAll, excluding } }),
    ctx({ order: { properties } }),
    0n,
  ).ok;

describe('orderProperties: requireAll × excluding', () => {
  it.each<[boolean, boolean, string[], boolean]>([
    // (false,false) at least one selected property is on the order
    [false, false, ['gift'], true],
    [false, false, ['express', 'pickup'], true],
    [false, false, ['pickup'], false],
    [false, false, [], false],
    // (true,false) all selected are on it
    [true, false, ['gift', 'express'], true],
    [true, false, ['gift', 'express', 'pickup'], true],
    [true, false, ['gift'], false],
    // (false,true) at least one NON-selected property is on it
    [false, true, ['pickup'], true],
    [false, true, ['gift', 'pickup'], true],
    [false, true, ['gift', 'express'], false],
    [false, true, ['undeclared'], false], // only the declared list is complemented
    // (true,true) all non-selected properties are on it
    [true, true, ['pickup'], true],
    [true, true, ['gift', 'pickup'], true],
    [true, true, ['gift'], false],
  ])('requireAll=%s excluding=%s on %j → %s', (requireAll, excluding, properties, expected) => {
    expect(run(requireAll, excluding, properties)).toBe(expected);
  });

  it('excluding everything declared: "all of nothing" holds, "one of nothing" fails', () => {
    const all = ['gift', 'express', 'pickup'];
    const c = (requireAll: boolean) =>
      checkConditions(promo({ conditions: { kind: 'orderProperties', selected: all, requireAll, excluding: true } }), ctx(), 0n).ok;
    expect(c(true)).toBe(true);
    expect(c(false)).toBe(false);
  });

  it('names what the order has and lacks', () => {
    const c = checkConditions(
      promo({ conditions: { kind: 'orderProperties', selected: ['gift', 'express'], requireAll: true, excluding: false } }),
      ctx({ order: { properties: ['gift'] } }), 0n,
    );
    expect(c).toEqual({
      ok: false, reason: 'conditionFailed', observed: '[gift]',
      message: 'Condition not met: order properties [gift] lack express of [gift, express].',
    });
  });
});
