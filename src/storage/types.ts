/**
 * What the workbench keeps in IndexedDB. Every stored value is plain JSON (SPEC habit 4: no
 * decimal.js objects, no bigint), written in the *input* form a bundle file uses, so a stored
 * workspace re-validates with the same schema an imported file does.
 */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
export type JsonObject = { readonly [key: string]: Json };

/** The current workspace bundle as written (input form) and the revision of exactly that JSON. */
export interface WorkspaceRecord {
  readonly input: JsonObject;
  /** SHA-256 hex of the RFC 8785 canonical JSON of `input` without its `revision` member. */
  readonly revision: string;
  /** ISO instant of the write, for the header's tooltip. */
  readonly savedAt: string;
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

export type ThemePref = 'light' | 'dark';

/** App preferences; an absent key means "follow the system". */
export interface Prefs {
  readonly theme?: ThemePref;
}

/**
 * Where snapshots live. `write` is all-or-nothing: when it rejects, `read` still returns the
 * previous snapshot.
 */
export interface WorkspaceBackend {
  read(): Promise<WorkspaceSnapshot | undefined>;
  write(snapshot: WorkspaceSnapshot): Promise<void>;
  readPref<K extends keyof Prefs>(key: K): Promise<Prefs[K] | undefined>;
  writePref<K extends keyof Prefs>(key: K, value: Prefs[K] | undefined): Promise<void>;
}
