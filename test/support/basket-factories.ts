/** Turning reference levels into the batch path's bundle + basket request, for the wire tests. */
import type { SolveInput } from '../../src/engine/solver/types.ts';
import type { BasketRequest, BundlePromotion } from '../../src/wire/index.ts';

/**
 * The level's promotions as a bundle stored in reverse order (so bundle order, rank order and
 * request order all differ), plus `extra` promotions the basket does not name; the request names
 * the level's promotions in their original order.
 */
export function asBundle(input: SolveInput, extra: readonly BundlePromotion[] = []): { promotions: BundlePromotion[]; request: BasketRequest } {
  const P = input.promotions.length;
  const own: BundlePromotion[] = input.promotions.map((p) => ({
    combination: p.combination, target: p.target, rewardCount: p.rewardCount, tiers: p.tiers,
    ...(p.maxDiscount === undefined ? {} : { maxDiscount: p.maxDiscount }),
    id: p.id, priority: p.priority,
  })).reverse();
  const promotions = [...extra, ...own];
  const request: BasketRequest = {
    units: input.units,
    available: input.available,
    policy: input.policy,
    searchBudget: input.searchBudget,
    promotions: input.promotions.map((p, k) => ({
      ref: extra.length + P - 1 - k,
      qualifying: p.qualifying, benefit: p.benefit, maxApplications: p.maxApplications,
      ...(p.budget === undefined ? {} : { budget: p.budget }),
    })),
  };
  return { promotions, request };
}
