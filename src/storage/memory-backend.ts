import {
  byCreation,
  summaryOf,
  type BasketRecord,
  type DraftRecord,
  type Json,
  type Prefs,
  type WorkspaceBackend,
  type WorkspaceRow,
} from './types.ts';
import { upgradeV1, type V1WorkspaceRecord } from './upgrade-v1.ts';

export interface MemoryBackendOptions {
  /** Simulated quota: a write whose JSON is longer than this rejects like a full disk. */
  readonly maxChars?: number;
  /** Start from what a v1 database held: it is upgraded exactly as the IndexedDB upgrade does. */
  readonly v1?: { readonly workspace: V1WorkspaceRecord | undefined; readonly baskets: readonly BasketRecord[]; readonly id: string };
}

/**
 * A backend in memory: for tests, and the fallback when IndexedDB is unavailable (some private
 * browsing modes), so the app still runs, without persistence. Values are kept as JSON text, so
 * a caller never shares objects with the store (as with IndexedDB's structured clone).
 * @example const backend = makeMemoryBackend({ maxChars: 10_000 })
 */
export function makeMemoryBackend(options: MemoryBackendOptions = {}): WorkspaceBackend {
  const rows = new Map<string, string>();
  const drafts = new Map<string, string>();
  const prefs = new Map<string, unknown>();
  const draftKey = (workspaceId: string, key: string) => JSON.stringify([workspaceId, key]);
  const row = (id: string) => {
    const text = rows.get(id);
    return text === undefined ? undefined : (JSON.parse(text) as WorkspaceRow);
  };
  const fits = (text: string) => {
    if (options.maxChars !== undefined && text.length > options.maxChars) {
      throw new DOMException('the workspace does not fit in storage', 'QuotaExceededError');
    }
  };

  if (options.v1 !== undefined) {
    const upgraded = upgradeV1(options.v1.workspace, options.v1.baskets, options.v1.id);
    if (upgraded !== undefined) {
      rows.set(upgraded.id, JSON.stringify(upgraded));
      prefs.set('currentWorkspace', upgraded.id);
    }
  }

  return {
    async list() {
      return [...rows.keys()].map((id) => summaryOf(row(id)!)).sort(byCreation);
    },
    async read(id) {
      return row(id)?.snapshot;
    },
    async write(id, snapshot, expectedSerial) {
      // Check and set with no await between them: as atomic as the IndexedDB transaction.
      const stored = row(id);
      const storedSerial = stored?.snapshot.workspace.serial;
      if (storedSerial !== expectedSerial) return { kind: 'conflict', storedSerial };
      const next: WorkspaceRow = { id, createdAt: stored?.createdAt ?? snapshot.workspace.savedAt, snapshot };
      const text = JSON.stringify(next);
      fits(text);
      rows.set(id, text);
      return { kind: 'written' };
    },
    async remove(id) {
      rows.delete(id);
      for (const key of [...drafts.keys()]) if ((JSON.parse(key) as string[])[0] === id) drafts.delete(key);
    },
    async readPref<K extends keyof Prefs>(key: K) {
      return prefs.get(key) as Prefs[K] | undefined;
    },
    async writePref(key, value) {
      if (value === undefined) prefs.delete(key);
      else prefs.set(key, value);
    },
    async readDraft(workspaceId, key) {
      const text = drafts.get(draftKey(workspaceId, key));
      return text === undefined ? undefined : (JSON.parse(text) as DraftRecord).json;
    },
    async writeDraft(workspaceId, key, json: Json, savedAt) {
      const text = JSON.stringify({ workspaceId, key, json, savedAt } satisfies DraftRecord);
      fits(text);
      drafts.set(draftKey(workspaceId, key), text);
    },
    async deleteDraft(workspaceId, key) {
      drafts.delete(draftKey(workspaceId, key));
    },
    async listDrafts(workspaceId) {
      return [...drafts.values()]
        .map((text) => JSON.parse(text) as DraftRecord)
        .filter((d) => d.workspaceId === workspaceId)
        .map((d) => ({ key: d.key, savedAt: d.savedAt }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
  };
}
