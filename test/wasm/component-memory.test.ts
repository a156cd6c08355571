import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { solverModule } from '../../src/wasm/node.ts';
import { instantiateSolver } from '../../src/wasm/solver-module.ts';
import { chainLevel } from '../support/deep-level.ts';
import { canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

beforeAll(ensureWasm);

const MB = 2 ** 20;

// One component of n chained deals over n + 1 lines, so its per-component tables are n × (n + 1)
// cells. Growth is set by the input alone (the module never frees), so the bound is exact. With
// every table dense (three of 64-bit cells, four of 32-bit) the 1,500-deal level grew the module
// to 274 MB and the 800-deal one to 75 MB.
describe('a large component grows the module by its promotions × groups, one 64-bit table, not seven', () => {
  it.each([
    { deals: 800, atMost: 40 },
    { deals: 1_500, atMost: 128 },
  ])('$deals chained deals at a budget of one node: under $atMost MB, same answer as the reference', ({ deals, atMost }) => {
    const solver = instantiateSolver(solverModule());
    const input = chainLevel(deals, 1);
    const out = solver.solveLevel(input);
    expect(solver.memoryBytes).toBeLessThan(atMost * MB);
    expect(canonical(out)).toBe(canonical(solveLevel(input)));
  });
});
