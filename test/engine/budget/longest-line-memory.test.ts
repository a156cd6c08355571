import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index.ts';
import { LIMITS } from '../../../src/domain/limits.ts';
import { solverModule } from '../../../src/wasm/node.ts';
import { instantiateSolver } from '../../../src/wasm/solver-module.ts';
import { readSampleBaskets, readSampleBundle } from '../../support/sample-files.ts';
import { ensureWasm } from '../../wasm/ensure-wasm.ts';

beforeAll(ensureWasm);

const MB = 2 ** 20;

// An order at the unit limit, two deals competing for its sets (sample basket b11 scaled): the
// solver module takes each line as one run, but its own unit table and the incumbent still grow
// with the units. The module never frees, so its memory after the evaluation is the peak it
// reached: 536 MiB when measured (2026-12-04). The bound leaves room for the allocator's doubling,
// not for a second per-unit copy of the order.
describe(`an order of ${LIMITS.unitsPerOrder.toLocaleString('en')} units, the most an order may hold`, () => {
  it('two deals competing for its sets: proven, and the module stays under 768 MiB', () => {
    const { basket } = readSampleBaskets().find((b) => b.file.startsWith('b11'))!;
    const total = basket.order.lines.reduce((a, l) => a + l.quantity, 0);
    const factor = Math.floor(LIMITS.unitsPerOrder / total);
    const order = { ...basket.order, lines: basket.order.lines.map((l) => ({ ...l, quantity: l.quantity * factor })) };
    const solver = instantiateSolver(solverModule());
    const r = evaluate(readSampleBundle(), order, undefined, { solveLevel: solver.solveLevel });
    expect(order.lines.reduce((a, l) => a + l.quantity, 0)).toBeGreaterThan(LIMITS.unitsPerOrder * 0.99);
    expect(r.optimal).toBe(true);
    expect(r.applications.length).toBeLessThan(10);
    expect(solver.memoryBytes).toBeLessThan(768 * MB);
  });
});
