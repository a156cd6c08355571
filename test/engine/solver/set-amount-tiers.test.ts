import { describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { buys, line, makeLevel, setOff, usd } from '../../support/solver-factories.ts';

/** Most saving of "3 for $5 off" and "5 for $10 off" sets on n units (every set reaches its amount). */
function bestSets(n: number): bigint {
  let best = 0n;
  for (let five = 0; 5 * five <= n; five++) {
    const v = BigInt(five) * usd(10) + BigInt(Math.floor((n - 5 * five) / 3)) * usd(5);
    if (v > best) best = v;
  }
  return best;
}

// "3 for $5 off, 5 for $10 off" on the pasta lines (sample basket b07, scaled): every split of the
// units into threes and fives that wastes at most a unit or two ties on saving, and the search
// walked them all. A promotion whose tiers are all set amounts is now bounded by the most its sets
// can save on the units left (a knapsack over its tiers, once per component) and reaches its best
// gain per unit at the best tier's rate ($10 per 5 units, not $10 per 3), so the ties are told
// apart by units (docs/solver.md, Algorithm 5).
const CASES: [string, number[]][] = [
  ['99 fives and a unit over (496 units)', [186, 124, 124, 62]],
  ['a three left over (18 units)', [6, 4, 4, 4]],
  ['992 fives (4,960 units)', [1860, 1240, 1240, 620]],
];

describe('a promotion of set amounts on long lines is proven', () => {
  it.each(CASES)('%s', (_name, counts) => {
    const prices = [usd('2.49'), usd('2.49'), usd('4.00'), usd('5.29')];
    const units = counts.flatMap((n, l) => line(n, prices[l]!, `p${l}`, l));
    const level = makeLevel(units, [{
      id: 'pasta', target: 'allQualifying',
      tiers: [{ threshold: buys(3), reward: setOff(usd(5)) }, { threshold: buys(5), reward: setOff(usd(10)) }],
    }], { searchBudget: 50_000 });
    const out = solveLevel(level);
    expect(out.optimal).toBe(true);
    expect(out.total).toBe(bestSets(units.length));
    expect(wasmSolveLevel(level)).toEqual(out);
  });
});

describe('past a component\'s knapsack cells', () => {
  it('many set-amount promotions over long lines: the same output in both engines', () => {
    // 120 promotions of "40 for $40, 50 for $52" over 3,000 units: 2,600 cells each, so the last
    // twenty or so find the component's 262,144 cells spent and keep the other bounds. (Whether a
    // given bound decides a node here is the search's business: this asserts the engines agree.)
    const units = [...line(1500, 300n, 'A', 0), ...line(1500, 500n, 'B', 1)];
    const promos = Array.from({ length: 120 }, (_, i) => ({
      id: `p${String(i).padStart(3, '0')}`, target: 'allQualifying' as const,
      tiers: [{ threshold: buys(40), reward: setOff(BigInt(4000 + i)) }, { threshold: buys(50), reward: setOff(BigInt(5200 + i)) }],
    }));
    const level = makeLevel(units, promos, { searchBudget: 3_000 });
    const out = solveLevel(level);
    expect(out.total > 0n).toBe(true);
    expect(wasmSolveLevel(level)).toEqual(out);
  });
});
