import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { byCreation, summaryOf, type BasketRecord, type DraftRecord, type Prefs, type WorkspaceBackend, type WorkspaceRow } from './types.ts';
import { upgradeV1, type V1WorkspaceRecord } from './upgrade-v1.ts';

export const DB_NAME = 'promo-workbench';
export const DB_VERSION = 2;

interface WorkbenchDB extends DBSchema {
  workspaces: { key: string; value: WorkspaceRow };
  drafts: { key: [string, string]; value: DraftRecord; indexes: { 'by-workspace': string } };
  prefs: { key: string; value: unknown };
}

/** The v1 stores, seen only during the upgrade (they are deleted by it). */
interface LegacyDB extends DBSchema {
  workspace: { key: string; value: V1WorkspaceRecord };
  baskets: { key: string; value: BasketRecord };
  prefs: { key: string; value: unknown };
}

export interface IdbBackendOptions {
  readonly name?: string;
  /** Id given to the workspace carried over from a v1 database. */
  readonly newId?: () => string;
}

/**
 * v1 → v2 inside the versionchange transaction: read the one v1 workspace and its baskets, store
 * them as one v2 row, make it the current workspace, drop the v1 stores. Only IndexedDB requests
 * are awaited, so the transaction stays alive; if anything fails the transaction aborts, the
 * database stays v1 and nothing is lost.
 */
async function carryOverV1(tx: IDBPTransaction<LegacyDB, ('workspace' | 'baskets' | 'prefs')[], 'versionchange'>, id: string): Promise<void> {
  const [workspace, baskets] = await Promise.all([tx.objectStore('workspace').get('current'), tx.objectStore('baskets').getAll()]);
  const row = upgradeV1(workspace, baskets, id);
  const v2 = tx as unknown as IDBPTransaction<WorkbenchDB, ('workspaces' | 'drafts' | 'prefs')[], 'versionchange'>;
  if (row !== undefined) {
    await v2.objectStore('workspaces').put(row);
    await v2.objectStore('prefs').put(row.id, 'currentWorkspace');
  }
  tx.db.deleteObjectStore('workspace');
  tx.db.deleteObjectStore('baskets');
}

/**
 * The IndexedDB backend (database `promo-workbench`, schema v2): `workspaces` one row per
 * workspace (bundle and baskets together, so one put is one atomic write), `drafts` editors'
 * unsaved working copies keyed by [workspace id, key], `prefs` app preferences.
 * Every workspace write is compare-and-set: the stored serial is read and checked in the same
 * readwrite transaction as the put, so two tabs can never both write on top of the same state.
 * @example const backend = await openIdbBackend(); await backend.list()
 */
export async function openIdbBackend(options: IdbBackendOptions = {}): Promise<WorkspaceBackend> {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const db: IDBPDatabase<WorkbenchDB> = await openDB<WorkbenchDB>(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      database.createObjectStore('workspaces', { keyPath: 'id' });
      database.createObjectStore('drafts', { keyPath: ['workspaceId', 'key'] }).createIndex('by-workspace', 'workspaceId');
      if (oldVersion < 1) database.createObjectStore('prefs');
      if (oldVersion === 1) {
        const legacy = transaction as unknown as IDBPTransaction<LegacyDB, ('workspace' | 'baskets' | 'prefs')[], 'versionchange'>;
        carryOverV1(legacy, newId()).catch(() => transaction.abort());
      }
    },
    // A newer version of the app opened in another tab: let its upgrade run rather than block it.
    blocking() {
      db.close();
    },
  });
  return {
    async list() {
      return (await db.getAll('workspaces')).map(summaryOf).sort(byCreation);
    },
    async read(id) {
      return (await db.get('workspaces', id))?.snapshot;
    },
    async write(id, snapshot, expectedSerial) {
      const tx = db.transaction('workspaces', 'readwrite');
      const store = tx.objectStore('workspaces');
      const stored = await store.get(id);
      const storedSerial = stored?.snapshot.workspace.serial;
      if (storedSerial !== expectedSerial) {
        await tx.done;
        return { kind: 'conflict', storedSerial };
      }
      // Same transaction as the get: no other tab can write between the check and the put.
      await Promise.all([store.put({ id, createdAt: stored?.createdAt ?? snapshot.workspace.savedAt, snapshot }), tx.done]);
      return { kind: 'written' };
    },
    async remove(id) {
      const tx = db.transaction(['workspaces', 'drafts'], 'readwrite');
      const drafts = tx.objectStore('drafts');
      const keys = await drafts.index('by-workspace').getAllKeys(id);
      await Promise.all([tx.objectStore('workspaces').delete(id), ...keys.map((k) => drafts.delete(k)), tx.done]);
    },
    async readPref<K extends keyof Prefs>(key: K) {
      return (await db.get('prefs', key)) as Prefs[K] | undefined;
    },
    async writePref(key, value) {
      if (value === undefined) await db.delete('prefs', key);
      else await db.put('prefs', value, key);
    },
    async readDraft(workspaceId, key) {
      return (await db.get('drafts', [workspaceId, key]))?.json;
    },
    async writeDraft(workspaceId, key, json, savedAt) {
      await db.put('drafts', { workspaceId, key, json, savedAt });
    },
    async deleteDraft(workspaceId, key) {
      await db.delete('drafts', [workspaceId, key]);
    },
    async listDrafts(workspaceId) {
      const all = await db.getAllFromIndex('drafts', 'by-workspace', workspaceId);
      return all.map((d) => ({ key: d.key, savedAt: d.savedAt })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
  };
}
