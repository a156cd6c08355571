import { fail, type Problem, type Result } from '../../domain/problem.ts';
import { validateBundle } from '../../bundle/validate.ts';
import type { Workspace, WorkspaceDraft } from '../../storage/workspace-store.ts';
import type { WorkspaceStore } from '../state/create-workspace.ts';
import { draftOf } from '../../storage/workspace-store.ts';

const key = (p: Problem) => `${p.code} ${p.path ?? ''}`;
const errorsOf = (bundle: unknown): Problem[] => {
  const r = validateBundle(bundle);
  return (r.ok ? (r.problems ?? []) : r.problems).filter((p) => p.severity === 'error');
};

/**
 * One labelled workspace change built from the workspace as stored now. Besides the store's own
 * schema check, the change must not add a consistency problem the bundle import would refuse (a
 * coupon or reward pointing at a deleted promotion…); problems the workspace already had do not
 * block unrelated edits.
 * @example await writeWorkspace(store, 'Archive 2 promotions', (d) => setStatus(d, ids, 'archived'))
 */
export async function writeWorkspace(store: WorkspaceStore, label: string, change: (d: WorkspaceDraft) => WorkspaceDraft): Promise<Result<Workspace>> {
  const current = store.current();
  if (current === undefined) return fail([{ code: 'workspace-not-ready', severity: 'error', message: 'the workspace is not open yet' }]);
  const before = draftOf(current.snapshot);
  const known = new Set(errorsOf(before.bundle).map(key));
  const added = errorsOf(change(before).bundle).filter((p) => !known.has(key(p)));
  if (added.length > 0) return fail(added);
  // The store applies the change again to what is stored when it writes (compare-and-set), so a
  // write from another tab in between is kept, not overwritten.
  return store.apply({ label, change });
}
