import { createRoot } from 'solid-js';
import { expect } from 'vitest';
import { ok } from '../../src/domain/problem.ts';
import type { WorkspaceBackend } from '../../src/storage/types.ts';
import { createWorkspace, type WorkspaceStore, type WorkspaceStoreOptions } from '../../src/ui/state/create-workspace.ts';
import { eventually, idSequence, workspaceDraft } from './storage-factories.ts';

export const sampleLoader = () => Promise.resolve(ok(workspaceDraft('Sample', ['s1'])));

/**
 * A workspace store over `backend` (a "tab"), ready to use; dispose it at the end of the test.
 * @example const tab = await openStore(backend, { channelName })
 */
export async function openStore(backend: WorkspaceBackend, options: WorkspaceStoreOptions = {}): Promise<WorkspaceStore> {
  const store = createRoot(() => createWorkspace(Promise.resolve(backend), sampleLoader, { newId: idSequence('new'), ...options }));
  await eventually(() => expect(store.state().kind).toBe('ready'));
  return store;
}

/** A draft edit: the bundle renamed. */
export const renameTo = (name: string) => ({
  label: `Rename to ${name}`,
  change: (d: { bundle: unknown; baskets: readonly unknown[] }) => ({ ...d, bundle: { ...(d.bundle as object), name } }),
});
