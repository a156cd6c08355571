/** Rows of the history database, with just enough filled in; override what a test is about. */
import type { HistoryCounts, HistoryProblem, HistoryReader, HistoryReaderOptions } from '../../src/history/types.ts';
import type { HistoryMeta, OrderChunk, RunMeta } from '../../src/storage/history-db-types.ts';

export const historyMeta = (id: string, overrides: Partial<HistoryMeta> = {}): HistoryMeta => ({
  id,
  name: `${id}.csv`,
  format: 'csv',
  currency: 'USD',
  importedAt: '2026-11-01T10:00:00Z',
  status: 'ready',
  counts: { rows: 3, lines: 3, orders: 2, badRows: 0, skippedOrders: 0, problems: 0 },
  chunks: 1,
  ...overrides,
});

export const runMeta = (id: string, historyId: string, overrides: Partial<RunMeta> = {}): RunMeta => ({
  id,
  historyId,
  startedAt: '2026-11-02T10:00:00Z',
  status: 'complete',
  bundle: { name: 'Fixture workspace', revision: 'abc', input: {} },
  ...overrides,
});

/** The part of the history database an import writes to, in memory; `log` records the calls in order. */
export function memoryHistoryStore(options: { readonly failChunk?: number; readonly error?: string } = {}) {
  const histories = new Map<string, HistoryMeta>();
  const chunks = new Map<string, OrderChunk>();
  const log: string[] = [];
  return {
    histories,
    chunks,
    log,
    async putHistory(meta: HistoryMeta) {
      log.push(`history ${meta.id} ${meta.status}`);
      histories.set(meta.id, meta);
    },
    async putOrderChunk(chunk: OrderChunk) {
      log.push(`chunk ${chunk.historyId} ${chunk.index}`);
      if (chunk.index === options.failChunk) throw new DOMException('no room', options.error ?? 'QuotaExceededError');
      chunks.set(`${chunk.historyId}/${chunk.index}`, chunk);
    },
    async deleteHistory(id: string) {
      log.push(`delete ${id}`);
      histories.delete(id);
      for (const k of [...chunks.keys()]) if (k.startsWith(`${id}/`)) chunks.delete(k);
    },
  };
}

/**
 * A stand-in for replay-core's reader: one order per line `id,at` (bad when `at` is `bad`), so an
 * import test is about the import flow, not the file format (the real reader has its own tests).
 */
export function fakeReader(options: HistoryReaderOptions): HistoryReader {
  let text = '';
  let rows = 0;
  let orders = 0;
  let badRows = 0;
  const problems: HistoryProblem[] = [];
  const skipped: string[] = [];
  const counts = (): HistoryCounts => ({ rows, lines: orders, orders, badRows, skippedOrders: skipped.length, problems: problems.length });
  const line = (l: string) => {
    if (l.trim() === '') return;
    rows++;
    const [id = '', at = ''] = l.split(',');
    if (at === 'bad') {
      badRows++;
      skipped.push(id);
      problems.push({ code: 'invalid-value', severity: 'error', message: `row ${rows}, column at: "bad" is not an instant`, row: rows, column: 'at', orderId: id });
      return;
    }
    orders++;
    options.onOrder?.({ id, at, channel: 'inStore', orderType: 'carryOut', properties: [], customFields: {}, shipping: '0', coupons: [], manual: [], answers: [], lines: [] });
  };
  return {
    push(chunk) {
      text += chunk;
      const parts = text.split('\n');
      text = parts.pop() ?? '';
      parts.forEach(line);
    },
    end() {
      line(text);
      text = '';
      return { counts: counts(), problems, skippedOrderIds: skipped, orders: [] };
    },
    counts,
  };
}

/** Text pieces as a stream would give them. */
export async function* pieces(...texts: string[]): AsyncGenerator<{ text: string; bytes: number }> {
  for (const text of texts) yield { text, bytes: new TextEncoder().encode(text).byteLength };
}
