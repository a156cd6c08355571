/**
 * Imports a coupon CSV off the main thread: the file is streamed and checked row by row (SPEC
 * §11), then merged into the coupon store in one IndexedDB transaction. A file with any error is
 * refused before anything is written, and a refused merge writes nothing, so the previous codes
 * stay as they were. Returns data, never throws (Comlink rebuilds errors from message only).
 */
import * as Comlink from 'comlink';
import { readCouponStream } from '../src/coupons/csv-stream.ts';
import type { CouponCsvProblem } from '../src/coupons/csv-row.ts';
import { openIdbCouponStore } from '../src/storage/coupon-db.ts';
import type { CouponStore, MergeReport } from '../src/storage/coupon-db-types.ts';

export type ImportProgress =
  | { readonly kind: 'reading'; readonly rows: number }
  | { readonly kind: 'writing'; readonly done: number; readonly total: number };

export type ImportOutcome =
  | { readonly ok: true; readonly value: MergeReport; readonly problems: readonly CouponCsvProblem[] }
  | { readonly ok: false; readonly problems: readonly CouponCsvProblem[]; readonly unlisted: number };

let store: Promise<CouponStore> | undefined;

const api = {
  /**
   * @example await worker.importCsv(file, workspaceId, 'p-spring', [['INLINE1', 'p-other']], Comlink.proxy(show))
   *   // { ok: true, value: { added: 100000, updated: 0, tally }, problems: [] }
   */
  async importCsv(
    file: Blob,
    workspaceId: string,
    promotionId: string,
    reserved: readonly (readonly [string, string])[],
    onProgress?: (p: ImportProgress) => void,
  ): Promise<ImportOutcome> {
    try {
      const read = await readCouponStream(file.stream(), (rows) => void onProgress?.({ kind: 'reading', rows }));
      if (!read.ok) return read;
      store ??= openIdbCouponStore();
      const total = read.value.length;
      const merged = await (await store).merge(workspaceId, promotionId, read.value, new Map(reserved), (done) => void onProgress?.({ kind: 'writing', done, total }));
      if (!merged.ok) return { ok: false, problems: merged.problems, unlisted: 0 };
      return { ok: true, value: merged.value, problems: read.problems };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return { ok: false, problems: [{ code: 'coupon-import-failed', severity: 'error', row: 0, message: `The import stopped and nothing was written: ${message}` }], unlisted: 0 };
    }
  },
};

export type CouponImportWorkerApi = typeof api;

Comlink.expose(api);
