/**
 * The coupon store in IndexedDB: its own database `promo-workbench-coupons`, apart from the
 * workspace database (whose schema it leaves alone), so a million codes are never read or written
 * with the workspace bundle.
 *
 * - `codes`, key [workspaceId, code]: the exact-code lookup an evaluation and the panel's search
 *   make is one key read, whatever the number of codes.
 * - index `by-seq` on [workspaceId, promotionId, seq]: a promotion's codes in arrival order; the
 *   virtualised list reads the rows it shows as one key range (position → key, no cursor skip).
 * - `summaries`, key [workspaceId, promotionId]: counts kept exact by every write, so the panel
 *   never counts a million rows.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import type { Coupon } from '../domain/coupon.ts';
import { EMPTY_TALLY } from '../coupons/merge.ts';
import type { CouponRecord, CouponStore, CouponSummaryRecord } from './coupon-db-types.ts';
import { generateInto, mergeRows, type CouponTx } from './coupon-db-write.ts';

export const COUPON_DB_NAME = 'promo-workbench-coupons';
export const COUPON_DB_VERSION = 1;

interface CouponDB extends DBSchema {
  codes: { key: [string, string]; value: CouponRecord; indexes: { 'by-seq': [string, string, number] } };
  summaries: { key: [string, string]; value: CouponSummaryRecord };
}

/** @example const store = await openIdbCouponStore(); await store.find(workspaceId, 'SPRING-K7Q2MX') */
export async function openIdbCouponStore(name = COUPON_DB_NAME): Promise<CouponStore> {
  const db: IDBPDatabase<CouponDB> = await openDB<CouponDB>(name, COUPON_DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('codes', { keyPath: ['workspaceId', 'code'] }).createIndex('by-seq', ['workspaceId', 'promotionId', 'seq'], { unique: true });
      database.createObjectStore('summaries', { keyPath: ['workspaceId', 'promotionId'] });
    },
    blocking() {
      db.close();
    },
  });

  /** One readwrite transaction for the whole write: it commits whole or not at all. */
  const write = async <T>(workspaceId: string, promotionId: string, run: (tx: CouponTx) => Promise<T>): Promise<T> => {
    const t = db.transaction(['codes', 'summaries'], 'readwrite', { durability: 'relaxed' });
    const codes = t.objectStore('codes');
    const summaries = t.objectStore('summaries');
    let aborted = false;
    const tx: CouponTx = {
      getMany: (list) => getStored(codes, workspaceId, list),
      put: (r) => void codes.put(r).catch(() => undefined), // a failed put aborts `t`; `t.done` reports it
      summary: () => summaries.get([workspaceId, promotionId]),
      putSummary: (s) => void summaries.put(s).catch(() => undefined),
      abort: () => {
        aborted = true;
        t.abort();
      },
    };
    const out = await run(tx);
    if (aborted) {
      await t.done.catch(() => undefined);
      return out;
    }
    await t.done;
    return out;
  };

  return {
    tally: async (w, p) => (await db.get('summaries', [w, p]))?.tally ?? EMPTY_TALLY,
    async page(w, p, start, count) {
      if (count <= 0) return [];
      const rows = await db.getAllFromIndex('codes', 'by-seq', IDBKeyRange.bound([w, p, start], [w, p, start + count - 1]));
      return rows.map((r) => r.coupon);
    },
    find: async (w, code) => (await db.get('codes', [w, code]))?.coupon,
    async findMany(w, list) {
      const t = db.transaction('codes');
      const found = await Promise.all(list.map((c) => t.store.get([w, c])));
      return found.flatMap((r): Coupon[] => (r === undefined ? [] : [r.coupon]));
    },
    merge: (w, p, rows, reserved, onProgress) => write(w, p, (tx) => mergeRows(tx, w, p, rows, reserved, onProgress)),
    generate: (w, p, spec, reserved, random) => write(w, p, (tx) => generateInto(tx, w, p, spec, reserved, random)),
    async removePromotion(w, p) {
      const t = db.transaction(['codes', 'summaries'], 'readwrite');
      const keys = await t.objectStore('codes').index('by-seq').getAllKeys(IDBKeyRange.bound([w, p, 0], [w, p, Number.MAX_SAFE_INTEGER]));
      await Promise.all([...keys.map((k) => t.objectStore('codes').delete(k)), t.objectStore('summaries').delete([w, p]), t.done]);
    },
  };
}

type CodesStore = IDBPObjectStore<CouponDB, ('codes' | 'summaries')[], 'codes', 'readwrite'>;

/**
 * The stored records of `list`. Most imported codes are new, so first one key-only read over the
 * span of the list's codes (capped) finds which exist; only those are read whole. When the span
 * holds too many other codes (an unsorted file over a full store) every code is read instead.
 * Requests are issued together and answered in order; awaiting them keeps the transaction alive.
 */
async function getStored(codes: CodesStore, workspaceId: string, list: readonly string[]): Promise<readonly (CouponRecord | undefined)[]> {
  if (list.length === 0) return [];
  const sorted = [...list].sort();
  const cap = list.length * 4;
  const keys = await codes.getAllKeys(IDBKeyRange.bound([workspaceId, sorted[0]!], [workspaceId, sorted.at(-1)!]), cap);
  const candidates = keys.length < cap ? new Set(keys.map((k) => k[1])) : undefined;
  return Promise.all(list.map((c) => (candidates === undefined || candidates.has(c) ? codes.get([workspaceId, c]) : undefined)));
}
