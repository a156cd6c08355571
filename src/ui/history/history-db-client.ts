/**
 * The page's one connection to the history database, opened on first use (the History view);
 * a failed open is not kept, so the next use tries again. On the first open, staged rows that a
 * closed tab left behind more than a day ago are swept.
 */
import { openHistoryDb, type HistoryDb } from '../../storage/history-db.ts';

let opened: Promise<HistoryDb> | undefined;

/** @example const db = await historyDb(); await db.list() */
export function historyDb(): Promise<HistoryDb> {
  if (opened === undefined) {
    const p = openHistoryDb();
    opened = p;
    p.then(
      (db) => void db.sweep(Date.now()).catch(() => undefined),
      () => {
        if (opened === p) opened = undefined;
      },
    );
  }
  return opened;
}
