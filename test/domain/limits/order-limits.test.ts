import { describe, expect, it } from 'vitest';
import { validateOrder } from '../../../src/bundle/validate.ts';
import { LIMITS } from '../../../src/domain/limits.ts';
import { orderValue, withValueAt } from '../../support/hostile-factories.ts';

const refused = (value: unknown) => {
  const r = validateOrder(value);
  return r.ok ? [] : r.problems.map((p) => ({ code: p.code, path: p.path }));
};

describe('order limits (each at its limit passes, one past it is refused with a path)', () => {
  it.each([
    ['quantity per line', (n: number) => withValueAt(orderValue(), ['lines', 0, 'quantity'], n), LIMITS.quantityPerLine, 'schema-too-big', '$.lines[0].quantity'],
    ['lines per order', (n: number) => orderValue(n), LIMITS.linesPerOrder, 'schema-too-big', '$.lines'],
    ['codes per order', (n: number) => orderValue(1, { coupons: Array.from({ length: n }, (_, i) => `C${i}`) }), LIMITS.codesPerOrder, 'schema-too-big', '$.coupons'],
    ['code length', (n: number) => orderValue(1, { coupons: ['x'.repeat(n)] }), LIMITS.codeLength, 'schema-too-big', '$.coupons[0]'],
    ['custom fields per object', (n: number) => orderValue(1, { customFields: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])) }), LIMITS.customFieldEntries, 'limit-custom-fields', '$.customFields'],
    ['custom field text', (n: number) => withValueAt(orderValue(), ['lines', 0, 'customFields'], { note: 'x'.repeat(n) }), LIMITS.customFieldText, 'schema-too-big', '$.lines[0].customFields.note'],
  ] as const)('%s', (_what, make, limit, code, path) => {
    expect(refused(make(limit))).toEqual([]);
    expect(refused(make(limit + 1))).toEqual([{ code, path }]);
  });

  it('units per order (Σ quantity) are bounded across lines', () => {
    const half = Math.ceil(LIMITS.unitsPerOrder / 2);
    const two = withValueAt(withValueAt(orderValue(2), ['lines', 0, 'quantity'], half), ['lines', 1, 'quantity'], LIMITS.unitsPerOrder - half);
    expect(refused(two)).toEqual([]);
    expect(refused(withValueAt(two, ['lines', 1, 'quantity'], LIMITS.unitsPerOrder - half + 1))).toEqual([{ code: 'limit-units-per-order', path: '$.lines' }]);
  });

  it('an order worth more than the order-value limit is refused (sums stay inside 64-bit minor units)', () => {
    const atLimit = withValueAt(withValueAt(orderValue(), ['lines', 0, 'quantity'], 1000), ['lines', 0, 'unitPrice'], String(LIMITS.orderValue / 1000));
    expect(LIMITS.unitsPerOrder).toBeGreaterThanOrEqual(1000);
    expect(refused(atLimit)).toEqual([]);
    const over = withValueAt(atLimit, ['lines', 0, 'unitPrice'], `${LIMITS.orderValue / 1000}.01`);
    expect(refused(over)).toEqual([{ code: 'limit-order-value', path: '$.lines' }]);
  });

  // 10,500 overflowed the stack once (issue 11); it is a valid quantity now (deep-search tests).
  it.each([LIMITS.quantityPerLine + 1, 1e8, 1e9])('quantity %d (issue 11: out of memory / no answer) is refused, not evaluated', (q) => {
    expect(refused(withValueAt(orderValue(), ['lines', 0, 'quantity'], q))).toEqual([{ code: 'schema-too-big', path: '$.lines[0].quantity' }]);
  });
});
