import { describe, expect, it } from 'vitest';
import { checkTrigger } from '../../../src/engine/eligibility/index.ts';
import { ctx, customer, promo, type LedgerInput } from '../../support/eligibility-factories.ts';

const loyalty = promo({ id: 'l1', trigger: { kind: 'loyalty', pointsCost: 100 }, rule: { kind: 'fixedAmount', amount: '5.00' } });
const run = (points: number | null, state: LedgerInput = {}) =>
  checkTrigger(loyalty, ctx({ order: points === null ? {} : { customer: customer({ points }) }, state }));

describe('loyalty trigger: the customer holds pointsCost points', () => {
  it.each<[number | null, LedgerInput, boolean]>([
    [100, {}, true],
    [250, {}, true],
    [99, {}, false],
    [0, {}, false],
    [null, {}, false],
    [80, { points: { c1: 100 } }, true], // the ledger's balance wins
    [500, { points: { c1: 20 } }, false],
  ])('holding %s (ledger %j) → %s', (points, state, ok) => {
    const c = run(points, state);
    expect(c.ok).toBe(ok);
    if (!c.ok) expect(c.reason).toBe('insufficientPoints');
  });

  it('example 17: pointsCost 100, customer holds 80 → "needs 20 more points"', () => {
    expect(run(80)).toEqual({
      ok: false, reason: 'insufficientPoints',
      message: 'The customer holds 80 of the 100 points it costs: needs 20 more points.',
      observed: '80 points', missing: 'needs 20 more points',
      shortfall: { kind: 'points', missing: 20, have: 80 },
    });
  });

  it('without a customer it needs the full cost', () => {
    expect(run(null)).toMatchObject({ missing: 'needs 100 more points' });
  });
});
