/**
 * `--solver wasm|reference` for `promo evaluate` / `explain`. The default is the WASM solver, as
 * production runs it; `reference` is the TypeScript oracle. When solver.wasm cannot be loaded (not
 * built) the reference runs instead and the output says so, rather than the command failing.
 */
import type { LevelSolver } from '../engine/solver/types.ts';

export type SolverName = 'wasm' | 'reference';

export const SOLVER_NAMES: readonly SolverName[] = ['wasm', 'reference'];

export interface ChosenSolver {
  /** The solver that runs (what the result reports). */
  readonly name: SolverName;
  /** undefined: the engine's default, the reference. */
  readonly solveLevel?: LevelSolver;
  /** Why the requested solver is not the one that runs, when it is not. */
  readonly note?: string;
}

/** Loads the requested solver; `wasm` falls back to the reference with a note when the module is missing. */
export async function chooseSolver(requested: SolverName): Promise<ChosenSolver> {
  if (requested === 'reference') return { name: 'reference' };
  try {
    const { nodeSolver } = await import('../wasm/node.ts');
    const solver = nodeSolver();
    return { name: 'wasm', solveLevel: solver.solveLevel };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { name: 'reference', note: `solver.wasm could not be loaded (${why}); the reference solver ran (npm run build:wasm builds it)` };
  }
}
