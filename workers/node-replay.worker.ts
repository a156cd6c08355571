/** worker_threads replay worker for `promo simulate`: one shard per thread, WASM solver loaded once. */
import { parentPort } from 'node:worker_threads';
import { chooseSolver } from '../src/cli/solver-choice.ts';
import { ReplayWorkerCore } from '../src/replay/worker-core.ts';
import type { ReplayWorkerRequest } from '../src/replay/worker-protocol.ts';

const port = parentPort;
if (port === null) throw new Error('node-replay.worker.ts runs as a worker thread');
const core = new ReplayWorkerCore((requested) => chooseSolver(requested));
// Messages are handled one at a time, in order: a chunk must not start before the previous one ends.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: ReplayWorkerRequest) => {
  queue = queue.then(async () => {
    for (const response of await core.handle(request)) port.postMessage(response);
  });
});
