import { describe, expect, it } from 'vitest';
import { handMadeHistory, replayAll } from '../support/replay-factories.ts';

/*
 * Worked out by hand (see hand-made-history.json): A costs 30.00, B 40.00.
 * order  customer  local day   goods      five-off-a          monthly-10-b (8.00 a month)     saving
 * h1     c1        2026-01-10  A          5.00 (c1 use 1/2)   —                                5.00
 * h9     —         2026-01-12  A          limit (no customer) —                                0
 * h7     c2        2026-01-15  3 B        —                   12.00 capped to 8.00 (cut 4.00)  8.00
 * h2     c1        2026-01-20  B          —                   4.00 (c1 Jan spent 4)            4.00
 * h3     c1        2026-01-25  A + B      5.00 (use 2/2)      4.00 (c1 Jan spent 8)            9.00
 * h4     c1        2026-01-31  A + B      limit reached       budget exhausted                 0
 *                  (23:30 Toronto = 1 Feb UTC: still January for the budget and the day)
 * h5     c1        2026-02-01  2 B        —                   8.00 (reloaded: Feb spent 8)     8.00
 * h8     c2        2026-02-02  2 A        5.00 (c2 use 1/2)   —                                5.00
 * h6     c1        2026-02-15  B          —                   budget exhausted                 0
 */
describe('replay of the hand-made history', () => {
  it('carries per-customer limits and the monthly budget reload from order to order', async () => {
    const { bundle, orders } = handMadeHistory();
    const { report, outcomes } = await replayAll(bundle, orders, { topN: 3 });

    expect(outcomes.map((o) => [o.orderId, o.saving])).toEqual([
      ['h1', '5.00'], ['h9', '0.00'], ['h7', '8.00'], ['h2', '4.00'], ['h3', '9.00'], ['h4', '0.00'], ['h5', '8.00'], ['h8', '5.00'], ['h6', '0.00'],
    ]);
    expect(outcomes.find((o) => o.orderId === 'h7')!.limitHits).toEqual([{ kind: 'budgetCapped', promotionId: 'monthly-10-b', amount: '4.00' }]);
    expect(outcomes.find((o) => o.orderId === 'h4')!.limitHits).toEqual([
      { kind: 'limitReached', promotionId: 'five-off-a' }, { kind: 'budgetExhausted', promotionId: 'monthly-10-b' },
    ]);

    expect(report.totals).toEqual({
      orders: 9, ordersWithSaving: 6, gross: '540.00', customerPriceSaving: '0.00', saving: '39.00', net: '501.00',
      savingRate: '7.22', lines: 11, units: 15,
    });
    expect(report.promotions).toEqual([
      {
        promotionId: 'five-off-a', name: '5 off A', orders: 3, applications: 3, units: 4, saving: '15.00',
        averageSavingPerOrder: '5.00', shareOfSaving: '38.46', limitHits: 2,
        limitHitsByKind: { limitReached: 2, budgetExhausted: 0, budgetCapped: 0 },
      },
      {
        promotionId: 'monthly-10-b', name: '10 % off B, 8.00 a month', orders: 4, applications: 4, units: 7, saving: '24.00',
        averageSavingPerOrder: '6.00', shareOfSaving: '61.54', limitHits: 3,
        limitHitsByKind: { limitReached: 0, budgetExhausted: 2, budgetCapped: 1 },
      },
    ]);
    expect(report.byOutlet.map((g) => [g.key, g.orders, g.ordersWithSaving, g.gross, g.saving, g.net, g.savingRate])).toEqual([
      ['OTT-02', 4, 2, '250.00', '13.00', '237.00', '5.20'],
      ['TOR-01', 5, 4, '290.00', '26.00', '264.00', '8.97'],
    ]);
    expect(report.byChannel.map((g) => [g.key, g.orders, g.saving])).toEqual([['inStore', 9, '39.00']]);
    expect(report.byDay.map((g) => [g.key, g.gross, g.saving])).toEqual([
      ['2026-01-10', '30.00', '5.00'], ['2026-01-12', '30.00', '0.00'], ['2026-01-15', '120.00', '8.00'],
      ['2026-01-20', '40.00', '4.00'], ['2026-01-25', '70.00', '9.00'], ['2026-01-31', '70.00', '0.00'],
      ['2026-02-01', '80.00', '8.00'], ['2026-02-02', '60.00', '5.00'], ['2026-02-15', '40.00', '0.00'],
    ]);
    expect(report.histogram.filter((b) => b.orders > 0)).toEqual([
      { to: '0.00', orders: 3, saving: '0.00' },
      { from: '2.00', to: '5.00', orders: 3, saving: '14.00' },
      { from: '5.00', to: '10.00', orders: 3, saving: '25.00' },
    ]);
    expect(report.histogram).toHaveLength(11);
    // 8.00 twice: the earlier order (h7, 15 January) ranks first.
    expect(report.topDiscounts.map((t) => [t.orderId, t.saving])).toEqual([['h3', '9.00'], ['h7', '8.00'], ['h5', '8.00']]);
    expect(report.history.orders).toBe(9);
    expect(report.notOptimalOrders).toBe(0);
    expect(report.failedOrders).toBe(0);
  });
});
