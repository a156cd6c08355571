import { describe, expect, it } from 'vitest';
import { readHistory } from '../support/history-factories.ts';

const order = (id: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ id, at: '2026-03-02T10:00:00Z', lines: [{ id: 'l1', productId: 'A', quantity: 1, unitPrice: '1.00' }], ...extra });

describe('JSON-lines history', () => {
  it.each([1, 5, 1000])('reads one order per line (chunks of %i)', (chunk) => {
    const text = `${order('o1')}\n\n${order('o2', { channel: 'online' })}`;
    const r = readHistory(text, { format: 'jsonl' }, chunk);
    expect(r.problems).toEqual([]);
    expect(r.orders.map((o) => [o.id, o.channel])).toEqual([['o1', 'inStore'], ['o2', 'online']]);
    expect(r.counts).toMatchObject({ rows: 2, orders: 2, lines: 2 });
  });

  it.each([
    { name: 'not JSON', line: '{"id": "o1",', code: 'invalid-json', column: undefined },
    { name: 'a schema error', line: order('o1', { channel: 'phone' }), code: 'invalid-value', column: '$.channel' },
    { name: 'an unknown field', line: order('o1', { colour: 'red' }), code: 'invalid-value', column: '$.colour' },
    { name: 'too many decimals', line: order('o1', { shipping: '1.001' }), code: 'invalid-value', column: '$.shipping' },
    { name: 'a repeated order', line: order('o9'), code: 'duplicate-order', column: undefined },
  ])('$name → $code on its row', ({ line, code, column }) => {
    const r = readHistory(`${order('o9')}\n${line}\n`, { format: 'jsonl' });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code, row: 2 });
    expect(r.problems[0]!.column).toBe(column);
    expect(r.orders.map((o) => o.id)).toEqual(['o9']);
  });

  it('a bare customer id is the customer record', () => {
    const r = readHistory(order('o1', { customer: { id: 'c1' } }), {
      format: 'jsonl', customers: [{ id: 'c1', segments: ['vip'], roles: [], points: 5, memberships: [], customFields: {} }],
    });
    expect(r.orders[0]!.customer).toMatchObject({ id: 'c1', segments: ['vip'], points: 5 });
  });
});
