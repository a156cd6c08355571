import { describe, expect, it } from 'vitest';
import type { EvaluationResult } from '../../../src/domain/result.ts';
import { evaluate } from '../../../src/engine/index.ts';
import type { DispersionScript } from '../../../src/engine/run.ts';
import { answersPerPromotion, scriptHooks } from '../../../src/engine/scripts.ts';
import { itemDeal, orderOf, promo } from '../../support/engine-factories.ts';
import { bundleWithScripts } from '../../support/script-factories.ts';

/** "5 for 50.00" whose dispersion script answers `financial, product`, on three lines of `n` units. */
function setup(financial: number, product: number, n: number) {
  const source = `extend DiscountFinancialDispersion\noutput ${financial}, ${product}\n`;
  const bundle = bundleWithScripts(
    [promo('five', itemDeal({ kind: 'buys', quantity: 5 }, { kind: 'fixedTotal', amount: '50.00' }, 'allQualifying'), { dispersion: { scriptId: 's' } })],
    [{ id: 's', source, extensionPoint: 'DiscountFinancialDispersion' }],
  );
  const order = orderOf([{ price: '12.00', qty: n }, { price: '11.37', qty: n }, { price: '10.99', qty: n }]);
  return { bundle, order };
}

/** Per line: its totals and the sorted multiset of its units' outcomes (where a discount shows in a line may move). */
function outcomes(r: EvaluationResult) {
  return r.lines.map((l) => {
    const units: string[] = [];
    for (const u of l.units) for (let i = 0; i < u.count; i++) units.push(JSON.stringify([u.discounts, u.net, u.clipped ?? false]));
    return { promotionSaving: l.promotionSaving, net: l.net, units: units.sort() };
  });
}

describe("a promotion dispersed by the bundle's own script is counted like a fixed dispersion", () => {
  it.each([[0, 0], [0, 1], [1, 0], [2, 2], [3, 0], [4, 1]])('output %i, %i: one record per kind of set, booked as one record per application', (financial, product) => {
    const { bundle, order } = setup(financial, product, 40);
    const own = evaluate(bundle, order);
    // The same script behind a hook of the caller's: asked per application, one record each.
    const hooks = scriptHooks(bundle);
    const callers: DispersionScript = (id, app, ctx) => hooks.dispersionScript(id, app, ctx);
    const each = evaluate(bundle, order, undefined, { dispersionScript: callers });
    expect(each.applications.length).toBe(24);
    expect(own.applications.length).toBeLessThan(6);
    expect(own.applications.reduce((n, a) => n + (a.copies ?? 1), 0)).toBe(24);
    expect(own.totals).toEqual(each.totals);
    expect(outcomes(own)).toEqual(outcomes(each));
  });

  it("only the hooks scriptHooks makes answer per promotion", () => {
    const { bundle } = setup(0, 0, 5);
    const hooks = scriptHooks(bundle);
    expect(answersPerPromotion(hooks.dispersionScript)).toBe(true);
    expect(answersPerPromotion(scriptHooks(bundle, { stepBudget: 10 }).dispersionScript)).toBe(true);
    expect(answersPerPromotion((id, app, ctx) => hooks.dispersionScript(id, app, ctx))).toBe(false);
  });
});
