import { describe, expect, it } from 'vitest';
import { historyCsvHeader, orderToCsvRows } from '../../src/history/index.ts';
import { orderOf } from '../support/engine-factories.ts';
import { readHistory } from '../support/history-factories.ts';

const ORDERS = [
  orderOf([{ price: '10.00', qty: 2, product: 'p,1' }, { price: '4.99', customerPrice: '3.99', taxRate: 1250 }], {
    id: 'o1', at: '2026-03-08T01:30:00-05:00', outlet: 'TOR-01', channel: 'online', shipping: '7.99', coupons: ['SAVE5', 'with "quote"'],
    customer: { id: 'c1', segments: ['club'] },
  }),
  orderOf([{ price: '1.00' }], { id: 'o2', at: '2026-03-08T03:30:00-04:00', orderType: 'delivery' }),
];

describe('history CSV writer', () => {
  it('writes what the reader reads back as the same orders', () => {
    const text = historyCsvHeader() + ORDERS.map(orderToCsvRows).join('');
    const r = readHistory(text);
    expect(r.problems).toEqual([]);
    expect(r.orders).toEqual(ORDERS);
  });
});
