import { describe, expect, it } from 'vitest';
import { OrderSchema } from '../../src/domain/index.ts';
import { csv, HEADER, readHistory } from '../support/history-factories.ts';

const TEXT = csv(
  HEADER,
  'o1,2026-03-02T10:00:00-05:00,c1,TOR-01,inStore,p-001,2,10.00,,SAVE5;Summer10',
  'o2,2026-03-02T11:00:00-05:00,,,online,p-002,1,5.49,4.99,',
  'o1,,,,,p-003,1,6.29,,',
  'o1,2026-03-02T10:00:00-05:00,c1,TOR-01,inStore,p-004,3,4.99,,SAVE5;Summer10',
);

describe('CSV history: rows of one order become one order', () => {
  it.each([1, 7, 64, TEXT.length])('groups non-adjacent rows (chunks of %i characters)', (chunk) => {
    const r = readHistory(TEXT, {}, chunk);
    expect(r.problems).toEqual([]);
    expect(r.counts).toEqual({ rows: 4, lines: 4, orders: 2, badRows: 0, skippedOrders: 0, problems: 0 });
    expect(r.orders.map((o) => o.id)).toEqual(['o1', 'o2']);
    const o1 = r.orders[0]!;
    expect(o1.lines.map((l) => [l.id, l.productId, l.quantity, l.unitPrice])).toEqual([
      ['1', 'p-001', 2, '10.00'], ['2', 'p-003', 1, '6.29'], ['3', 'p-004', 3, '4.99'],
    ]);
    expect(o1.coupons).toEqual(['SAVE5', 'Summer10']);
    expect(o1.customer?.id).toBe('c1');
    expect(o1.outlet).toBe('TOR-01');
    expect(r.orders[1]!.customer).toBeUndefined();
    expect(r.orders[1]!.lines[0]!.customerPrice).toBe('4.99');
  });

  it('builds exactly what the domain schema makes of the same order', () => {
    for (const order of readHistory(TEXT).orders) expect(OrderSchema.parse(order)).toEqual(order);
  });

  it('takes a known customer from the customer records, adding the row segments', () => {
    const r = readHistory(csv('orderId,at,customerId,customerSegments,productId,quantity,unitPrice', 'o1,2026-03-02T10:00:00Z,c1,vip; plus,A,1,1.00', 'o2,2026-03-02T10:00:00Z,c9,,A,1,1.00'), {
      customers: [{ id: 'c1', segments: ['seniors'], roles: [], points: 40, memberships: [], customFields: {} }],
    });
    expect(r.orders[0]!.customer).toMatchObject({ id: 'c1', points: 40, segments: ['seniors', 'vip', 'plus'] });
    expect(r.orders[1]!.customer).toEqual({ id: 'c9', segments: [], roles: [], points: 0, memberships: [], customFields: {} });
  });

  it('reads CRLF files, a byte-order mark, quoted fields and column names in any case', () => {
    const text = '\uFEFFOrderID,AT,productId,quantity,unitPrice,coupons\r\no1,2026-03-02T10:00:00Z,"A,1",1,1.00,"x ""y"""\r\n';
    const r = readHistory(text, {}, 3);
    expect(r.problems).toEqual([]);
    expect(r.orders[0]!.lines[0]!.productId).toBe('A,1');
    expect(r.orders[0]!.coupons).toEqual(['x "y"']);
  });

  it('hands orders to onOrder instead of collecting them', () => {
    const seen: string[] = [];
    const r = readHistory(TEXT, { onOrder: (o) => seen.push(o.id) });
    expect(seen).toEqual(['o1', 'o2']);
    expect(r.orders).toEqual([]);
  });
});
