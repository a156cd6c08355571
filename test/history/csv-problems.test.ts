import { describe, expect, it } from 'vitest';
import { csv, HEADER, readHistory } from '../support/history-factories.ts';

const GOOD = 'o9,2026-03-02T10:00:00Z,,,,B,1,2.00,,';

/** One bad row next to a good order: the bad row's problem, and only its order skipped. */
const CASES: readonly { name: string; row: string; code: string; column?: string; orderId?: string }[] = [
  { name: 'an amount with too many decimals', row: 'o1,2026-03-02T10:00:00Z,,,,A,1,1.005,,', code: 'invalid-value', column: 'unitPrice', orderId: 'o1' },
  { name: 'a float-looking amount', row: 'o1,2026-03-02T10:00:00Z,,,,A,1,1e3,,', code: 'invalid-value', column: 'unitPrice', orderId: 'o1' },
  { name: 'a time without offset', row: 'o1,2026-03-02T10:00:00,,,,A,1,1.00,,', code: 'invalid-value', column: 'at', orderId: 'o1' },
  { name: 'an impossible date', row: 'o1,2026-02-30T10:00:00Z,,,,A,1,1.00,,', code: 'invalid-value', column: 'at', orderId: 'o1' },
  { name: 'a fractional quantity', row: 'o1,2026-03-02T10:00:00Z,,,,A,1.5,1.00,,', code: 'invalid-value', column: 'quantity', orderId: 'o1' },
  { name: 'a zero quantity', row: 'o1,2026-03-02T10:00:00Z,,,,A,0,1.00,,', code: 'invalid-value', column: 'quantity', orderId: 'o1' },
  { name: 'a huge quantity', row: 'o1,2026-03-02T10:00:00Z,,,,A,10001,1.00,,', code: 'quantity-too-large', column: 'quantity', orderId: 'o1' },
  { name: 'an unknown channel', row: 'o1,2026-03-02T10:00:00Z,,,phone,A,1,1.00,,', code: 'invalid-value', column: 'channel', orderId: 'o1' },
  { name: 'an empty product', row: 'o1,2026-03-02T10:00:00Z,,,,,1,1.00,,', code: 'invalid-value', column: 'productId', orderId: 'o1' },
  { name: 'an empty order id', row: ',2026-03-02T10:00:00Z,,,,A,1,1.00,,', code: 'invalid-value', column: 'orderId' },
  { name: 'too few fields', row: 'o1,2026-03-02T10:00:00Z,,A,1,1.00', code: 'malformed-row' },
];

describe('CSV history: row problems name row, column and order', () => {
  it.each(CASES)('$name → $code', ({ row, code, column, orderId }) => {
    const r = readHistory(csv(HEADER, GOOD, row));
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(p).toMatchObject({ code, severity: 'error', row: 3 });
    expect(p.column).toBe(column);
    expect(p.orderId).toBe(orderId);
    expect(p.message).toContain('row 3');
    expect(r.orders.map((o) => o.id)).toEqual(['o9']);
    expect(r.counts.badRows).toBe(1);
  });

  it('skips the whole order of a bad row, even rows read before it', () => {
    const r = readHistory(csv(HEADER, 'o1,2026-03-02T10:00:00Z,,,,A,1,1.00,,', GOOD, 'o1,,,,,A,x,1.00,,'));
    expect(r.orders.map((o) => o.id)).toEqual(['o9']);
    expect(r.skippedOrderIds).toEqual(['o1']);
    expect(r.counts).toMatchObject({ rows: 3, orders: 1, lines: 1, badRows: 1, skippedOrders: 1 });
  });

  it('refuses rows of one order that disagree on an order field', () => {
    const r = readHistory(csv(HEADER, 'o1,2026-03-02T10:00:00Z,c1,,,A,1,1.00,,', 'o1,2026-03-02T10:00:00Z,c2,,,B,1,1.00,,'));
    expect(r.problems.map((p) => [p.code, p.row, p.column])).toEqual([['conflicting-order-field', 3, 'customerId']]);
    expect(r.orders).toEqual([]);
  });

  it('refuses a repeated line id within an order', () => {
    const r = readHistory(csv('orderId,at,lineId,productId,quantity,unitPrice', 'o1,2026-03-02T10:00:00Z,a,A,1,1.00', 'o1,,a,B,1,1.00'));
    expect(r.problems.map((p) => p.code)).toEqual(['duplicate-line-id']);
  });

  it('limits the lines of one order', () => {
    const rows = Array.from({ length: 4 }, (_, i) => `o1,2026-03-02T10:00:00Z,,,,A${i},1,1.00,,`);
    const r = readHistory(csv(HEADER, ...rows), { limits: { maxLinesPerOrder: 3 } });
    expect(r.problems.map((p) => [p.code, p.row])).toEqual([['too-many-lines', 5]]);
    expect(r.orders).toEqual([]);
  });

  it('needs the required columns and warns about unknown ones', () => {
    const r = readHistory(csv('orderId,at,productId,unitPrice,colour', 'o1,2026-03-02T10:00:00Z,A,1.00,red'));
    expect(r.problems.map((p) => [p.code, p.severity, p.column])).toEqual([
      ['unknown-column', 'warning', 'colour'], ['missing-column', 'error', 'quantity'],
    ]);
    expect(r.orders).toEqual([]);
    expect(readHistory('').problems.map((p) => p.code)).toEqual(['missing-column']);
  });

  it('reports an unclosed quote as a malformed row', () => {
    const r = readHistory(csv(HEADER, GOOD, 'o1,2026-03-02T10:00:00Z,,,,"A,1,1.00,,'));
    expect(r.problems.map((p) => [p.code, p.row])).toEqual([['malformed-row', 3]]);
    expect(r.orders.map((o) => o.id)).toEqual(['o9']);
  });

  it('keeps the first problems and counts the rest', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `o${i},bad,,,,A,1,1.00,,`);
    const r = readHistory(csv(HEADER, ...rows), { limits: { maxProblems: 2 } });
    expect(r.problems.map((p) => p.code)).toEqual(['invalid-value', 'invalid-value', 'too-many-problems']);
    expect(r.counts.problems).toBe(5);
    expect(r.counts.badRows).toBe(5);
  });
});
