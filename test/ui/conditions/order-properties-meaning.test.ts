import { expect, it } from 'vitest';
import { orderPropertiesMeaning } from '../../../src/ui/conditions/order-properties-meaning.ts';

const declared = ['gift', 'express', 'pickup'];

// SPEC §3.4's four rows, then the edge cases of an empty or complete selection.
it.each<[readonly string[], boolean, boolean, string]>([
  [['gift', 'express'], false, false, 'Holds when at least one of gift or express is on the order.'],
  [['gift', 'express'], true, false, 'Holds when every one of gift and express is on the order.'],
  [['gift'], false, true, 'Holds when at least one property other than gift is on the order: express or pickup.'],
  [['gift'], true, true, 'Holds when every declared property other than gift is on the order: express and pickup.'],
  [['gift'], true, false, 'Holds when gift is on the order.'],
  [['gift', 'express'], false, true, 'Holds when pickup, the only declared property other than gift or express, is on the order.'],
  [[], false, false, 'Never holds: no property is selected.'],
  [[], true, false, 'Always holds: no property is required.'],
  [declared, false, true, 'Never holds: every declared property is selected, so none is left.'],
  [declared, true, true, 'Always holds: every declared property is selected, so nothing is required.'],
])('%j requireAll=%s excluding=%s', (selected, requireAll, excluding, expected) => {
  expect(orderPropertiesMeaning(selected, requireAll, excluding, declared)).toBe(expected);
});
