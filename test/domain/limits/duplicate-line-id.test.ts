import { describe, expect, it } from 'vitest';
import { validateBundle, validateOrder } from '../../../src/bundle/validate.ts';
import { makeBundle } from '../../support/bundle-factories.ts';
import { orderValue, withValueAt } from '../../support/hostile-factories.ts';

// Issue 11: duplicate line ids were accepted; results and manual requests name lines by id.
describe('line ids are unique within an order', () => {
  it('the second line with an id is refused, naming the first', () => {
    const r = validateOrder(withValueAt(orderValue(3), ['lines', 2, 'id'], 'l1'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toEqual([expect.objectContaining({ code: 'duplicate-line-id', path: '$.lines[2].id' })]);
      expect(r.problems[0]!.message).toContain('lines[0]');
    }
  });

  it('the same rule holds for a saved basket inside a bundle', () => {
    const bundle = makeBundle() as unknown as { baskets: { order: Record<string, unknown> }[] };
    bundle.baskets[0]!.order = withValueAt(orderValue(2), ['lines', 1, 'id'], 'l1');
    const r = validateBundle(bundle);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.objectContaining({ code: 'duplicate-line-id', path: '$.baskets[0].order.lines[1].id' }));
  });
});
