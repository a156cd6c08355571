import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitProportional, type SplitTarget } from '../../../src/domain/money.ts';
import { runs } from '../../support/fc-runs.ts';

const units = (...prices: bigint[]): SplitTarget[] => prices.map((weight, line) => ({ weight, line, unit: 0 }));

describe('R2: proportional split with largest remainders', () => {
  it('splits SPEC example 3: $6 over $12, $12, $11, $11, $10 (floors 597, leftover 3 to remainders 4800, 4800, then the earlier $12)', () => {
    expect(splitProportional(600n, units(1200n, 1200n, 1100n, 1100n, 1000n))).toEqual([129n, 128n, 118n, 118n, 107n]);
  });

  it('gives leftover cents to the more expensive unit on equal remainders', () => {
    // 1 cent over 2 units of 3 and 3 → tie on remainder and price: earlier line wins.
    expect(splitProportional(1n, units(300n, 300n))).toEqual([1n, 0n]);
    expect(splitProportional(1n, [{ weight: 300n, line: 1, unit: 0 }, { weight: 300n, line: 0, unit: 0 }])).toEqual([0n, 1n]);
  });

  it('splits negative amounts symmetrically', () => {
    expect(splitProportional(-600n, units(1200n, 1200n, 1100n, 1100n, 1000n))).toEqual([-129n, -128n, -118n, -118n, -107n]);
  });

  const targets = fc.array(fc.bigInt({ min: 0n, max: 1_000_000n }), { minLength: 1, maxLength: 30 }).map((ws) =>
    ws.map((weight, i) => ({ weight, line: i, unit: 0 })),
  );

  it('always sums exactly to the amount and is never negative', () => {
    fc.assert(
      fc.property(targets, fc.bigInt({ min: 0n, max: 10_000_000n }), (ts, amount) => {
        const shares = splitProportional(amount, ts);
        expect(shares.reduce((a, b) => a + b, 0n)).toBe(amount);
        for (const s of shares) expect(s >= 0n).toBe(true);
      }),
      runs(1000),
    );
  });

  it('never gives a unit more than its price when the amount fits', () => {
    fc.assert(
      fc.property(targets, fc.double({ min: 0, max: 1, noNaN: true }), (ts, fraction) => {
        const total = ts.reduce((a, t) => a + t.weight, 0n);
        const amount = (total * BigInt(Math.floor(fraction * 1000))) / 1000n;
        const shares = splitProportional(amount, ts);
        shares.forEach((s, i) => expect(s <= ts[i]!.weight || total === 0n).toBe(true));
      }),
      runs(1000),
    );
  });

  it('does not depend on the order the units are listed in', () => {
    fc.assert(
      fc.property(targets, fc.bigInt({ min: 0n, max: 10_000_000n }), fc.nat(), (ts, amount, seed) => {
        const shuffled = [...ts].sort((a, b) => ((a.line * 7919 + seed) % 97) - ((b.line * 7919 + seed) % 97));
        const direct = splitProportional(amount, ts);
        const viaShuffle = splitProportional(amount, shuffled);
        shuffled.forEach((t, i) => expect(viaShuffle[i]).toBe(direct[t.line]));
      }),
      runs(1000),
    );
  });
});
