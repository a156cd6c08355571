/** Rows of the history database, with just enough filled in; override what a test is about. */
import { emptyState } from '../../src/domain/index.ts';
import type { HistoryCounts, HistoryProblem, HistoryReader, HistoryReaderOptions } from '../../src/history/types.ts';
import type { Result } from '../../src/domain/problem.ts';
import type { MergeReports, ReplayReport } from '../../src/replay/types.ts';
import type { HistoryMeta, OrderChunk, RunMeta } from '../../src/storage/history-db-types.ts';
import type { PlanSummary, ShardDone } from '../../src/ui/history/replay-job.ts';
import type { ReplayWorkerHandle } from '../../src/ui/history/replay-run.ts';

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

/** A replay report with only what a test looks at; the rest is left as the accumulator would leave an empty one. */
export function fakeReport(orders: number, saving = '0.00'): ReplayReport {
  return {
    format: 'promo-workbench.replay-report', formatVersion: 1, currency: 'USD', timeZone: 'UTC',
    bundle: { name: 'Fixture workspace', revision: 'rev-1' }, history: { fingerprint: 'f', orders }, solver: 'wasm',
    sharding: { kind: 'byCustomer', shards: 2 }, notes: [],
    totals: { orders, ordersWithSaving: 0, gross: '0.00', customerPriceSaving: '0.00', saving, net: '0.00', savingRate: '0.00', lines: 0, units: 0 },
    promotions: [], byOutlet: [], byChannel: [], byDay: [], histogram: [], topN: 20, topDiscounts: [], notOptimalOrders: 0, failedOrders: 0,
  };
}

/** Adds orders and keeps the first report's other figures: enough to see that every shard was merged. */
export const fakeMerge: MergeReports = (a, b) => ({ ok: true, value: { ...a, history: { ...a.history, orders: a.history.orders + b.history.orders } } });

export interface FakeReplayWorkers {
  readonly spawn: () => ReplayWorkerHandle;
  readonly terminated: number[];
  /** Shard requests in the order workers got them, with the worker that ran each. */
  readonly shardCalls: { worker: number; shard: number }[];
  /** Lets every shard waiting on `hold` finish. */
  release(): void;
}

/**
 * Replay workers that plan `plan` and run each shard by reporting half its orders, waiting until
 * `release()` when `hold` is set, then answering `answer(shard)` (default: a report of its orders).
 */
export function fakeReplayWorkers(plan: Result<PlanSummary>, options: { hold?: boolean; answer?: (shard: number) => Promise<Result<ShardDone>> } = {}): FakeReplayWorkers {
  const terminated: number[] = [];
  const shardCalls: { worker: number; shard: number }[] = [];
  let release: () => void = () => undefined;
  const held = new Promise<void>((done) => (release = done));
  let n = 0;
  return {
    terminated,
    shardCalls,
    release: () => release(),
    spawn: () => {
      const id = n++;
      return {
        plan: async () => plan,
        async runShard(request, onProgress) {
          shardCalls.push({ worker: id, shard: request.shard });
          const orders = plan.ok ? plan.value.orders[request.shard] ?? 0 : 0;
          onProgress?.(Math.floor(orders / 2));
          if (options.hold === true) await held;
          if (options.answer !== undefined) return options.answer(request.shard);
          onProgress?.(orders);
          return { ok: true, value: { report: fakeReport(orders), chunks: 1 } };
        },
        ledgerBefore: async () => ({ ok: true, value: { state: emptyState(), replayed: 0, wholeHistory: false } }),
        terminate: () => void terminated.push(id),
      };
    },
  };
}

/** The part of the history database a run writes to, in memory. */
export function memoryRunStore() {
  const runs = new Map<string, RunMeta>();
  const log: string[] = [];
  return {
    runs,
    log,
    async putRun(meta: RunMeta) {
      log.push(`run ${meta.id} ${meta.status}`);
      runs.set(meta.id, meta);
    },
    async deleteRun(id: string) {
      log.push(`delete ${id}`);
      runs.delete(id);
    },
  };
}
