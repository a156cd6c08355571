/**
 * The order-history database (`promo-workbench-history`, its own IndexedDB database: the
 * workspace database's schema stays as it is). Opened by the page and by the import and replay
 * workers alike (IndexedDB is available in workers), so big payloads never cross the main thread.
 *
 * Stores:
 * - `histories` (keyPath `id`): `HistoryMeta`;
 * - `historyOrders` (keyPath `[historyId, index]`): `OrderChunk`, the orders as JSON text;
 * - `runs` (keyPath `id`, index `by-history`): `RunMeta` with the merged report;
 * - `runOutcomes` (keyPath `[runId, shard, index]`): `OutcomeChunk`, per-order outcomes.
 *
 * All-or-nothing by a staged write then a swap: an import or a run first writes its meta with
 * `status: 'staging'`, then its chunks (in as many transactions as it takes), then flips the meta
 * to `ready` / `complete` in one put. Lists show only flipped rows, so a failed, cancelled or
 * abandoned write is never seen; `discard*` removes the staged rows at once and `sweep` removes
 * those a closed tab left behind. Deletes of a history (with its orders, runs and outcomes) are
 * one transaction.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Order } from '../domain/index.ts';
import type { OrderOutcome } from '../replay/types.ts';
import { isAbandoned, listingsOf } from './history-db-chunks.ts';
import type { HistoryListing, HistoryMeta, OrderChunk, OutcomeChunk, RunMeta } from './history-db-types.ts';

export const HISTORY_DB_NAME = 'promo-workbench-history';
export const HISTORY_DB_VERSION = 1;

interface HistoryDBSchema extends DBSchema {
  histories: { key: string; value: HistoryMeta };
  historyOrders: { key: [string, number]; value: OrderChunk };
  runs: { key: string; value: RunMeta; indexes: { 'by-history': string } };
  runOutcomes: { key: [string, number, number]; value: OutcomeChunk };
}

/** Every key of one history's chunks: `[id]` sorts before `[id, n]`, and `[id, []]` after (arrays sort after numbers). */
const chunksOf = (id: string) => IDBKeyRange.bound([id], [id, []]);

export interface HistoryDb {
  /** Ready histories, newest first, each with its complete runs. */
  list(): Promise<HistoryListing[]>;
  readHistory(id: string): Promise<HistoryMeta | undefined>;
  /** Writes a history's meta (staging at first, then the swap to ready). */
  putHistory(meta: HistoryMeta): Promise<void>;
  putOrderChunk(chunk: OrderChunk): Promise<void>;
  /**
   * Every order of a history in stored order, chunk by chunk (each chunk one read, so a caller
   * on the page can yield between them). `onChunk` sees each chunk's orders.
   */
  readOrders(id: string, onChunk?: (orders: readonly Order[], index: number) => void | Promise<void>): Promise<Order[]>;
  /** One order by id (scans the chunks; a drill-down, not a loop). */
  findOrder(historyId: string, orderId: string): Promise<Order | undefined>;
  /** Removes a history with its orders, runs and outcomes, in one transaction. */
  deleteHistory(id: string): Promise<void>;
  readRun(id: string): Promise<RunMeta | undefined>;
  putRun(meta: RunMeta): Promise<void>;
  putOutcomeChunk(chunk: OutcomeChunk): Promise<void>;
  /** Every per-order outcome of a run, shard by shard in stored order. */
  readOutcomes(runId: string): Promise<OrderOutcome[]>;
  /** Removes a run and its outcomes, in one transaction. */
  deleteRun(id: string): Promise<void>;
  /** Staged rows left behind by a tab that closed mid-way (older than a day). Returns how many metas went. */
  sweep(now: number): Promise<number>;
  close(): void;
}

/**
 * @example const db = await openHistoryDb(); const [first] = await db.list(); first?.runs[0]?.report?.totals.saving
 */
