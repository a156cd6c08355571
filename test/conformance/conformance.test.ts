import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import { loadScenarios, runScenario, type Engine } from './harness.ts';

/** Engines under test; the WASM engine joins this list later. */
const ENGINES: readonly Engine[] = [{ name: 'reference', evaluate: (bundle, order, state) => evaluate(bundle, order, state) }];

const scenarios = loadScenarios();

describe.each(ENGINES)('SPEC §12 conformance: $name engine', (engine) => {
  it('has all 18 worked examples', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(18);
  });
  describe.each(scenarios)('$file', ({ scenario }) => {
    it.each(runScenario(engine, scenario))('$name', (report) => {
      expect(report.mismatches).toEqual([]);
    });
  });
});
