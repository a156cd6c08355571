import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../domain/bundle.ts';
import { fail, ok, problem, type Result } from '../domain/problem.ts';
import type { JsonObject, WorkspaceBackend, WorkspaceSummary } from './types.ts';
import { draftOf, readWorkspace, writeWorkspace, type Workspace, type WorkspaceDraft } from './workspace-store.ts';

/**
 * Operations on the list of workspaces (schema v2). Renaming a workspace renames its bundle:
 * the name a file carries and the name the switcher shows are one value.
 */

/** `base`, or `base 2`, `base 3`… — the first one no listed workspace uses. */
export function freeName(base: string, taken: readonly string[]): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} ${n}`)) return `${base} ${n}`;
}

/** A workspace with nothing in it yet; currency and time zone follow the one the user is in. */
export function emptyDraft(name: string, like?: { readonly currency: string; readonly timeZone: string }): WorkspaceDraft {
  return {
    bundle: {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      name,
      currency: like?.currency ?? 'USD',
      timeZone: like?.timeZone ?? 'UTC',
      products: [],
      promotions: [],
    },
    baskets: [],
  };
}

/** The draft with its bundle renamed. */
export const withName = (draft: WorkspaceDraft, name: string): WorkspaceDraft => ({
  ...draft,
  bundle: { ...(draft.bundle as JsonObject), name },
});

const missing = (id: string) => fail<never>([problem('workspace-missing', `no stored workspace has the id "${id}"; it may have been deleted in another tab`)]);
/** A refusal when `name` cannot name a workspace (blank). */
export const checkWorkspaceName = (name: string) =>
  name.trim() === '' ? fail<never>([problem('workspace-name-empty', 'a workspace needs a name', '$.name')]) : undefined;

/**
 * Stores a new workspace under `id` (which must be free).
 * @example await createWorkspaceFrom(backend, 'ws-2', emptyDraft('Spring plan'))
 */
export async function createWorkspaceFrom(backend: WorkspaceBackend, id: string, draft: WorkspaceDraft): Promise<Result<Workspace>> {
  return writeWorkspace(backend, id, draft, undefined);
}

/**
 * Copies workspace `id` (bundle and baskets; not the drafts) to `newId`, named "<name> copy".
 * @example await duplicateWorkspace(backend, 'ws-1', 'ws-2')
 */
export async function duplicateWorkspace(backend: WorkspaceBackend, id: string, newId: string): Promise<Result<Workspace>> {
  const [snapshot, list] = await Promise.all([backend.read(id), backend.list()]);
  if (snapshot === undefined) return missing(id);
  const name = freeName(`${String(snapshot.workspace.input['name'] ?? 'Workspace')} copy`, list.map((w) => w.name));
  return writeWorkspace(backend, newId, withName(draftOf(snapshot), name), undefined);
}

/**
 * Renames workspace `id` by a compare-and-set write of its bundle's name.
 * @example await renameWorkspace(backend, 'ws-1', 'Autumn')
 */
export async function renameWorkspace(backend: WorkspaceBackend, id: string, name: string): Promise<Result<Workspace>> {
  const refused = checkWorkspaceName(name);
  if (refused) return refused;
  const stored = await readWorkspace(backend, id);
  if (stored === undefined) return missing(id);
  if (!stored.ok) return stored;
  const snapshot = stored.value.snapshot;
  return writeWorkspace(backend, id, withName(draftOf(snapshot), name.trim()), snapshot.workspace.serial);
}

/**
 * Deletes workspace `id` and its drafts. The last workspace is protected: there is always one to
 * open, and deleting everything is never one click away.
 * @example const r = await deleteWorkspace(backend, 'ws-2'); r.ok && r.value // the workspaces left
 */
export async function deleteWorkspace(backend: WorkspaceBackend, id: string): Promise<Result<readonly WorkspaceSummary[]>> {
  const list = await backend.list();
  if (!list.some((w) => w.id === id)) return missing(id);
  if (list.length === 1) return fail([problem('workspace-last', 'the only workspace cannot be deleted; create another one first')]);
  try {
    await backend.remove(id);
  } catch (e) {
    return fail([problem('storage-write-failed', `the workspace could not be deleted (${e instanceof Error ? e.message : String(e)})`)]);
  }
  return ok(await backend.list());
}
