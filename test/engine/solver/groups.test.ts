import { describe, expect, it } from 'vitest';
import { groupUnits } from '../../../src/engine/solver/groups.ts';
import { FREE, buys, makeLevel, type PromoSpec, type UnitSpec } from '../../support/solver-factories.ts';

const deal = (id: string, qualifying: number[], extra: Partial<PromoSpec> = {}): PromoSpec =>
  ({ id, tiers: [{ threshold: buys(2), reward: FREE }], qualifying, ...extra });

const cases: {
  name: string;
  units: UnitSpec[];
  promos: PromoSpec[];
  available?: boolean[];
  members: number[][];
  qual: number[][];
  ben: number[][];
}[] = [
  {
    name: 'units with the same price and the same roles share a group; another role splits them',
    units: [{ price: 500n }, { price: 500n }, { price: 500n }, { price: 700n }],
    promos: [deal('a', [0, 1, 2, 3]), deal('b', [2])],
    members: [[0, 1], [2], [3]],
    qual: [[0, 1, 2], [1]],
    ben: [[], []],
  },
  {
    name: 'units no promotion lists, and unavailable units, are left out',
    units: [{ price: 500n }, { price: 500n }, { price: 500n }],
    promos: [deal('a', [0, 1])],
    available: [true, false, true],
    members: [[0]],
    qual: [[0]],
    ben: [[]],
  },
  {
    name: 'a unit listed as qualifying and benefit of one promotion is a benefit unit of it',
    units: [{ price: 500n }, { price: 500n }, { price: 500n }],
    promos: [deal('a', [0, 1], { target: 'cheapestBenefit', benefit: [1, 2] })],
    members: [[0], [1, 2]],
    qual: [[0]],
    ben: [[1]],
  },
  {
    name: 'the product splits a group only where a `same` deal qualifies the units',
    units: [{ price: 500n, product: 'A' }, { price: 500n, product: 'B' }, { price: 500n, product: 'A' }, { price: 500n, product: 'B' }],
    promos: [deal('any', [0, 1, 2, 3]), deal('same', [2, 3], { combination: 'same' })],
    members: [[0, 1], [2], [3]],
    qual: [[0, 1, 2], [1, 2]],
    ben: [[], []],
  },
  {
    name: 'groups are ordered by their first unit in (line, unit) order, not by index',
    units: [{ price: 700n, line: 1 }, { price: 500n, line: 0 }, { price: 700n, line: 2 }],
    promos: [deal('a', [0, 1, 2])],
    members: [[1], [0, 2]],
    qual: [[0, 1]],
    ben: [[]],
  },
];

describe('groupUnits: identical units counted as one group', () => {
  it.each(cases)('$name', ({ units, promos, available, members, qual, ben }) => {
    const level = makeLevel(units, promos, available === undefined ? {} : { available });
    const groups = groupUnits(level);
    expect(groups.members).toEqual(members);
    expect(groups.qualGroups).toEqual(qual);
    expect(groups.benGroups).toEqual(ben);
  });
});
