/**
 * Differential fuzzing of the WASM solver against the TypeScript reference, each with the
 * neighbourhood search of cut-off levels over itself (not a vitest test:
 * `npm run fuzz -- [--runs N] [--seed S] [--max-units U] [--max-promos P] [--long-lines] [--counted]`).
 * With `--long-lines` the levels are up to four lines of up to U identical units each, so the
 * search walks chains (docs/solver.md 11); with `--counted`, two to four lines of 2,000–8,000
 * units under shop deals, where the counted incumbent leads the search (docs/solver.md 5b). Prints a summary and the first counterexamples; exits 1 when
 * any output differs.
 */
import fc from 'fast-check';
import { improveByNeighbourhoods, solveLevel } from '../../src/engine/solver/index.ts';
import type { SolveInput } from '../../src/engine/solver/types.ts';
import { wasmSolveLevel } from '../../src/wasm/node.ts';
import { arbitraryCountedLevel, arbitraryWasmLevel, canonical } from '../support/wasm-factories.ts';
import { arbitraryLongLineLevel } from '../support/solver-factories.ts';
import { ensureWasm } from '../wasm/ensure-wasm.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
}

const runs = arg('runs', 100_000);
const seed = arg('seed', 20261121);
const maxUnits = arg('max-units', 10);
const maxPromos = arg('max-promos', 6);
const longLines = process.argv.includes('--long-lines');
const counted = process.argv.includes('--counted');

ensureWasm();
let cases = 0;
let differing = 0;
let cutOff = 0;
let pos = 0;
let nodes = 0;
const examples: SolveInput[] = [];
const started = process.hrtime.bigint();
fc.assert(
  fc.property(counted ? arbitraryCountedLevel() : longLines ? arbitraryLongLineLevel(4, maxUnits, maxPromos) : arbitraryWasmLevel(maxUnits, maxPromos), (input) => {
    // Each engine with the neighbourhood search over itself, as the evaluator runs a cut-off level.
    const ts = improveByNeighbourhoods(input, solveLevel(input), solveLevel);
    const wasm = improveByNeighbourhoods(input, wasmSolveLevel(input), wasmSolveLevel);
    cases++;
    if (!ts.optimal) cutOff++;
    if (input.policy === 'cheapestInTransaction') pos++;
    nodes += ts.nodes;
    if (canonical(ts) !== canonical(wasm)) {
      differing++;
      if (examples.length < 3) examples.push(input);
    }
    return true;
  }),
  { numRuns: runs, seed },
);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const shape = counted ? '2–4 lines of 2,000–8,000 units, 1–3 shop deals' : `≤ ${maxUnits} units${longLines ? ' a line, ≤ 4 lines' : ''}, ≤ ${maxPromos} promotions`;
console.log(`fuzz: ${cases} levels (seed ${seed}, ${shape}) in ${seconds.toFixed(1)} s`);
console.log(`  cut off by the node budget: ${cutOff}; POS policy: ${pos}; reference nodes: ${nodes}`);
console.log(`  differing outputs: ${differing}`);
for (const e of examples) console.log(JSON.stringify(e, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)));
process.exit(differing === 0 ? 0 : 1);
