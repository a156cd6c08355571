/**
 * Node entry of the WASM solver: reads engine-as/build/solver.wasm once per thread (build it with
 * `npm run build:wasm`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LevelSolver, RunInput, RunOutput, SolveInput, SolveOutput } from '../engine/solver/types.ts';
import { instantiateSolver, type WasmSolver } from './solver-module.ts';

/** Where the build puts the module for Node. */
export const SOLVER_WASM_PATH = fileURLToPath(new URL('../../engine-as/build/solver.wasm', import.meta.url));

let compiled: WebAssembly.Module | undefined;
let solver: WasmSolver | undefined;

/** The compiled module (shareable with worker_threads). */
export function solverModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(readFileSync(SOLVER_WASM_PATH));
  return compiled;
}

/** This thread's solver instance. */
export function nodeSolver(): WasmSolver {
  solver ??= instantiateSolver(solverModule());
  return solver;
}

/**
 * Same contract as the reference `solveLevel`, computed by solver.wasm; `wasmSolveLevel.runs`
 * takes the run contract natively (what the engine uses).
 * @example wasmSolveLevel(input).applications
 */
export const wasmSolveLevel: LevelSolver = Object.assign(
  (input: SolveInput): SolveOutput => nodeSolver().solveLevel(input),
  { runs: (input: RunInput): RunOutput => nodeSolver().solveRuns(input) },
);
