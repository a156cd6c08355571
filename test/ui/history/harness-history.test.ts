import { describe, expect, it } from 'vitest';
import { harnessHistory } from '../../../src/ui/history/harness-history.ts';

const order = (extra: Record<string, unknown> = {}) => ({ id: 'x', at: '2026-05-01T09:30:00-04:00', lines: [{ id: 'l1', productId: 'p-1', quantity: 1, unitPrice: '2.00' }], ...extra });

describe('harnessHistory (the report development page\'s history)', () => {
  const orders = harnessHistory(
    [
      { id: 'a', order: order() },
      { id: 'b', order: order({ customer: { id: 'c-own' } }) },
      { id: 'bad', order: { id: 'no lines' } },
    ],
    ['c-1', 'c-2'],
  );

  it('brings each basket back every third day over six weeks, at its own time of day, and skips an order that does not validate', () => {
    expect(orders.filter((o) => o.id.endsWith('-a')).map((o) => o.id.slice(0, 3))).toEqual(['h01', 'h04', 'h07', 'h10', 'h13', 'h16', 'h19', 'h22', 'h25', 'h28', 'h31', 'h34', 'h37', 'h40']);
    expect(orders.filter((o) => o.id.endsWith('-b'))).toHaveLength(14);
    expect(orders.some((o) => o.id.endsWith('-bad'))).toBe(false);
    expect(orders.find((o) => o.id === 'h01-a')!.at).toBe('2026-03-02T09:30:00-04:00');
  });

  it('keeps a basket\'s own customer, and rotates the given ones otherwise', () => {
    expect(new Set(orders.filter((o) => o.id.endsWith('-b')).map((o) => o.customer?.id))).toEqual(new Set(['c-own']));
    expect(orders.filter((o) => o.id.endsWith('-a')).slice(0, 3).map((o) => o.customer?.id)).toEqual(['c-1', 'c-2', 'c-1']);
  });
});
