/**
 * Starts the History view's workers behind Comlink. Their APIs are imported as types only, so
 * the reader, the engine and WASM stay in the worker chunks. Comlink leaves a call pending forever
 * when a worker dies, so a worker `error` event rejects every pending call instead (the pool and
 * the import turn that into a problem).
 */
import * as Comlink from 'comlink';
import { crashOf } from '../../workers-client/worker-crash.ts';
import type { Result } from '../../domain/problem.ts';
import type { HistoryImportWorkerApi, ImportSource } from '../../../workers/history-import.worker.ts';
import type { ReplayWorkerApi } from '../../../workers/replay.worker.ts';
import type { ImportOutcome, ImportProgress, ImportRequest } from './import-job.ts';
import type { ReplayWorkerHandle } from './replay-run.ts';

export type { ImportSource };

/** A running import worker: one import, then terminated. */
export interface ImportWorkerHandle {
  importHistory(source: ImportSource, request: ImportRequest, onProgress: (p: ImportProgress) => void): Promise<Result<ImportOutcome>>;
  terminate(): void;
}

/** @example const w = spawnImportWorker(); const r = await w.importHistory({ kind: 'file', file }, request, onProgress); w.terminate() */
export function spawnImportWorker(): ImportWorkerHandle {
  const worker = new Worker(new URL('../../../workers/history-import.worker.ts', import.meta.url), { type: 'module', name: 'history-import' });
  const remote = Comlink.wrap<HistoryImportWorkerApi>(worker);
  const { crashed, detach } = crashOf(worker);
  return {
    importHistory: (source, request, onProgress) => Promise.race([remote.importHistory(source, request, Comlink.proxy(onProgress)), crashed]),
    terminate() {
      detach();
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

/** @example new WorkerPool({ size: coreCount(), spawn: () => { const api = spawnReplayWorker(); return { api, terminate: () => api.terminate() }; } }) */
export function spawnReplayWorker(): ReplayWorkerHandle {
  const worker = new Worker(new URL('../../../workers/replay.worker.ts', import.meta.url), { type: 'module', name: 'replay' });
  const remote = Comlink.wrap<ReplayWorkerApi>(worker);
  const { crashed, detach } = crashOf(worker);
  return {
    plan: (request) => Promise.race([remote.plan(request), crashed]),
    runShard: (request, onProgress) =>
      Promise.race([remote.runShard(request, onProgress === undefined ? undefined : Comlink.proxy(onProgress)), crashed]),
    ledgerBefore: (request) => Promise.race([remote.ledgerBefore(request), crashed]),
    terminate() {
      detach();
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
