import { describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { line, makeLevel, pct, spends, usd, type PromoSpec, type UnitSpec } from '../../support/solver-factories.ts';

/** "Spend $50, 15 % off everything", optionally at most `cap` off. */
const spend50 = (cap?: bigint): PromoSpec => ({
  id: 'spend-50', target: 'allQualifying', tiers: [{ threshold: spends(usd(50)), reward: pct(1500) }],
  ...(cap === undefined ? {} : { maxDiscount: cap }),
});

// A range deal alone on long lines. Its best application is found count by count: the most units
// first, then only the counts whose branch can still win (docs/solver.md, "Shortcuts"). Walking
// every count down from the most cost a node each, and a capped deal — whose best is the fewest
// units reaching the cap — improved one unit at a time: 5,000 units ran past a 5,000-node budget.
const CASES: [string, UnitSpec[], PromoSpec, { units: number[]; saving: bigint }][] = [
  ['capped: the fewest units reaching the cap', line(5000, usd('79.99')), spend50(usd(12)), { units: [1, 0], saving: usd(12) }],
  ['uncapped: every unit', line(5000, usd('79.99')), spend50(), { units: [5000, 0], saving: 5000n * usd(12) }],
  // 15 % of $39.99 is $6.00, of $49.99 $7.50: any two units reach the $12 cap, and among two-unit
  // sets the preference order takes the earlier line's units first.
  ['capped over two lines: two units, the earlier line first',
    [...line(2500, usd('39.99'), 'A', 0), ...line(2500, usd('49.99'), 'B', 1)], spend50(usd(12)), { units: [2, 0], saving: usd(12) }],
];

describe('a range deal alone on long lines is proven within a small budget', () => {
  it.each(CASES)('%s', (_name, units, deal, expected) => {
    const level = makeLevel(units, [deal], { searchBudget: 5_000 });
    const out = solveLevel(level);
    expect(out.optimal).toBe(true);
    expect(out.applications).toHaveLength(1);
    const app = out.applications[0]!;
    expect(app.saving).toBe(expected.saving);
    const perLine = [0, 0];
    for (const u of app.used) perLine[level.units[u]!.line]! += 1;
    expect(perLine).toEqual(expected.units);
    expect(wasmSolveLevel(level)).toEqual(out);
  });
});
