import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import type { SolveInput } from '../../src/engine/solver/types.ts';
import { wasmSolveLevel } from '../../src/wasm/node.ts';
import { arbitraryWasmLevel, canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

beforeAll(ensureWasm);

/**
 * Known differences between the engines, by name → why. Empty: none is known. A case listed here
 * would be skipped by `differs` below; keep it empty unless a difference is understood and tracked.
 */
export const KNOWN_ISSUES: Readonly<Record<string, string>> = {};

const differs = (input: SolveInput): boolean => canonical(solveLevel(input)) !== canonical(wasmSolveLevel(input));

describe('WASM solver equals the TypeScript reference on random levels', () => {
  it('2,000 small levels (any policy, budgets from 1 node): identical SolveOutput', () => {
    fc.assert(
      fc.property(arbitraryWasmLevel(8, 5), (input) => {
        expect(canonical(wasmSolveLevel(input))).toBe(canonical(solveLevel(input)));
      }),
      { numRuns: 2000, seed: 8 },
    );
  });

  it('300 larger levels (up to 14 units, 7 promotions)', () => {
    fc.assert(fc.property(arbitraryWasmLevel(14, 7), (input) => !differs(input)), { numRuns: 300, seed: 88 });
  });

  it('the known-issues map is empty', () => {
    expect(Object.keys(KNOWN_ISSUES)).toEqual([]);
  });
});
