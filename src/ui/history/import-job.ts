/**
 * One order-history import as the import worker runs it: text chunks in (streamed from a file or
 * a fetch), the history reader (replay-core's push parser) over them, valid orders out into the
 * history database as a STAGED history. Nothing here touches the DOM; the reader, the store and
 * the clock are injected, so the whole flow is a unit test with a fake store.
 *
 * The staged history becomes visible only by the swap (`status: 'ready'`): at once when the file
 * has no bad row, otherwise after the user agrees to skip the bad orders (`commitImport`), or it
 * is removed (`discardImport`). A failure half-way (quota, a crash) therefore never replaces or
 * damages a history already stored.
 */
import { problem, type Problem, type Result } from '../../domain/problem.ts';
import type { Customer, Order } from '../../domain/index.ts';
import type { HistoryCounts, HistoryFormat, HistoryProblem, HistoryReader, HistoryReaderOptions } from '../../history/types.ts';
import { makeChunker, ORDER_CHUNK, widenSpan, type Span } from '../../storage/history-db-chunks.ts';
import type { HistoryMeta } from '../../storage/history-db-types.ts';
import type { HistoryDb } from '../../storage/history-db.ts';

export interface ImportRequest {
  /** The id the staged history gets (the page makes it, so it can discard it after a crash). */
  readonly historyId: string;
  readonly name: string;
  readonly format: HistoryFormat;
  /** The workspace's currency and customers: amounts are read in its minor units. */
  readonly currency: string;
  readonly customers?: readonly Customer[];
  readonly bytes?: number;
}

export interface ImportProgress {
  readonly phase: 'reading' | 'storing';
  /** Bytes of the file read so far, and its size when known. */
  readonly bytesRead: number;
  readonly bytes?: number;
  readonly rows: number;
}

/** What the import found; the history is staged (`meta.status: 'staging'`) unless `committed`. */
export interface ImportOutcome {
  readonly meta: HistoryMeta;
  /** True when the file had no bad row and the history was stored at once. */
  readonly committed: boolean;
  readonly counts: HistoryCounts;
  /** The reader's problems in file order (capped by the reader; `counts.problems` has the total). */
  readonly problems: readonly HistoryProblem[];
  readonly skippedOrderIds: readonly string[];
}

export interface ImportDeps {
  readonly createReader: (options: HistoryReaderOptions) => HistoryReader;
  readonly store: Pick<HistoryDb, 'putHistory' | 'putOrderChunk' | 'deleteHistory'>;
  /** ISO instant for `importedAt`. */
  readonly now: () => string;
  /** Milliseconds on a monotonic clock, to send progress at most every `progressEveryMs`. */
  readonly clock?: () => number;
  readonly progressEveryMs?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly chunkSize?: number;
}

/** A piece of the file: its text and how many bytes it was. */
export interface TextPiece {
  readonly text: string;
  readonly bytes: number;
}

const hasErrors = (counts: HistoryCounts): boolean => counts.badRows > 0 || counts.skippedOrders > 0;

/**
 * @example const r = await runImport(textPieces(file.stream()), { historyId, name: file.name, format: 'csv', currency: 'USD' }, deps);
 *          if (r.ok && !r.value.committed) askToSkip(r.value.counts.skippedOrders)
 */
