/**
 * `npx tsx bench/lagrange-dual.ts [seeds, default 0-4]`: how far shape A's relaxations sit above
 * its optimum, per seed. Never a test. Printed in % of the HiGHS optimum:
 * - the LP relaxation of the independent integer program (test/support/milp-level.ts);
 * - the bound the solver reports (`wasmSolveLevel`, integer λ, Algorithm 5c's subgradient);
 * - the Lagrangian dual itself, estimated: 4,000 subgradient steps on the largest component with
 *   real multipliers, each L(λ) evaluated at λ rounded to minor units (so every L is a valid
 *   bound) and the lowest kept; the other components count their exact gain.
 * The last column is what any search bounded by this relaxation has to close by branching.
 */
import { performance } from 'node:perf_hooks';
import { wasmSolveLevel } from '../src/wasm/node.ts';
import { baseline, componentSearches } from '../test/support/lagrange-factories.ts';
import { loadHighs, solveLevelLp, solveLevelMilp } from '../test/support/milp-solve.ts';
import { scenarioA } from './scenarios.ts';
import { markdownTable } from './table.ts';

const STEPS = 4_000;
/** Steps without a lower L before the step's scale halves. */
const STALL = 150;

const arg = process.argv[2] ?? '0-4';
const [lo, hi] = arg.includes('-') ? arg.split('-').map(Number) : [Number(arg), Number(arg)];
const highs = await loadHighs();
const pct = (x: bigint, of: bigint): string => `${(Number((x * 100_000n) / of) / 1000).toFixed(3)} %`;
const rows: string[][] = [];
for (let seed = lo!; seed <= hi!; seed++) {
  const input = { ...scenarioA(seed), searchBudget: 1_000_000_000 };
  const t0 = performance.now();
  const optimum = solveLevelMilp(highs, input).optimum;
  const tMilp = performance.now() - t0;
  const lp = solveLevelLp(highs, input);
  const reported = wasmSolveLevel(scenarioA(seed));
  const searches = componentSearches(input);
  const largest = searches.reduce((a, b) => (b.promos.length > a.promos.length ? b : a));
  let rest = baseline(input);
  for (const s of searches) if (s !== largest) rest += s.run().gain;
  const dual = lagrangianDual(largest, optimum - rest);
  rows.push([
    String(seed), `${largest.promos.length} / ${largest.fullCounts().length}`, `${tMilp.toFixed(0)} ms`,
    pct(lp, optimum), pct(reported.bound ?? reported.total, optimum), pct(rest + dual, optimum),
  ]);
}
console.log(markdownTable(['seed', 'largest component: promotions / groups', 'HiGHS MILP', 'LP relaxation', 'reported bound', 'Lagrangian dual (est.)'], rows));

/** The lowest L(λ) met by Polyak steps aimed at `aim` (the component's optimum), from λ = 0. */
function lagrangianDual(s: ReturnType<typeof componentSearches>[number], aim: bigint): bigint {
  const counts = s.fullCounts();
  const G = counts.length;
  const K = s.promos.length;
  const alone = s.aloneRelaxation();
  const lam = new Array<number>(G).fill(0);
  const used = new Array<number>(G).fill(0);
  let best = -1n;
  let scale = 2;
  let stall = 0;
  for (let step = 0; step < STEPS && scale > 1e-6; step++) {
    used.fill(0);
    const rounded = lam.map((x) => BigInt(Math.round(x)));
    let L = 0n;
    for (let g = 0; g < G; g++) L += rounded[g]! * BigInt(counts[g]!);
    for (let k = 0; k < K; k++) L += alone(k, rounded, used);
    if (best < 0n || L < best) {
      best = L;
      stall = 0;
    } else if (++stall >= STALL) {
      scale /= 2;
      stall = 0;
    }
    let norm = 0;
    for (let g = 0; g < G; g++) norm += (counts[g]! - used[g]!) ** 2;
    if (norm === 0) break;
    const t = (scale * Number(L - aim)) / norm;
    for (let g = 0; g < G; g++) lam[g] = Math.max(0, lam[g]! - t * (counts[g]! - used[g]!));
  }
  return best;
}
