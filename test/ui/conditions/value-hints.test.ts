import { expect, it } from 'vitest';
import type { ConditionField } from '../../../src/domain/condition.ts';
import { valueHints } from '../../../src/ui/conditions/value-hints.ts';
import { bundle, customer, leaf, order } from '../../support/eligibility-factories.ts';

const b = bundle({
  customers: [{ id: 'c9', segments: ['gold'], memberships: ['plus'] }],
  baskets: [{ id: 'b1', name: 'B', order: { ...orderInput(), outlet: 'TOR-01', customer: customer({ segments: ['silver', 'gold'], postalCode: 'M5V' }) } }],
  promotions: [
    { id: 'p1', name: 'P', rule: { kind: 'orderDiscount', reward: { kind: 'percent', percent: '5' } },
      conditions: { kind: 'all', of: [leaf('segments', 'contains', 'vip'), { kind: 'not', of: leaf('outlet', 'in', ['AIR-01']) }] } },
  ],
});

function orderInput() {
  const o = order();
  return { id: o.id, at: o.at, lines: o.lines.map((l) => ({ id: l.id, productId: l.productId, quantity: l.quantity, unitPrice: l.unitPrice })) };
}

it.each<[ConditionField, readonly string[]]>([
  ['segments', ['gold', 'silver', 'vip']],
  ['outlet', ['AIR-01', 'TOR-01']],
  ['postalCode', ['M5V']],
  ['memberships', ['plus']],
  ['stockLabel', ['clearance']],
  ['email', []],
])('%s', (field, expected) => {
  expect(valueHints(b, field)).toEqual(expected);
});
