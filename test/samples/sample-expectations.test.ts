import { describe, expect, it } from 'vitest';
import type { EvaluationResult, Expectation } from '../../src/domain/index.ts';
import { evaluate } from '../../src/engine/index.ts';
import { readSampleBaskets, readSampleBundle } from '../support/sample-files.ts';

/**
 * Every saved basket of the sample workspace that carries `expected` produces exactly that with
 * the reference engine (scripts included, its ledger `state` if any): the promotion saving, the
 * net, the set of applied promotions (all of them), and the reason of each promotion it names as
 * not applied. The expectations were computed by hand from SPEC (each basket's description).
 */
const bundle = readSampleBundle();
const withExpectation = readSampleBaskets()
  .filter(({ basket }) => basket.expected !== undefined)
  .map(({ basket }) => [basket.id, basket] as const);

/** The result in the expectation's own shape, limited to what the expectation states. */
function observed(expected: Expectation, r: EvaluationResult): Record<string, unknown> {
  const applied = r.promotions.filter((p) => p.status === 'applied').map((p) => p.promotionId).sort();
  const reasons = Object.fromEntries(r.promotions.flatMap((p) => (p.status === 'notApplied' ? [[p.promotionId, p.reason] as const] : [])));
  return {
    ...(expected.promotionSaving === undefined ? {} : { promotionSaving: r.totals.promotionSaving }),
    ...(expected.net === undefined ? {} : { net: r.totals.net }),
    ...(expected.applied === undefined ? {} : { applied }),
    ...(expected.notApplied === undefined ? {} : {
      notApplied: Object.fromEntries(Object.keys(expected.notApplied).map((id) => [id, reasons[id] ?? 'applied'])),
    }),
  };
}

describe('sample baskets meet their expectations', () => {
  it('the hand-computed baskets (b01–b34) carry one', () => {
    expect(withExpectation.length).toBeGreaterThanOrEqual(30);
  });

  it.each(withExpectation)('%s', (_id, basket) => {
    const expected = basket.expected!;
    const r = evaluate(bundle, basket.order, basket.state);
    const want = { ...expected, ...(expected.applied === undefined ? {} : { applied: [...expected.applied].sort() }) };
    expect(observed(expected, r)).toEqual(want);
  });
});
