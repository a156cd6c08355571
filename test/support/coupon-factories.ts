import type { OrderOutcome } from '../../src/replay/types.ts';

/** A replayed order's outcome; `applied` as [promotion id, saving] pairs. */
export function orderOutcome(applied: readonly (readonly [string, string])[], over: Partial<OrderOutcome> = {}): OrderOutcome {
  return {
    orderId: 'o-1',
    customerId: 'c-7',
    at: '2026-03-02T10:00:00-05:00',
    channel: 'inStore',
    gross: '50.00',
    saving: '0.00',
    net: '50.00',
    applied: applied.map(([promotionId, saving]) => ({ promotionId, saving, applications: 1 })),
    limitHits: [],
    optimal: true,
    ...over,
  };
}
