import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import { solveLevel } from '../../src/engine/solver/index.ts';
import type { SolveInput, SolveOutput } from '../../src/engine/solver/types.ts';
import { wasmSolveLevel } from '../../src/wasm/node.ts';
import { loadScenarios, runScenario, type Engine } from '../conformance/harness.ts';
import { FREE, atLeast, buys, fixedTotal, line, makeLevel, pct, setOff, spends, unitPrice, usd } from '../support/solver-factories.ts';
import { canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

beforeAll(ensureWasm);

/** Every level the WASM engine solved, with both engines' outputs for the same input. */
let levels: { ts: string; wasm: string }[] = [];
const recordingWasm = (input: SolveInput): SolveOutput => {
  const out = wasmSolveLevel(input);
  levels.push({ ts: canonical(solveLevel(input)), wasm: canonical(out) });
  return out;
};

const reference: Engine = { name: 'reference', evaluate: (b, o, s) => evaluate(b, o, s) };
/** The same pipeline with the WASM level solver plugged in (EvaluateOptions.solveLevel). */
const wasm: Engine = { name: 'wasm', evaluate: (b, o, s) => evaluate(b, o, s, { solveLevel: recordingWasm }) };

const scenarios = loadScenarios();

describe('SPEC §12 scenarios: the WASM level solver inside the pipeline', () => {
  describe.each(scenarios)('$file', ({ scenario }) => {
    it('meets every expectation, with the same result and the same level outputs as the reference', () => {
      levels = [];
      const viaWasm = runScenario(wasm, scenario);
      const viaTs = runScenario(reference, scenario);
      expect(viaWasm.flatMap((c) => c.mismatches)).toEqual([]);
      expect(viaWasm).toEqual(viaTs);
      for (const l of levels) expect(l.wasm).toBe(l.ts);
    });
  });

  it('solved at least one item-deal level through WASM', () => {
    levels = [];
    for (const { scenario } of scenarios) runScenario(wasm, scenario);
    expect(levels.length).toBeGreaterThan(0);
  });
});

/** Solver-level cases named after the SPEC §4.1/§5 behaviour they exercise. */
const LEVELS: readonly { name: string; level: SolveInput }[] = [
  { name: 'buy 2 same, cheapest free', level: makeLevel(line(5, usd(10)), [{ id: 'P', combination: 'same', tiers: [{ threshold: buys(2), reward: FREE }] }]) },
  { name: 'buy 5 any for a fixed total', level: makeLevel([...line(3, usd(4), 'A', 0), ...line(3, usd(6), 'B', 1)], [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(5), reward: fixedTotal(usd(20)) }] }]) },
  { name: 'percent tiers are ranges', level: makeLevel(line(9, usd(5)), [{ id: 'P', target: 'allQualifying', tiers: [3, 5, 8].map((q, i) => ({ threshold: buys(q), reward: pct(1000 * (i + 1)) })) }]) },
  { name: 'money tiers are exact bundles', level: makeLevel(line(8, usd(5)), [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(3), reward: setOff(usd(5)) }, { threshold: buys(5), reward: setOff(usd(10)) }] }]) },
  { name: 'buys at least 2 at a unit price', level: makeLevel(line(4, usd(12)), [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: atLeast(2), reward: unitPrice(usd(9)) }] }]) },
  { name: 'spends at least, capped', level: makeLevel(line(4, usd(30)), [{ id: 'P', target: 'allQualifying', maxDiscount: usd(15), tiers: [{ threshold: spends(usd(100)), reward: pct(2000) }] }]) },
  { name: 'best deal inside a level', level: makeLevel([...line(3, usd(10), 'A', 0), ...line(3, usd(7), 'B', 1)], [
    { id: 'free', tiers: [{ threshold: buys(2), reward: FREE }] },
    { id: 'pct', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(2000) }] },
  ]) },
  { name: 'customer price competes', level: makeLevel([{ price: usd(10), customerPrice: usd(8) }, { price: usd(10), customerPrice: usd(8) }], [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(2), reward: pct(1000) }] }]) },
  { name: 'benefit target', level: makeLevel([{ price: usd(10), product: 'X' }, { price: usd(10), product: 'X' }, { price: usd(6), product: 'Y' }], [{ id: 'P', target: 'cheapestBenefit', benefit: [2], tiers: [{ threshold: buys(2), reward: pct(5000) }] }]) },
  { name: 'cheapest benefit is the cheapest available', level: makeLevel([{ price: usd(300), product: 'suit' }, { price: usd(45), product: 'shirt' }, { price: usd(25), product: 'shirt' }], [{ id: 'P', target: 'cheapestBenefit', qualifying: [0], benefit: [1, 2], tiers: [{ threshold: buys(1), reward: FREE }] }]) },
  { name: 'an earlier deal keeps a losing unit for a later cheapest-benefit deal', level: makeLevel(
    [{ price: usd(300), product: 'suit' }, { price: usd(25), customerPrice: usd(22), product: 'shirt' }, { price: usd(45), product: 'shirt' }, { price: usd(100), product: 'shirt' }],
    [
      { id: 'A', target: 'allQualifying', qualifying: [1, 3], tiers: [{ threshold: buys(1), reward: pct(1000) }] },
      { id: 'B', target: 'cheapestBenefit', qualifying: [0], benefit: [1, 2], tiers: [{ threshold: buys(1), reward: FREE }] },
    ]) },
  { name: 'POS policy', level: makeLevel(line(4, usd(10)), [{ id: 'P', tiers: [{ threshold: buys(2), reward: FREE }] }], { policy: 'cheapestInTransaction' }) },
  { name: 'budget of one node', level: makeLevel(line(6, usd(10)), [{ id: 'A', tiers: [{ threshold: buys(2), reward: FREE }] }, { id: 'B', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(3000) }] }], { searchBudget: 1 }) },
];

describe('solver-level cases: WASM equals the reference', () => {
  it.each(LEVELS)('$name', ({ level }) => {
    expect(canonical(wasmSolveLevel(level))).toBe(canonical(solveLevel(level)));
  });
});
