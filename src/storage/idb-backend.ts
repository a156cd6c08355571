import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { BasketRecord, Prefs, WorkspaceBackend, WorkspaceRecord } from './types.ts';

export const DB_NAME = 'promo-workbench';
const DB_VERSION = 1;
const CURRENT = 'current';

interface WorkbenchDB extends DBSchema {
  workspace: { key: string; value: WorkspaceRecord };
  baskets: { key: string; value: BasketRecord };
  prefs: { key: string; value: unknown };
}

/**
 * The IndexedDB backend (database `promo-workbench`): `workspace` holds the one current bundle,
 * `baskets` the saved baskets, `prefs` app preferences. A workspace write replaces bundle and
 * baskets in ONE transaction, so a failure (quota, abort) leaves the previous workspace intact.
 * @example const backend = await openIdbBackend(); await backend.read()
 */
export async function openIdbBackend(name = DB_NAME): Promise<WorkspaceBackend> {
  const db: IDBPDatabase<WorkbenchDB> = await openDB<WorkbenchDB>(name, DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('workspace');
      database.createObjectStore('baskets', { keyPath: 'id' });
      database.createObjectStore('prefs');
    },
  });
  return {
    async read() {
      const tx = db.transaction(['workspace', 'baskets'], 'readonly');
      const [workspace, baskets] = await Promise.all([
        tx.objectStore('workspace').get(CURRENT),
        tx.objectStore('baskets').getAll(),
        tx.done,
      ]);
      if (workspace === undefined) return undefined;
      return { workspace, baskets: [...baskets].sort((a, b) => a.position - b.position) };
    },
    async write(snapshot) {
      const tx = db.transaction(['workspace', 'baskets'], 'readwrite');
      const baskets = tx.objectStore('baskets');
      // Every request joins the same transaction; tx.done rejects (and nothing is kept) if any fails.
      await Promise.all([
        baskets.clear(),
        ...snapshot.baskets.map((b) => baskets.put(b)),
        tx.objectStore('workspace').put(snapshot.workspace, CURRENT),
        tx.done,
      ]);
    },
    async readPref<K extends keyof Prefs>(key: K) {
      return (await db.get('prefs', key)) as Prefs[K] | undefined;
    },
    async writePref(key, value) {
      if (value === undefined) await db.delete('prefs', key);
      else await db.put('prefs', value, key);
    },
  };
}
