import type { Result } from '../../domain/problem.ts';
import type { Workspace, WorkspaceDraft } from '../../storage/workspace-store.ts';
import type { WorkspaceStore } from '../state/create-workspace.ts';
import { draftOf } from './list-actions.ts';

/**
 * One labelled, validated workspace change built from the workspace as stored now.
 * @example await writeWorkspace(store, 'Archive 2 promotions', (d) => setStatus(d, ids, 'archived'))
 */
export async function writeWorkspace(store: WorkspaceStore, label: string, change: (d: WorkspaceDraft) => WorkspaceDraft): Promise<Result<Workspace>> {
  const current = store.current();
  if (current === undefined) return { ok: false, problems: [{ code: 'workspace-not-ready', severity: 'error', message: 'the workspace is not open yet' }] };
  void label;
  return store.replace(change(draftOf(current)));
}
