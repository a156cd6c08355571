import { createSignal, type Accessor } from 'solid-js';
import type { Problem, Result } from '../../domain/problem.ts';
import type { WorkspaceBackend } from '../../storage/types.ts';
import { openWorkspace, replaceWorkspace, type Workspace, type WorkspaceDraft } from '../../storage/workspace-store.ts';

export type WorkspaceState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly workspace: Workspace; readonly notices: readonly Problem[] }
  | { readonly kind: 'failed'; readonly problems: readonly Problem[] };

export interface WorkspaceStore {
  readonly state: Accessor<WorkspaceState>;
  /** The ready workspace, or undefined while loading or after a failed start. */
  readonly current: Accessor<Workspace | undefined>;
  /** Validates and stores a new workspace; on failure the current one stays and the problems say why. */
  replace(draft: WorkspaceDraft): Promise<Result<Workspace>>;
}

/**
 * The app's workspace: opened once from the backend (first start loads the sample), replaced
 * only by a validated, successfully written draft. A generation counter drops a slower, older
 * replacement that finishes after a newer one.
 * @example const ws = createWorkspace(openIdbBackend(), loadSampleDraft); ws.current()?.bundle.name
 */
export function createWorkspace(
  backend: Promise<WorkspaceBackend>,
  loadSample: () => Promise<Result<WorkspaceDraft>>,
): WorkspaceStore {
  const [state, setState] = createSignal<WorkspaceState>({ kind: 'loading' });
  let generation = 0;

  const opening = ++generation;
  void backend
    .then((b) => openWorkspace(b, loadSample))
    .then(
      (r) => {
        if (opening !== generation) return;
        setState(r.ok ? { kind: 'ready', workspace: r.value, notices: r.problems ?? [] } : { kind: 'failed', problems: r.problems });
      },
      (e: unknown) => {
        if (opening !== generation) return;
        setState({ kind: 'failed', problems: [{ code: 'storage-open-failed', severity: 'error', message: String(e) }] });
      },
    );

  return {
    state,
    current: () => {
      const s = state();
      return s.kind === 'ready' ? s.workspace : undefined;
    },
    async replace(draft) {
      const mine = ++generation;
      const r = await replaceWorkspace(await backend, draft);
      if (r.ok && mine === generation) setState({ kind: 'ready', workspace: r.value, notices: r.problems ?? [] });
      return r;
    },
  };
}