export async function runImport(pieces: AsyncIterable<TextPiece>, request: ImportRequest, deps: ImportDeps): Promise<Result<ImportOutcome>> {
  const clock = deps.clock ?? (() => Date.now());
  const every = deps.progressEveryMs ?? 100;
  const staged: HistoryMeta = {
    id: request.historyId,
    name: request.name,
    format: request.format,
    currency: request.currency,
    importedAt: deps.now(),
    status: 'staging',
    counts: { rows: 0, lines: 0, orders: 0, badRows: 0, skippedOrders: 0, problems: 0 },
    chunks: 0,
    ...(request.bytes === undefined ? {} : { bytes: request.bytes }),
  };
  const writes: Promise<void>[] = [];
  let span: Span = {};
  const chunker = makeChunker<Order>(deps.chunkSize ?? ORDER_CHUNK, (index, count, json) => {
    const write = deps.store.putOrderChunk({ historyId: request.historyId, index, count, json });
    // Observed by the Promise.all below; until then a refused write must not be an unhandled rejection.
    write.catch(() => undefined);
    writes.push(write);
  });
  const reader = deps.createReader({
    format: request.format,
    currency: request.currency,
    ...(request.customers === undefined ? {} : { customers: request.customers }),
    onOrder: (order) => {
      span = widenSpan(span, order.at);
      chunker.add(order);
    },
  });

  try {
    // The staged meta first: a sweep can always find the chunks that follow it.
    await deps.store.putHistory(staged);
    let bytesRead = 0;
    let last = -Infinity;
    const report = (phase: ImportProgress['phase']) =>
      deps.onProgress?.({ phase, bytesRead, rows: reader.counts().rows, ...(request.bytes === undefined ? {} : { bytes: request.bytes }) });
    for await (const piece of pieces) {
      reader.push(piece.text);
      bytesRead += piece.bytes;
      // JSON lines are emitted while reading: their chunks are written as they fill.
      const t = clock();
      if (t - last >= every) {
        last = t;
        report('reading');
      }
    }
    report('storing');
    const summary = reader.end();
    const chunks = chunker.flush();
    await Promise.all(writes);
    const counts = summary.counts;
    if (counts.orders === 0) {
      await deps.store.deleteHistory(request.historyId);
      const why: Problem = problem('history-empty', `${request.name} holds no valid order: nothing was imported`);
      return { ok: false, problems: [why, ...summary.problems.map(fromHistoryProblem)] };
    }
    const committed = !hasErrors(counts);
    const meta: HistoryMeta = { ...staged, counts, chunks, ...span, status: committed ? 'ready' : 'staging' };
    await deps.store.putHistory(meta);
    return { ok: true, value: { meta, committed, counts, problems: summary.problems, skippedOrderIds: summary.skippedOrderIds } };
  } catch (e) {
    // Reading or storing failed (file unreadable, quota): nothing staged may stay behind.
    await Promise.allSettled(writes);
    await deps.store.deleteHistory(request.historyId).catch(() => undefined);
    return { ok: false, problems: [storageOrReadProblem(e, request.name)] };
  }
}

/** A history problem as a generic problem (for lists that show both kinds). */
export function fromHistoryProblem(p: HistoryProblem): Problem {
  return { code: p.code, severity: p.severity, message: p.message, row: p.row, ...(p.column === undefined ? {} : { path: p.column }) };
}

function storageOrReadProblem(e: unknown, name: string): Problem {
  const err = e instanceof Error ? e : new Error(String(e));
  if (err.name === 'QuotaExceededError') return problem('storage-quota-exceeded', `The browser has no room left to store ${name}; nothing was imported.`);
  if (err.name === 'NotReadableError' || err.name === 'NotFoundError') return problem('history-unreadable', `${name} could not be read (${err.message}); nothing was imported.`);
  return problem('history-import-failed', `Importing ${name} failed: ${err.message}; nothing was imported.`);
}

/**
 * The bytes of a stream as decoded text pieces (UTF-8, a leading BOM dropped, a character split
 * between two reads kept whole).
 * @example for await (const p of textPieces(file.stream())) reader.push(p.text)
 */
export async function* textPieces(stream: ReadableStream<Uint8Array>): AsyncGenerator<TextPiece> {
  const decoder = new TextDecoder('utf-8');
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield { text: decoder.decode(value, { stream: true }), bytes: value.byteLength };
    }
    const tail = decoder.decode();
    if (tail !== '') yield { text: tail, bytes: 0 };
  } finally {
    reader.releaseLock();
  }
}
