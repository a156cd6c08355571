import { describe, expect, it } from 'vitest';
import { disperse, type BookingRequest, type BookingUnits } from '../../src/engine/dispersion.ts';
import type { EngineUnit } from '../../src/engine/units.ts';
import type { UnitRange } from '../../src/engine/unit-ranges.ts';

/** One line of `n` alike units at `price` (a run), then a second line of 4 units at 5.00. */
function booking(n: number, price: bigint): BookingUnits {
  const line = (index: number, count: number, line: number, p: bigint): EngineUnit => ({
    index, count, line, unit: 0, lineId: `l${line + 1}`, productId: 'A', price: p, customerPrice: p, floor: 0n, taxRate: 0, manualPrice: false,
  });
  const runs = [line(0, n, 0, price), line(n, 4, 1, 500n)];
  return { runs: runs.map((unit) => ({ unit, base: unit.price })), discountable: [{ from: 0, to: n + 4 }] };
}

const single = (u: number): UnitRange => ({ from: u, to: u + 1 });

/**
 * m copies of a set of `c` units (the first `r` rewarded, `each` saving per copy) on line 1,
 * counted (strata: place j of every copy is units [j·m, (j+1)·m)) and copy by copy.
 */
function copies(m: number, c: number, r: number, each: bigint, choice: BookingRequest['choice']): { counted: BookingRequest; perCopy: BookingRequest[] } {
  const counted: BookingRequest = {
    used: [{ from: 0, to: m * c }], rewarded: r === 0 ? [] : [{ from: 0, to: m * r }], savings: r === 0 ? [] : [each / BigInt(r)],
    saving: each * BigInt(m), choice, copies: m,
  };
  const perCopy = Array.from({ length: m }, (_, k): BookingRequest => ({
    used: Array.from({ length: c }, (_, j) => single(j * m + k)),
    rewarded: Array.from({ length: r }, (_, j) => single(j * m + k)),
    savings: Array.from({ length: r }, () => each / BigInt(r)),
    saving: each, choice,
  }));
  return { counted, perCopy };
}

/** Per unit, the amount booked on it by all the shares. */
function perUnit(shares: readonly { from: number; to: number; amount: bigint }[][]): Map<number, bigint> {
  const out = new Map<number, bigint>();
  for (const list of shares) for (const s of list) for (let i = s.from; i < s.to; i++) out.set(i, (out.get(i) ?? 0n) + s.amount);
  return out;
}

describe('a counted record booked with a fixed dispersion books as its copies one by one would', () => {
  it.each<[string, number, number, number, bigint, BookingRequest['choice'], number]>([
    // name, copies, units per copy, rewarded per copy, saving per copy, dispersion, most shares expected
    ['proportional over the set, an odd saving (R2 leftovers on each copy\'s first unit)', 300, 3, 1, 301n, { financial: 0, product: 0 }, 6],
    ['cheapest first over the set', 500, 3, 1, 450n, { financial: 2, product: 0 }, 6],
    ['most expensive first on the rewarded units', 200, 5, 2, 700n, { financial: 1, product: 1 }, 10],
    ['proportional on the non-rewarded units', 250, 4, 1, 299n, { financial: 0, product: 2 }, 8],
  ])('%s', (_name, m, c, r, each, choice, most) => {
    const { counted, perCopy } = copies(m, c, r, each, choice);
    const one = disperse([counted], booking(m * c, 300n));
    const many = disperse(perCopy, booking(m * c, 300n));
    expect(perUnit(one)).toEqual(perUnit(many));
    // Place j of every copy is one range: a few shares, not one per copy.
    expect(one[0]!.length).toBeLessThanOrEqual(most);
  });

  it('copies that do not stand alike in the booking are booked one by one, still as their copies would be', () => {
    const m = 100;
    const { counted, perCopy } = copies(m, 3, 1, 300n, { financial: 2, product: 0 });
    // An earlier application booked 1.00 on units 0–9 only: place 0 of the copies is not alike.
    const earlier: BookingRequest = { used: [{ from: 0, to: 10 }], rewarded: [{ from: 0, to: 10 }], savings: [100n], saving: 1_000n, choice: { financial: 0, product: 0, asComputed: true } };
    const one = disperse([earlier, counted], booking(m * 3, 300n));
    const many = disperse([earlier, ...perCopy], booking(m * 3, 300n));
    expect(perUnit(one)).toEqual(perUnit(many));
  });

  it('a copy whose saving spills past its own units makes every copy book on its own', () => {
    const m = 50;
    // A set of 3 units of 3.00 holds 9.00: 9.10 per copy spills 0.10 onto the second line's
    // units (order-wide), where the copies meet.
    const { counted, perCopy } = copies(m, 3, 1, 910n, { financial: 0, product: 0 });
    const one = disperse([counted], booking(m * 3, 300n));
    const many = disperse(perCopy, booking(m * 3, 300n));
    expect(perUnit(one)).toEqual(perUnit(many));
  });
});
