/**
 * The TypeScript reference engine (SPEC §2–§8): the oracle the WASM solver is checked against.
 * `evaluate` never touches the ledger; `commit` returns the next one; `explain` renders a result.
 */
export { evaluate, type EvaluateOptions } from './evaluate.ts';
export { commit } from './commit.ts';
export { explain } from './explain.ts';
export type { DispersionScript } from './run.ts';
