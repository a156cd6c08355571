/**
 * What the workbench keeps in IndexedDB. Every stored value is plain JSON (SPEC habit 4: no
 * decimal.js objects, no bigint), written in the *input* form a bundle file uses, so a stored
 * workspace re-validates with the same schema an imported file does.
 */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
export type JsonObject = { readonly [key: string]: Json };

/** A workspace's bundle as written (input form) and the revision of exactly that JSON. */
export interface WorkspaceRecord {
  readonly input: JsonObject;
  /** SHA-256 hex of the RFC 8785 canonical JSON of `input` without its `revision` member. */
  readonly revision: string;
  /** ISO instant of the write, for the header's saved state. */
  readonly savedAt: string;
  /**
   * How many writes this workspace has had: the compare-and-set key. Not the revision, because
   * the revision covers only the bundle (a basket edit keeps it) and comes back after an undo
   * (A → B → A), so two different stored states can share one revision.
   */
  readonly serial: number;
}

/** One saved basket (`SavedBasket` input form) and its place in the list. */
export interface BasketRecord {
  readonly id: string;
  readonly position: number;
  readonly basket: JsonObject;
}

/** Everything one atomic write replaces. */
export interface WorkspaceSnapshot {
  readonly workspace: WorkspaceRecord;
  readonly baskets: readonly BasketRecord[];
}

/** One stored workspace (schema v2: one row per workspace, baskets inside). */
export interface WorkspaceRow {
  readonly id: string;
  readonly createdAt: string;
  readonly snapshot: WorkspaceSnapshot;
}

/** What the workspace switcher lists. */
export interface WorkspaceSummary {
  readonly id: string;
  /** The bundle's `name`: renaming a workspace renames its bundle. */
  readonly name: string;
  readonly createdAt: string;
  readonly savedAt: string;
  readonly revision: string;
  readonly serial: number;
}

/** An editor's unsaved working copy (any JSON, even an invalid promotion), per workspace and key. */
export interface DraftRecord {
  readonly workspaceId: string;
  readonly key: string;
  readonly json: Json;
  readonly savedAt: string;
}

export interface DraftSummary {
  readonly key: string;
  readonly savedAt: string;
}

export type ThemePref = 'light' | 'dark';

/** App preferences; an absent key means "follow the system" (theme) or "the first one" (workspace). */
export interface Prefs {
  readonly theme?: ThemePref;
  /** Id of the workspace the app opens. */
  readonly currentWorkspace?: string;
}

/** A compare-and-set write either happened or found another serial stored (nothing written). */
export type WriteOutcome =
  | { readonly kind: 'written' }
  | { readonly kind: 'conflict'; readonly storedSerial: number | undefined };

/**
 * Where workspaces live. `write` is all-or-nothing and compare-and-set: it writes only when the
 * stored serial (checked in the same transaction) equals `expectedSerial` (`undefined`: the id
 * must be free); when it rejects or reports a conflict, `read` still returns the previous snapshot.
 */
export interface WorkspaceBackend {
  list(): Promise<readonly WorkspaceSummary[]>;
  read(id: string): Promise<WorkspaceSnapshot | undefined>;
  write(id: string, snapshot: WorkspaceSnapshot, expectedSerial: number | undefined): Promise<WriteOutcome>;
  /** Deletes the workspace and its drafts. */
  remove(id: string): Promise<void>;
  readPref<K extends keyof Prefs>(key: K): Promise<Prefs[K] | undefined>;
  writePref<K extends keyof Prefs>(key: K, value: Prefs[K] | undefined): Promise<void>;
  readDraft(workspaceId: string, key: string): Promise<Json | undefined>;
  writeDraft(workspaceId: string, key: string, json: Json, savedAt: string): Promise<void>;
  deleteDraft(workspaceId: string, key: string): Promise<void>;
  listDrafts(workspaceId: string): Promise<readonly DraftSummary[]>;
}

/** The list entry of a stored row. */
export function summaryOf(row: WorkspaceRow): WorkspaceSummary {
  const { input, savedAt, revision, serial } = row.snapshot.workspace;
  const name = typeof input['name'] === 'string' && input['name'] !== '' ? input['name'] : '(unnamed workspace)';
  return { id: row.id, name, createdAt: row.createdAt, savedAt, revision, serial };
}

/** Oldest first, so new workspaces appear at the end of the switcher. */
export const byCreation = (a: WorkspaceSummary, b: WorkspaceSummary): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
