import { describe, expect, it } from 'vitest';
import { createHistoryReader } from '../../../src/history/index.ts';
import { runImport } from '../../../src/ui/history/import-job.ts';
import { csv, HEADER } from '../../support/history-factories.ts';
import { memoryHistoryStore, pieces } from '../../support/history-db-factories.ts';

describe('importing a CSV history with the real reader', () => {
  it('groups an order whose rows are apart, stages the file because of its bad row, and names row and column', async () => {
    const text = csv(
      HEADER,
      'o1,2026-01-05T10:00:00Z,c1,north,inStore,cola,2,1.50,,',
      'o2,2026-01-06T10:00:00Z,c2,north,inStore,cola,1.5,1.50,,',
      'o1,2026-01-05T10:00:00Z,c1,north,inStore,chips,1,2.25,,',
    );
    const store = memoryHistoryStore();
    // Pieces that cut rows in the middle, as a file stream does.
    const cuts = [text.slice(0, 40), text.slice(40, 101), text.slice(101)];
    const r = await runImport(pieces(...cuts), { historyId: 'h1', name: 'q1.csv', format: 'csv', currency: 'USD' }, {
      createReader: createHistoryReader,
      store,
      now: () => '2026-12-01T10:00:00Z',
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.committed).toBe(false);
    expect(r.value.counts).toMatchObject({ orders: 1, skippedOrders: 1 });
    expect(r.value.skippedOrderIds).toEqual(['o2']);
    expect(r.value.problems[0]).toMatchObject({ row: 3, column: 'quantity', orderId: 'o2' });
    const orders = JSON.parse(store.chunks.get('h1/0')!.json) as { id: string; lines: { productId: string }[] }[];
    expect(orders.map((o) => [o.id, o.lines.map((l) => l.productId)])).toEqual([['o1', ['cola', 'chips']]]);
  });
});