export async function openHistoryDb(name = HISTORY_DB_NAME): Promise<HistoryDb> {
  const db: IDBPDatabase<HistoryDBSchema> = await openDB<HistoryDBSchema>(name, HISTORY_DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('histories', { keyPath: 'id' });
      database.createObjectStore('historyOrders', { keyPath: ['historyId', 'index'] });
      database.createObjectStore('runs', { keyPath: 'id' }).createIndex('by-history', 'historyId');
      database.createObjectStore('runOutcomes', { keyPath: ['runId', 'shard', 'index'] });
    },
    // A newer version of the app opened in another tab: let its upgrade run rather than block it.
    blocking() {
      db.close();
    },
  });

  const deleteRunIn = async (store: { delete(key: IDBKeyRange | string): Promise<void> }, outcomes: { delete(key: IDBKeyRange): Promise<void> }, id: string) => {
    await Promise.all([store.delete(id), outcomes.delete(chunksOf(id))]);
  };

  return {
    async list() {
      const [histories, runs] = await Promise.all([db.getAll('histories'), db.getAll('runs')]);
      return listingsOf(histories, runs);
    },
    readHistory: (id) => db.get('histories', id),
    async putHistory(meta) {
      await db.put('histories', meta);
    },
    async putOrderChunk(chunk) {
      await db.put('historyOrders', chunk);
    },
    async readOrders(id, onChunk) {
      const out: Order[] = [];
      const keys = await db.getAllKeys('historyOrders', chunksOf(id));
      for (const key of keys) {
        const chunk = await db.get('historyOrders', key);
        if (chunk === undefined) continue;
        const orders = JSON.parse(chunk.json) as Order[];
        for (const o of orders) out.push(o);
        await onChunk?.(orders, chunk.index);
      }
      return out;
    },
    async findOrder(historyId, orderId) {
      const keys = await db.getAllKeys('historyOrders', chunksOf(historyId));
      // A cheap text test first: most chunks do not hold the order and are never parsed.
      const needle = JSON.stringify(orderId);
      for (const key of keys) {
        const chunk = await db.get('historyOrders', key);
        if (chunk === undefined || !chunk.json.includes(needle)) continue;
        const found = (JSON.parse(chunk.json) as Order[]).find((o) => o.id === orderId);
        if (found !== undefined) return found;
      }
      return undefined;
    },
    async deleteHistory(id) {
      const tx = db.transaction(['histories', 'historyOrders', 'runs', 'runOutcomes'], 'readwrite');
      const runIds = await tx.objectStore('runs').index('by-history').getAllKeys(id);
      await Promise.all([
        tx.objectStore('histories').delete(id),
        tx.objectStore('historyOrders').delete(chunksOf(id)),
        ...runIds.map((r) => deleteRunIn(tx.objectStore('runs'), tx.objectStore('runOutcomes'), r)),
        tx.done,
      ]);
    },
    readRun: (id) => db.get('runs', id),
    async putRun(meta) {
      await db.put('runs', meta);
    },
    async putOutcomeChunk(chunk) {
      await db.put('runOutcomes', chunk);
    },
    async readOutcomes(runId) {
      const out: OrderOutcome[] = [];
      for (const chunk of await db.getAll('runOutcomes', chunksOf(runId))) {
        for (const o of JSON.parse(chunk.json) as OrderOutcome[]) out.push(o);
      }
      return out;
    },
    async deleteRun(id) {
      const tx = db.transaction(['runs', 'runOutcomes'], 'readwrite');
      await Promise.all([deleteRunIn(tx.objectStore('runs'), tx.objectStore('runOutcomes'), id), tx.done]);
    },
    async sweep(now) {
      const [histories, runs] = await Promise.all([db.getAll('histories'), db.getAll('runs')]);
      const goneHistories = histories.filter((h) => isAbandoned(h, now)).map((h) => h.id);
      const goneRuns = runs.filter((r) => isAbandoned(r, now)).map((r) => r.id);
      if (goneHistories.length === 0 && goneRuns.length === 0) return 0;
      const tx = db.transaction(['histories', 'historyOrders', 'runs', 'runOutcomes'], 'readwrite');
      await Promise.all([
        ...goneHistories.flatMap((id) => [tx.objectStore('histories').delete(id), tx.objectStore('historyOrders').delete(chunksOf(id))]),
        ...goneRuns.map((id) => deleteRunIn(tx.objectStore('runs'), tx.objectStore('runOutcomes'), id)),
        tx.done,
      ]);
      return goneHistories.length + goneRuns.length;
    },
    close: () => db.close(),
  };
}
