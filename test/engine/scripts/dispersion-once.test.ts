import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index.ts';
import { scriptHooks } from '../../../src/engine/scripts.ts';
import { itemDeal, orderOf, promo } from '../../support/engine-factories.ts';
import { bundleWithScripts, outcomeOf } from '../../support/script-factories.ts';

// A dispersion script reads the promotion, the order and the customer, never the application, so
// one run per promotion and evaluation answers all of its applications (docs/engine.md, item 7).
const SOURCE = 'extend DiscountFinancialDispersion\nset n to 0\nforeach l in Order.Lines\nset n to n + 1\nend\noutput 1, 1\n';
const bundle = bundleWithScripts(
  [promo('pairs', itemDeal({ kind: 'buys', quantity: 2 }, { kind: 'percent', percent: '50' }, 'cheapestQualifying'), { dispersion: { scriptId: 's' } })],
  [{ id: 's', source: SOURCE, extensionPoint: 'DiscountFinancialDispersion' }],
);

/** Script runs in one evaluation of `pairs` pairs on three lines (each run reads the injected clock once: it starts). */
function runsFor(quantity: number): { runs: number; applications: number } {
  let runs = 0;
  const r = evaluate(bundle, orderOf([{ price: '10.00', qty: quantity }, { price: '10.00', qty: quantity }, { price: '10.00', qty: quantity }]), undefined,
    scriptHooks(bundle, { now: () => (runs++, 0) }));
  const o = outcomeOf(r, 'pairs');
  return { runs, applications: o?.status === 'applied' ? o.applications : 0 };
}

describe('a dispersion script runs once per promotion and evaluation', () => {
  it.each([2, 20, 200])('%i units a line: as many runs as with one pair', (quantity) => {
    const one = runsFor(2);
    const many = runsFor(quantity);
    expect(many.applications).toBe(3 * quantity / 2);
    expect(one.runs).toBeGreaterThan(0);
    expect(many.runs).toBe(one.runs);
  });
});
