import type { Accessor } from 'solid-js';
import type { Problem, Result } from '../../domain/problem.ts';
import type { ChangedItems } from '../../storage/changed-items.ts';
import type { DraftSummary, Json, WorkspaceSummary } from '../../storage/types.ts';
import type { Workspace, WorkspaceDraft } from '../../storage/workspace-store.ts';

/*
 * The workspace store's contract, apart from its implementation (create-workspace.ts), so views
 * and editors can depend on the shape alone.
 */

export type WorkspaceState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly workspace: Workspace; readonly notices: readonly Problem[] }
  | { readonly kind: 'failed'; readonly problems: readonly Problem[] };

/**
 * One undoable change of the current workspace. `change` receives the stored workspace as input
 * JSON (a copy: it may be modified) and returns the next one; the store validates it with the
 * same validator as import, writes it with compare-and-set and records an undo step `label`.
 */
export interface WorkspaceEdit {
  readonly label: string;
  readonly change: (draft: WorkspaceDraft) => WorkspaceDraft;
}

export type SaveState =
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly problems: readonly Problem[] };

/** A write to the current workspace made in another tab, as this tab last re-read it. */
export interface ExternalChange {
  readonly revision: string;
  readonly serial: number;
  readonly items: ChangedItems;
}

/** Editors' unsaved working copies (any JSON), kept per workspace so they survive a reload. */
export interface WorkspaceDrafts {
  readDraft(key: string): Promise<Json | undefined>;
  writeDraft(key: string, json: Json): Promise<Result<void>>;
  deleteDraft(key: string): Promise<void>;
  listDrafts(): Promise<readonly DraftSummary[]>;
}

export interface WorkspaceStore {
  readonly state: Accessor<WorkspaceState>;
  /** The ready workspace, or undefined while loading or after a failed start. */
  readonly current: Accessor<Workspace | undefined>;
  /** Id of the open workspace. */
  readonly currentId: Accessor<string | undefined>;
  /** Every stored workspace, oldest first. */
  readonly workspaces: Accessor<readonly WorkspaceSummary[]>;
  /** Validates and stores a new workspace (import); undoable; on failure the current one stays. */
  replace(draft: WorkspaceDraft, label?: string): Promise<Result<Workspace>>;
  apply(edit: WorkspaceEdit): Promise<Result<Workspace>>;
  undo(): Promise<Result<Workspace>>;
  redo(): Promise<Result<Workspace>>;
  readonly canUndo: Accessor<boolean>;
  readonly canRedo: Accessor<boolean>;
  readonly undoLabel: Accessor<string | undefined>;
  readonly redoLabel: Accessor<string | undefined>;
  readonly saveState: Accessor<SaveState>;
  /** The latest write by another tab to the open workspace, with the ids it changed. */
  readonly lastExternalChange: Accessor<ExternalChange | undefined>;
  readonly drafts: WorkspaceDrafts;
  /** Creates a workspace (empty, or a copy of the embedded sample) and opens it. */
  newWorkspace(from: 'empty' | 'sample'): Promise<Result<Workspace>>;
  switchTo(id: string): Promise<Result<Workspace>>;
  rename(id: string, name: string): Promise<Result<Workspace>>;
  /** Copies a workspace (not its drafts) and opens the copy. */
  duplicate(id: string): Promise<Result<Workspace>>;
  /** Deletes a workspace and its drafts; the last one is protected (`workspace-last`). */
  remove(id: string): Promise<Result<readonly WorkspaceSummary[]>>;
  /** Closes the tab channel (also done by the owner's cleanup). */
  dispose(): void;
}

export interface WorkspaceStoreOptions {
  readonly channelName?: string;
  readonly newId?: () => string;
  readonly historyLimit?: number;
  readonly now?: () => Date;
}
