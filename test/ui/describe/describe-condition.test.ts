import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/domain/condition.ts';
import { conditionInWords } from '../../../src/ui/describe/describe-condition.ts';
import { describeContext } from '../../support/ui-factories.ts';

const leaves: ReadonlyArray<readonly [Condition, string]> = [
  [{ kind: 'leaf', field: 'subtotal', op: 'gte', value: '50' }, 'Order subtotal (before promotions) is at least $50.00'],
  [{ kind: 'leaf', field: 'age', op: 'between', value: [18, 25] }, "Customer's age is between 18 and 25"],
  [{ kind: 'leaf', field: 'segments', op: 'contains', value: ['vip', 'staff'] }, 'Customer segments contains "vip" or "staff"'],
  [{ kind: 'leaf', field: 'orderCustomField', key: 'table', op: 'hasValue' }, 'Order field "table" has a value'],
  [{ kind: 'leaf', field: 'channel', op: 'in', value: ['online'] }, 'Channel is one of online'],
  [{ kind: 'leaf', field: 'channel', op: 'eq', value: 'inStore' }, 'Channel is in store'],
  [{ kind: 'leaf', field: 'orderType', op: 'ne', value: 'carryOut' }, 'Order type is not carry-out'],
  [{ kind: 'script', scriptId: 'nope' }, 'Script “"nope"” says yes'],
  [{ kind: 'orderProperties', selected: ['gift'], requireAll: false, excluding: false }, 'Order has property "gift"'],
  [{ kind: 'orderProperties', selected: ['a', 'b'], requireAll: true, excluding: false }, 'Order has every property "a" and "b"'],
  [{ kind: 'orderProperties', selected: ['a', 'b'], requireAll: false, excluding: true }, 'Order has some declared property other than "a" or "b"'],
  [{ kind: 'orderProperties', selected: ['a'], requireAll: true, excluding: true }, 'Order has every declared property except "a"'],
];

describe('conditionInWords', () => {
  it.each(leaves)('leaf %j', (condition, expected) => {
    expect(conditionInWords(condition, describeContext())).toEqual({ kind: 'leaf', text: expected });
  });

  it('keeps the tree shape of all/any/not', () => {
    const tree: Condition = {
      kind: 'all',
      of: [
        { kind: 'leaf', field: 'itemCount', op: 'gt', value: 2 },
        { kind: 'not', of: { kind: 'any', of: [{ kind: 'leaf', field: 'outlet', op: 'eq', value: 'airport' }] } },
      ],
    };
    expect(conditionInWords(tree, describeContext())).toEqual({
      kind: 'group',
      text: 'All of these hold',
      children: [
        { kind: 'leaf', text: 'Number of items is more than 2' },
        {
          kind: 'group',
          text: 'This does not hold',
          children: [{ kind: 'group', text: 'At least one of these holds', children: [{ kind: 'leaf', text: 'Outlet is "airport"' }] }],
        },
      ],
    });
  });
});
