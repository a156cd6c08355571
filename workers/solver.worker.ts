/**
 * Browser worker: instantiates solver.wasm once and exposes the batch solver through Comlink.
 * The app imports only the type `SolverWorkerApi`; see src/workers-client/pool.ts.
 */
import * as Comlink from 'comlink';
import { instantiateSolver } from '../src/wasm/solver-module.ts';
import { makeBatchSolver, type BatchSolver } from './batch.ts';

// Built from parts so the bundler leaves the URL alone: public/wasm/solver.wasm is served as
// wasm/solver.wasm next to the app, one level above the worker chunk (assets/ or workers/).
const wasmUrl = new URL(['..', 'wasm', 'solver.wasm'].join('/'), import.meta.url);

// compileStreaming needs the server to send application/wasm; fall back to bytes otherwise.
const compile = (url: URL): Promise<WebAssembly.Module> =>
  WebAssembly.compileStreaming(fetch(url)).catch(async () => WebAssembly.compile(await (await fetch(url)).arrayBuffer()));

const ready: Promise<BatchSolver> = compile(wasmUrl).then((m) => makeBatchSolver(instantiateSolver(m)));

const api: BatchSolver = {
  solveBatch: async (request, onProgress) => (await ready).solveBatch(request, onProgress),
};

export type SolverWorkerApi = typeof api;
Comlink.expose(api);
