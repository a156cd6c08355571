import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitProportionalRuns } from '../../../src/domain/index.ts';
import { splitWithRoom } from '../../../src/engine/rewards/split.ts';
import type { EngineUnit } from '../../../src/engine/units.ts';
import { runs } from '../../support/fc-runs.ts';

/** Runs of alike units on a few lines: weight, room and count per run, in line then unit order. */
const runList = fc.array(
  fc.record({ line: fc.integer({ min: 0, max: 2 }), weight: fc.bigInt({ min: 0n, max: 2000n }), room: fc.bigInt({ min: 0n, max: 2000n }), count: fc.integer({ min: 1, max: 6 }) }),
  { minLength: 1, maxLength: 6 },
).map((rs) => {
  // Index the runs as an evaluation would: lines in order, each line's runs one after another.
  const sorted = [...rs].sort((a, b) => a.line - b.line);
  let index = 0;
  const at = new Map<number, number>();
  return sorted.map((r) => {
    const unit = at.get(r.line) ?? 0;
    at.set(r.line, unit + r.count);
    const out = { ...r, index, unit };
    index += r.count;
    return out;
  });
});

const engineUnit = (r: { line: number; index: number; unit: number; count: number }): EngineUnit => ({
  index: r.index, count: r.count, line: r.line, unit: r.unit, lineId: `l${r.line}`, productId: 'p', price: 0n, customerPrice: 0n, floor: 0n, taxRate: 0, manualPrice: false,
});

/** R2 written out unit by unit, as SPEC §1 says it: floors, then one minor unit each to the largest remainders. */
function naiveR2(amount: bigint, units: readonly { weight: bigint; line: number; unit: number }[]): bigint[] {
  const total = units.reduce((a, u) => a + u.weight, 0n);
  const w = units.map((u) => (total === 0n ? 1n : u.weight));
  const sum = total === 0n ? BigInt(units.length) : total;
  const shares = w.map((x) => (amount * x) / sum);
  let left = amount - shares.reduce((a, b) => a + b, 0n);
  const order = units.map((_, i) => i).sort((a, b) => {
    const ra = (amount * w[a]!) % sum;
    const rb = (amount * w[b]!) % sum;
    if (ra !== rb) return ra > rb ? -1 : 1;
    if (units[a]!.weight !== units[b]!.weight) return units[a]!.weight > units[b]!.weight ? -1 : 1;
    return units[a]!.line - units[b]!.line || units[a]!.unit - units[b]!.unit;
  });
  for (const i of order) {
    if (left === 0n) break;
    shares[i]! += 1n;
    left -= 1n;
  }
  return shares;
}

describe('R2 over runs of alike units equals R2 over every unit', () => {
  it('splitProportionalRuns', () => {
    fc.assert(fc.property(runList, fc.bigInt({ min: 0n, max: 100000n }), (rs, amount) => {
      const perUnit = naiveR2(amount, rs.flatMap((r) => Array.from({ length: r.count }, (_, k) => ({ weight: r.weight, line: r.line, unit: r.unit + k }))));
      const byRun = splitProportionalRuns(amount, rs).flatMap((s, i) => Array.from({ length: rs[i]!.count }, (_, k) => s.share + (k < s.extra ? 1n : 0n)));
      expect(byRun).toEqual(perUnit);
    }), runs(300));
  });

  it('splitWithRoom', () => {
    fc.assert(fc.property(runList, fc.bigInt({ min: 0n, max: 100000n }), (rs, amount) => {
      const whole = splitWithRoom(amount, rs.map((r) => ({ unit: engineUnit(r), weight: r.weight, room: r.room })));
      const single = splitWithRoom(amount, rs.flatMap((r) => Array.from({ length: r.count }, (_, k) => ({ unit: engineUnit({ ...r, index: r.index + k, unit: r.unit + k, count: 1 }), weight: r.weight, room: r.room }))));
      const flat = (shares: readonly { from: number; to: number; amount: bigint }[]): bigint[] => {
        const out: bigint[] = [];
        for (const s of shares) for (let i = s.from; i < s.to; i++) out[i] = (out[i] ?? 0n) + s.amount;
        return out;
      };
      expect(flat(whole.shares)).toEqual(flat(single.shares));
      expect(whole.clipped).toBe(single.clipped);
    }), runs(300));
  });
});
