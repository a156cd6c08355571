import { describe, expect, it } from 'vitest';
import { disperse, type BookingRequest, type BookingUnits } from '../../src/engine/dispersion.ts';
import type { EngineUnit } from '../../src/engine/units.ts';

const unit = (index: number, price: bigint, taxRate = 0, floor = 0n): EngineUnit => ({
  index, count: 1, line: index, unit: 0, lineId: `l${index + 1}`, productId: 'A', price, customerPrice: price, floor, taxRate, manualPrice: false,
});
const ranges = (indices: readonly number[]) => indices.map((i) => ({ from: i, to: i + 1 }));
/** Booking on one-unit lines, in the unit-index form the tables below are written in. */
const disperseUnits = (
  requests: readonly (Omit<BookingRequest, 'used' | 'rewarded'> & { used: number[]; rewarded: number[] })[],
  u: { units: EngineUnit[]; base: bigint[]; discountable: number[] },
): Map<number, bigint>[] => {
  const booking: BookingUnits = { runs: u.units.map((unit, i) => ({ unit, base: u.base[i]! })), discountable: ranges(u.discountable) };
  return disperse(requests.map((r) => ({ ...r, used: ranges(r.used), rewarded: ranges(r.rewarded) })), booking).map((shares) => {
    const m = new Map<number, bigint>();
    for (const s of shares) for (let i = s.from; i < s.to; i++) m.set(i, (m.get(i) ?? 0n) + s.amount);
    return m;
  });
};
// Three units of 10.00, 6.00, 4.00 with tax 0 %, 20 %, 5 %; one application saving 5.00 over all three.
const units = [unit(0, 1000n, 0), unit(1, 600n, 2000), unit(2, 400n, 500)];
const book = (financial: number, product: number, rewarded = [2]) =>
  Object.fromEntries(disperseUnits([{ used: [0, 1, 2], rewarded, saving: 500n, savings: rewarded.map(() => 0n), choice: { financial, product } }], {
    units, base: units.map((u) => u.price), discountable: [0, 1, 2],
  })[0]!);

describe('dispersion (SPEC §8): where a saving is booked', () => {
  it.each<[number, number, Record<number, bigint>, string]>([
    // financial, product, expected booking (unit index → minor units), why
    [0, 0, { 0: 250n, 1: 150n, 2: 100n }, 'proportional over the set: 500 × 10/20, 6/20, 4/20'],
    [1, 0, { 0: 500n }, 'most expensive first: the 10.00 unit holds all 5.00'],
    [2, 0, { 2: 400n, 1: 100n }, 'cheapest first: 4.00 fills, 1.00 on the 6.00 unit'],
    [3, 0, { 1: 500n }, 'highest tax first: the 20 % unit'],
    [4, 0, { 0: 500n }, 'lowest tax first: the 0 % unit'],
    [0, 1, { 2: 400n, 0: 63n, 1: 37n }, 'rewarded unit only (4.00), the 1.00 it cannot hold spills over the set'],
    [0, 2, { 0: 313n, 1: 187n }, 'non-rewarded units: 500 × 10/16 = 312.5, 6/16 = 187.5; the cent to the dearer unit'],
  ])('financial %i × product %i → %o (%s)', (financial, product, expected) => {
    expect(book(financial, product)).toEqual(Object.fromEntries(Object.entries(expected)));
  });

  it('respects floors: a unit never takes more than price − floor', () => {
    const floored = [unit(0, 1000n, 0, 900n), unit(1, 1000n)];
    const r = disperseUnits([{ used: [0, 1], rewarded: [0, 1], saving: 1000n, savings: [0n, 0n], choice: { financial: 0, product: 0 } }], {
      units: floored, base: [1000n, 1000n], discountable: [0, 1],
    })[0]!;
    expect(Object.fromEntries(r)).toEqual({ 0: 100n, 1: 900n });
  });
});

describe('unit rewards with no named dispersion keep their own savings', () => {
  const mugs = [1100n, 1200n, 1400n];
  const mugUnits = {
    units: mugs.map((price, index) => unit(index, price)),
    base: mugs,
    discountable: [0, 1, 2],
  };
  it.each([
    ['as computed', { financial: 0, product: 1, asComputed: true }, { 0: 100n, 1: 200n, 2: 400n }],
    ['named financial 0 re-splits by price', { financial: 0, product: 1 }, { 0: 208n, 1: 227n, 2: 265n }],
  ])('%s', (_name, choice, expected) => {
    const [booked] = disperseUnits([{ used: [0, 1, 2], rewarded: [0, 1, 2], saving: 700n, savings: [100n, 200n, 400n], choice }], mugUnits);
    expect(Object.fromEntries(booked!)).toEqual(expected);
  });
});
