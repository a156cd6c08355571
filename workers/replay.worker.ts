/**
 * One worker of the replay pool: loads the WASM level solver once (the TypeScript reference takes
 * over if it cannot load; same results, and the report says which ran), reads the stored history
 * from the history database itself, and runs shards with replay-core's `replayShard`
 * (`src/ui/history/replay-job.ts`). Progress goes out about ten times a second per shard (replay-core
 * calls back every ~100 ms of work), never per order; outcomes go straight into IndexedDB.
 * Cancelling is terminating the worker (the pool does it).
 */
import * as Comlink from 'comlink';
import { planShards, replayShard, type ReplaySolver } from '../src/replay/index.ts';
import { openHistoryDb, type HistoryDb } from '../src/storage/history-db.ts';
import { loadBrowserSolver } from '../src/wasm/browser.ts';
import { makeReplayJob, type LedgerRequest, type PlanRequest, type ShardRequest } from '../src/ui/history/replay-job.ts';

let solver: Promise<ReplaySolver> | undefined;
let db: Promise<HistoryDb> | undefined;

function levelSolver(): Promise<ReplaySolver> {
  solver ??= loadBrowserSolver().then(
    (wasm): ReplaySolver => ({ name: 'wasm', solveLevel: wasm.solveLevel }),
    (): ReplaySolver => ({ name: 'reference' }),
  );
  return solver;
}

/** The database opens on first use; a failed open is retried by the next call. */
const store: Pick<HistoryDb, 'readOrders' | 'putOutcomeChunk'> = {
  async readOrders(id, onChunk) {
    db ??= openHistoryDb();
    db.catch(() => (db = undefined));
    return (await db).readOrders(id, onChunk);
  },
  async putOutcomeChunk(chunk) {
    db ??= openHistoryDb();
    db.catch(() => (db = undefined));
    return (await db).putOutcomeChunk(chunk);
  },
};

const job = makeReplayJob({ planShards, replayShard, solver: levelSolver, store });

const api = {
  /** @example await worker.plan({ historyId, bundle, bundleKey: revision, shards: 2 }) // { ok: true, value: { kind: 'byCustomer', orders: [980, 1020], notes } } */
  plan: (request: PlanRequest) => job.plan(request),
  /** @example await worker.runShard({ ...plan, runId, shard: 0 }, Comlink.proxy((done) => …)) */
  runShard: (request: ShardRequest, onProgress?: (done: number) => void) =>
    job.runShard(request, onProgress === undefined ? undefined : (done) => void onProgress(done)),
  /** @example await worker.ledgerBefore({ historyId, bundle, bundleKey: revision, orderId: 'o-1042' }) // { ok: true, value: { state, replayed: 5, wholeHistory: false } } */
  ledgerBefore: (request: LedgerRequest) => job.ledgerBefore(request),
};

export type ReplayWorkerApi = typeof api;

Comlink.expose(api);
