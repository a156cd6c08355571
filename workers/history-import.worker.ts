/**
 * Imports an order history off the main thread: streams the file (File.stream(), or a fetch of
 * the shipped sample), parses it with replay-core's push reader and writes the valid orders into
 * the history database as a staged history (`src/ui/history/import-job.ts`). The page only ever
 * receives progress (a few messages a second) and the summary, so a file of a million lines never
 * freezes it. Cancelling is terminating this worker; the page then discards the staged rows.
 * Answers are data (`Result`), never thrown errors.
 */
import * as Comlink from 'comlink';
import { problem, type Result } from '../src/domain/problem.ts';
import { createHistoryReader } from '../src/history/index.ts';
import { openHistoryDb, type HistoryDb } from '../src/storage/history-db.ts';
import { runImport, textPieces, type ImportOutcome, type ImportProgress, type ImportRequest } from '../src/ui/history/import-job.ts';

/** Where the text comes from: a picked or dropped file, or a URL (the sample history). */
export type ImportSource = { readonly kind: 'file'; readonly file: Blob } | { readonly kind: 'url'; readonly url: string };

let db: Promise<HistoryDb> | undefined;

async function openStream(source: ImportSource): Promise<{ stream: ReadableStream<Uint8Array>; bytes?: number } | string> {
  if (source.kind === 'file') return { stream: source.file.stream(), bytes: source.file.size };
  const response = await fetch(source.url).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
  if (typeof response === 'string') return response;
  if (!response.ok || response.body === null) return `the server answered ${response.status}`;
  const length = Number(response.headers.get('content-length'));
  return { stream: response.body, ...(Number.isFinite(length) && length > 0 ? { bytes: length } : {}) };
}

const api = {
  /**
   * @example await worker.importHistory({ kind: 'file', file }, { historyId, name: file.name, format: 'csv', currency: 'USD' }, Comlink.proxy(onProgress))
   */
  async importHistory(source: ImportSource, request: ImportRequest, onProgress?: (p: ImportProgress) => void): Promise<Result<ImportOutcome>> {
    const opened = await openStream(source);
    if (typeof opened === 'string') return { ok: false, problems: [problem('history-unreadable', `${request.name} could not be read: ${opened}`)] };
    try {
      db ??= openHistoryDb();
      const store = await db;
      return await runImport(textPieces(opened.stream), { ...request, ...(opened.bytes === undefined ? {} : { bytes: opened.bytes }) }, {
        createReader: createHistoryReader,
        store,
        now: () => new Date().toISOString(),
        clock: () => performance.now(),
        ...(onProgress === undefined ? {} : { onProgress: (p: ImportProgress) => void onProgress(p) }),
      });
    } catch (e) {
      db = undefined;
      return { ok: false, problems: [problem('storage-unavailable', `The history database could not be opened: ${e instanceof Error ? e.message : String(e)}`)] };
    }
  },
};

export type HistoryImportWorkerApi = typeof api;

Comlink.expose(api);
