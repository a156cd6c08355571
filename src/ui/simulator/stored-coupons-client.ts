/**
 * An evaluation client that lets the engine see the coupon store: before a request goes to the
 * worker, the codes the basket entered that the bundle's own list lacks are looked up by exact
 * key, and the ones found are appended to the bundle sent (`src/coupons/engine-view.ts`).
 * A lookup that a newer request overtakes is dropped, like any stale evaluation.
 */
import type { Coupon } from '../../domain/coupon.ts';
import { bundleWithCoupons, codesToLookUp } from '../../coupons/engine-view.ts';
import { sharedCouponStore } from '../../storage/coupon-db-shared.ts';
import type { EvaluationClient } from './evaluation-client.ts';

/**
 * @example const client = withStoredCoupons(makeEvaluationClient(spawnEvaluateWorker), (codes) => store.findMany(ws, codes));
 */
export function withStoredCoupons(client: EvaluationClient, lookUp: (codes: readonly string[]) => Promise<readonly Coupon[]>): EvaluationClient {
  let latest = 0;
  return {
    generation: client.generation,
    spawned: client.spawned,
    dispose: () => client.dispose(),
    async evaluate(request) {
      const mine = ++latest;
      const codes = codesToLookUp(request.bundle, request.order);
      if (codes.length === 0) return client.evaluate(request);
      const found = await lookUp(codes).catch((): readonly Coupon[] => []);
      if (mine !== latest) return { kind: 'superseded', generation: client.generation() };
      if (found.length === 0) return client.evaluate(request);
      // The worker caches a parsed bundle by key; this bundle differs from the keyed one, so no key.
      const { bundleKey: _dropped, ...rest } = request;
      return client.evaluate({ ...rest, bundle: bundleWithCoupons(request.bundle, found) });
    },
  };
}

/** Finds stored codes of the workspace open now (none while the store or workspace is opening). */
export const storedCouponLookup =
  (workspaceId: () => string | undefined) =>
  async (codes: readonly string[]): Promise<readonly Coupon[]> => {
    const w = workspaceId();
    if (w === undefined) return [];
    return (await sharedCouponStore()).store.findMany(w, codes);
  };
