import { describe, expect, it } from 'vitest';
import type { Coupon } from '../../../src/domain/coupon.ts';
import type { EvaluationClient, EvaluationRequest } from '../../../src/ui/simulator/evaluation-client.ts';
import { withStoredCoupons } from '../../../src/ui/simulator/stored-coupons-client.ts';

/** A client that records what it was asked and answers at once. */
function recordingClient(): EvaluationClient & { readonly seen: EvaluationRequest[] } {
  const seen: EvaluationRequest[] = [];
  let generation = 0;
  return {
    seen,
    generation: () => generation,
    spawned: () => 0,
    dispose: () => undefined,
    evaluate: async (request) => {
      seen.push(request);
      return { kind: 'done', generation: ++generation, response: { ok: false, problems: [] } };
    },
  };
}
const stored: Coupon = { code: 'W-1', promotionId: 'p1', active: true, maxUses: 1, usageCount: 0 };
const bundle = { coupons: [{ code: 'OWN', promotionId: 'p1' }] };

describe('evaluation with stored codes', () => {
  it('appends the stored codes the order entered and drops the cache key', async () => {
    const inner = recordingClient();
    const client = withStoredCoupons(inner, async (codes) => (codes.includes('W-1') ? [stored] : []));
    await client.evaluate({ bundle, order: { coupons: ['OWN', 'W-1'] }, bundleKey: 'rev' });
    expect(inner.seen).toEqual([{ bundle: { coupons: [...bundle.coupons, stored] }, order: { coupons: ['OWN', 'W-1'] } }]);
  });

  it.each([
    ['no code entered', { coupons: [] }],
    ['only bundle codes entered', { coupons: ['OWN'] }],
    ['an entered code the store lacks', { coupons: ['NOPE'] }],
  ])('%s: the request goes as it is', async (_name, order) => {
    const inner = recordingClient();
    const client = withStoredCoupons(inner, async () => []);
    await client.evaluate({ bundle, order, bundleKey: 'rev' });
    expect(inner.seen).toEqual([{ bundle, order, bundleKey: 'rev' }]);
  });

  it('a lookup overtaken by a newer request is dropped', async () => {
    const inner = recordingClient();
    let release: (c: readonly Coupon[]) => void = () => undefined;
    const slow = new Promise<readonly Coupon[]>((r) => (release = r));
    const client = withStoredCoupons(inner, (codes) => (codes.includes('W-1') ? slow : Promise.resolve([])));
    const first = client.evaluate({ bundle, order: { coupons: ['W-1'] } });
    await client.evaluate({ bundle, order: { coupons: [] } });
    release([stored]);
    expect((await first).kind).toBe('superseded');
    expect(inner.seen).toHaveLength(1);
  });
});
