/**
 * `npx tsx bench/lagrange-dual.ts [seeds, default 0-4] [--blocks N [--steps M]]`: how far shape
 * A's relaxations sit above its optimum, per seed. Never a test. Printed in % of the HiGHS optimum:
 * - the LP relaxation of the independent integer program (test/support/milp-level.ts);
 * - the bound the solver reports (`wasmSolveLevel`, integer λ, Algorithm 5c's subgradient);
 * - the Lagrangian dual itself, estimated: 4,000 subgradient steps on the largest component with
 *   real multipliers, each L(λ) evaluated at λ rounded to minor units (so every L is a valid
 *   bound) and the lowest kept; the other components count their exact gain.
 * With `--blocks N`, a stronger relaxation is measured from there: the promotions are cut into
 * blocks of up to N (grown breadth first through shared units), each block's own integer program
 * is solved exactly by HiGHS with λ charged per unit used, and M (default 60) subgradient steps on
 * per-unit λ start from the per-promotion dual's. Each L = Σ over units of their customer-price
 * saving + λ + Σ over blocks of the block's best (gain − λ·units) bounds every plan (each unit is
 * used at most once), so the lowest is a valid bound.
 */
import { performance } from 'node:perf_hooks';
import type { Highs } from 'highs';
import { unitHolders } from '../src/engine/solver/neighbourhood.ts';
import type { SolveInput } from '../src/engine/solver/types.ts';
import { wasmSolveLevel } from '../src/wasm/node.ts';
import { baseline, componentSearches } from '../test/support/lagrange-factories.ts';
import { buildLevelMilp } from '../test/support/milp-level.ts';
import { loadHighs, solveLevelLp, solveLevelMilp } from '../test/support/milp-solve.ts';
import { scenarioA } from './scenarios.ts';
import { markdownTable } from './table.ts';

const STEPS = 4_000;
/** Steps without a lower L before the step's scale halves. */
const STALL = 150;

const argv = process.argv.slice(2);
const flag = (name: string): number | undefined => {
  const i = argv.indexOf(name);
  return i < 0 ? undefined : Number(argv[i + 1]);
};
const blockSize = flag('--blocks');
const blockSteps = flag('--steps') ?? 60;
const arg = argv[0] !== undefined && !argv[0].startsWith('--') ? argv[0] : '0-4';
const [lo, hi] = arg.includes('-') ? arg.split('-').map(Number) : [Number(arg), Number(arg)];
const highs = await loadHighs();
const pct = (x: bigint, of: bigint): string => `${(Number((x * 100_000n) / of) / 1000).toFixed(3)} %`;
const rows: string[][] = [];
const blockRows: string[][] = [];
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
    pct(lp, optimum), pct(reported.bound ?? reported.total, optimum), pct(rest + dual.bound, optimum),
  ]);
  if (blockSize === undefined) continue;
  // The per-promotion dual's λ, per unit (units outside the largest component: 0).
  const lam = new Array<number>(input.units.length).fill(0);
  largest.members.forEach((units, g) => { for (const u of units) lam[u] = dual.lam[g]!; });
  const t1 = performance.now();
  const blocks = blocksOf(input, blockSize);
  const bound = blockDual(highs, input, blocks, lam, optimum);
  blockRows.push([String(seed), `${blocks.length}`, pct(rest + dual.bound, optimum), pct(bound, optimum), `${((performance.now() - t1) / 1000).toFixed(0)} s`]);
}
console.log(markdownTable(['seed', 'largest component: promotions / groups', 'HiGHS MILP', 'LP relaxation', 'reported bound', 'Lagrangian dual (est.)'], rows));
if (blockSize !== undefined) {
  console.log(`\nBlocks of up to ${blockSize} promotions, ${blockSteps} steps from the per-promotion dual's λ:`);
  console.log(markdownTable(['seed', 'blocks', 'per-promotion dual', 'block dual (lowest L)', 'time'], blockRows));
}

/** The lowest L(λ) met by Polyak steps aimed at `aim` (the component's optimum), from λ = 0, and its λ (rounded). */
function lagrangianDual(s: ReturnType<typeof componentSearches>[number], aim: bigint): { bound: bigint; lam: number[] } {
  const counts = s.fullCounts();
  const G = counts.length;
  const K = s.promos.length;
  const alone = s.aloneRelaxation();
  const lam = new Array<number>(G).fill(0);
  const used = new Array<number>(G).fill(0);
  let best = -1n;
  let bestLam: number[] = [];
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
      bestLam = rounded.map(Number);
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
  return { bound: best, lam: bestLam };
}

/** Blocks of up to `size` promotions: each grown breadth first through the units its members hold. */
function blocksOf(input: SolveInput, size: number): number[][] {
  const holders = unitHolders(input);
  const placed = new Array<boolean>(input.promotions.length).fill(false);
  const out: number[][] = [];
  for (let k = 0; k < input.promotions.length; k++) {
    if (placed[k]) continue;
    const block = [k];
    placed[k] = true;
    for (let h = 0; h < block.length && block.length < size; h++) {
      const p = input.promotions[block[h]!]!;
      for (const u of p.qualifying.concat(p.benefit)) {
        for (const j of holders[u]!) {
          if (placed[j] || block.length >= size) continue;
          placed[j] = true;
          block.push(j);
        }
      }
    }
    out.push(block.sort((a, b) => a - b));
  }
  return out;
}

/** The lowest L met in `blockSteps` Polyak steps on per-unit λ aimed at the optimum. */
function blockDual(h: Highs, input: SolveInput, blocks: readonly number[][], start: readonly number[], optimum: bigint): bigint {
  const held = new Array<boolean>(input.units.length).fill(false);
  for (const b of blocks) for (const k of b) for (const u of input.promotions[k]!.qualifying.concat(input.promotions[k]!.benefit)) if (input.available[u] === true) held[u] = true;
  let lam = start.map((x, u) => (held[u] ? x : 0));
  const use = new Array<number>(input.units.length).fill(0);
  let best = -1n;
  let scale = 1;
  let stall = 0;
  for (let step = 0; step < blockSteps; step++) {
    const rounded = lam.map((x) => Math.max(0, Math.round(x)));
    use.fill(0);
    let L = 0n;
    input.units.forEach((u, i) => { if (input.available[i] === true) L += u.price - u.customerPrice + BigInt(rounded[i]!); });
    for (const b of blocks) {
      const m = buildLevelMilp({ ...input, promotions: b.map((k) => input.promotions[k]!) }, rounded);
      if (m.lp === '') continue;
      const res = h.solve(m.lp, { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0.5 });
      if (res.Status !== 'Optimal') throw new Error(`HiGHS: ${res.Status}`);
      L += BigInt(Math.round(res.ObjectiveValue));
      m.unitUse.forEach((terms, u) => {
        for (const [name, c] of terms) use[u]! += c * (res.Columns[name]?.Primal ?? 0);
      });
    }
    if (best < 0n || L < best) {
      best = L;
      stall = 0;
    } else if (++stall >= 5) {
      scale /= 2;
      stall = 0;
    }
    let norm = 0;
    const g = use.map((x, u) => (held[u] ? 1 - x : 0));
    for (const x of g) norm += x * x;
    if (norm === 0) break;
    const t = (scale * Number(L - optimum)) / norm;
    lam = lam.map((x, u) => Math.max(0, x - t * g[u]!));
  }
  return best;
}
