/**
 * Runs one coupon CSV import in its own worker (`workers/coupon-import.worker.ts`) and ends the
 * worker afterwards: imports are rare, and a finished worker should not hold a million rows.
 * The worker's API is imported as a type only, so the CSV reader stays in the worker chunk.
 */
import * as Comlink from 'comlink';
import type { CouponImportWorkerApi, ImportOutcome, ImportProgress } from '../../../../workers/coupon-import.worker.ts';

export type { ImportOutcome, ImportProgress };

/**
 * @example const outcome = await importCouponFile(file, workspaceId, promotionId, reserved, (p) => setProgress(p));
 */
export async function importCouponFile(
  file: Blob,
  workspaceId: string,
  promotionId: string,
  reserved: readonly (readonly [string, string])[],
  onProgress: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  const worker = new Worker(new URL('../../../../workers/coupon-import.worker.ts', import.meta.url), { type: 'module', name: 'coupon-import' });
  const remote = Comlink.wrap<CouponImportWorkerApi>(worker);
  const crashed = new Promise<ImportOutcome>((resolve) => {
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      resolve({ ok: false, unlisted: 0, problems: [{ code: 'coupon-import-failed', severity: 'error', row: 0, message: `The import worker failed (${e.message || 'it could not start'}); nothing was written.` }] });
    });
  });
  try {
    return await Promise.race([remote.importCsv(file, workspaceId, promotionId, reserved, Comlink.proxy(onProgress)), crashed]);
  } finally {
    remote[Comlink.releaseProxy]();
    worker.terminate();
  }
}
