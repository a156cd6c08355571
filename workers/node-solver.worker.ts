/** Node worker_threads twin of solver.worker.ts: same batch solver, same WASM file, Comlink over the port. */
import * as Comlink from 'comlink';
// @ts-expect-error comlink ships its Node adapter without a types entry for this path
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { nodeSolver } from '../src/wasm/node.ts';
import { makeBatchSolver } from './batch.ts';

const api = makeBatchSolver(nodeSolver());
Comlink.expose(api, (nodeEndpoint as (p: unknown) => Comlink.Endpoint)(parentPort));
