import { createSignal, getOwner, onCleanup } from 'solid-js';
import { fail, ok, problem, type Problem, type Result } from '../../domain/problem.ts';
import { changedItems, isUnchanged } from '../../storage/changed-items.ts';
import type { WorkspaceBackend, WorkspaceSummary } from '../../storage/types.ts';
import {
  checkWorkspaceName,
  createWorkspaceFrom,
  deleteWorkspace,
  duplicateWorkspace,
  emptyDraft,
  freeName,
  renameWorkspace,
  withName,
} from '../../storage/workspace-list.ts';
import { CONFLICT_MESSAGE, draftOf, openWorkspace, readWorkspace, writeFailure, writeWorkspace, type Workspace, type WorkspaceDraft } from '../../storage/workspace-store.ts';
import { makeHistory } from './history.ts';
import { makeWorkspaceDrafts } from './workspace-drafts.ts';
import type { ExternalChange, SaveState, WorkspaceEdit, WorkspaceState, WorkspaceStore, WorkspaceStoreOptions } from './workspace-store-api.ts';
import { CHANNEL_NAME, openWorkspaceChannel, type WorkspaceMessage } from './workspace-channel.ts';

export type {
  ExternalChange,
  SaveState,
  WorkspaceDrafts,
  WorkspaceEdit,
  WorkspaceState,
  WorkspaceStore,
  WorkspaceStoreOptions,
} from './workspace-store-api.ts';

/** Codes of writes the browser or another tab refused (as opposed to a draft that did not validate). */
const WRITE_REFUSED = new Set(['storage-conflict', 'storage-quota-exceeded', 'storage-write-failed']);

const notReady = () => fail<never>([problem('workspace-not-ready', 'the workspace is still opening; try again in a moment')]);

/**
 * The app's workspaces. One workspace is open; every change to it is validated, written with
 * compare-and-set and recorded for undo. Writes of this tab run one after another, so each checks
 * against the serial of the write before it; another tab's write (heard on the BroadcastChannel,
 * or found by a refused compare-and-set) reloads the open workspace and clears the undo history,
 * whose steps no longer describe what is stored.
 * @example
 * const ws = createWorkspace(openIdbBackend(), loadSampleDraft);
 * await ws.apply({ label: 'Rename', change: (d) => ({ ...d, bundle: { ...(d.bundle as object), name: 'Q3' } }) });
 * await ws.undo();
 */
export function createWorkspace(
  backend: Promise<WorkspaceBackend>,
  loadSample: () => Promise<Result<WorkspaceDraft>>,
  options: WorkspaceStoreOptions = {},
): WorkspaceStore {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const now = options.now ?? (() => new Date());
  const history = makeHistory<WorkspaceDraft>(options.historyLimit ?? 100);
  const [state, setState] = createSignal<WorkspaceState>({ kind: 'loading' });
  const [currentId, setCurrentId] = createSignal<string>();
  const [workspaces, setWorkspaces] = createSignal<readonly WorkspaceSummary[]>([]);
  // undefined = nothing pending or failed: the state is "saved at" the open snapshot's time.
  const [save, setSave] = createSignal<SaveState>();
  const [external, setExternal] = createSignal<ExternalChange>();
  const [historyTick, setHistoryTick] = createSignal(0);
  const historyChanged = () => setHistoryTick((t) => t + 1);

  const current = () => {
    const s = state();
    return s.kind === 'ready' ? s.workspace : undefined;
  };

  // Every read-modify-write of this tab runs after the previous one finished.
  let queue: Promise<unknown> = Promise.resolve();
  // Counts changes of what is shown that this tab did not write (another tab's write re-read, a
  // switch): a whole draft built before one of them is stale (see replace).
  let reloads = 0;
  function serialize<T>(task: () => Promise<Result<T>>): Promise<Result<T>> {
    const run = queue.then(task).catch((e: unknown) => fail<T>([writeFailure(e)]));
    queue = run;
    return run;
  }

  const show = (id: string, workspace: Workspace, notices: readonly Problem[] = []) => {
    setCurrentId(id);
    setState({ kind: 'ready', workspace, notices });
  };
  const refreshList = async () => {
    try {
      setWorkspaces(await (await backend).list());
    } catch {
      // The list is a convenience; the open workspace keeps working without it.
    }
  };

  const channel = openWorkspaceChannel(options.channelName ?? CHANNEL_NAME, (m) => void onMessage(m));

  /** Shows `id` as stored now: the undo history belongs to the state that was open before. */
  async function open(id: string, notices: readonly Problem[] = []): Promise<Result<Workspace>> {
    const b = await backend;
    const r = await readWorkspace(b, id);
    if (r === undefined) return fail([problem('workspace-missing', `no stored workspace has the id "${id}"; it may have been deleted in another tab`)]);
    if (!r.ok) return r;
    show(id, r.value, notices);
    reloads++;
    history.clear();
    historyChanged();
    setExternal(undefined);
    setSave(undefined);
    await b.writePref('currentWorkspace', id);
    return r;
  }

  /** The open workspace was deleted elsewhere: open the first one left (or the sample). */
  async function openAnother(): Promise<Result<Workspace>> {
    const b = await backend;
    const gone = problem('workspace-deleted-elsewhere', 'the workspace that was open here was deleted in another tab', undefined, 'warning');
    const first = (await b.list())[0];
    if (first !== undefined) return open(first.id, [gone]);
    const r = await openWorkspace(b, loadSample, newId);
    if (!r.ok) return r;
    return open(r.value.id, [gone]);
  }

  /** Re-reads the open workspace after another tab wrote it; records what changed. */
  async function reload(id: string, before: Workspace): Promise<void> {
    const stored = await readWorkspace(await backend, id);
    if (stored === undefined) {
      await openAnother();
      return;
    }
    if (!stored.ok) {
      setSave({ kind: 'failed', problems: stored.problems });
      return;
    }
    show(id, stored.value);
    reloads++;
    history.clear();
    historyChanged();
    const { revision, serial } = stored.value.snapshot.workspace;
    setExternal({ revision, serial, items: changedItems(draftOf(before.snapshot), draftOf(stored.value.snapshot)) });
    void refreshList();
  }

  async function onMessage(m: WorkspaceMessage): Promise<void> {
    await refreshList();
    const id = currentId();
    if (m.kind === 'workspaces-changed') {
      if (id !== undefined && !workspaces().some((w) => w.id === id)) await serialize(openAnother);
      return;
    }
    if (m.workspaceId !== id) return;
    await serialize(async () => {
      const before = current();
      // Re-check inside the queue: our own later write, or a switch, may have overtaken the message.
      if (currentId() !== m.workspaceId || before === undefined || before.snapshot.workspace.serial >= m.serial) return ok(undefined);
      await reload(m.workspaceId, before);
      return ok(undefined);
    });
  }

  /** One compare-and-set write of the open workspace; tells the other tabs what changed. */
  async function writeOpen(next: WorkspaceDraft): Promise<Result<Workspace>> {
    const id = currentId();
    const before = current();
    const b = await backend;
    if (id === undefined || before === undefined) {
      // After a failed start, an import creates a fresh workspace to open.
      if (state().kind !== 'failed') return notReady();
      const fresh = newId();
      const created = await createWorkspaceFrom(b, fresh, next);
      if (created.ok) {
        await open(fresh);
        channel.post({ kind: 'workspaces-changed' });
        void refreshList();
      }
      return created;
    }
    const previous = save();
    setSave({ kind: 'saving' });
    const r = await writeWorkspace(b, id, next, before.snapshot.workspace.serial, now);
    if (r.ok) {
      show(id, r.value);
      setSave(undefined);
      const { revision, serial } = r.value.snapshot.workspace;
      channel.post({ kind: 'workspace-written', workspaceId: id, revision, serial, items: changedItems(draftOf(before.snapshot), next) });
      void refreshList();
      return r;
    }
    if (r.problems.some((p) => p.code === 'storage-conflict')) await reload(id, before);
    setSave(r.problems.some((p) => WRITE_REFUSED.has(p.code)) ? { kind: 'failed', problems: r.problems } : previous);
    return r;
  }

  const apply = (edit: WorkspaceEdit, builtAfter?: number): Promise<Result<Workspace>> =>
    serialize(async () => {
      // A whole draft built before another tab's write was re-read here would silently undo that write.
      if (builtAfter !== undefined && builtAfter !== reloads) {
        const problems = [problem('storage-conflict', CONFLICT_MESSAGE)];
        setSave({ kind: 'failed', problems });
        return fail<Workspace>(problems);
      }
      const ws = current();
      const before = ws === undefined ? undefined : draftOf(ws.snapshot);
      let next: WorkspaceDraft;
      try {
        next = edit.change(before === undefined ? { bundle: undefined, baskets: [] } : structuredClone(before));
      } catch (e) {
        return fail([problem('workspace-edit-failed', `${edit.label}: ${e instanceof Error ? e.message : String(e)}`)]);
      }
      // An edit that changes nothing writes nothing and leaves no undo step.
      if (ws !== undefined && before !== undefined && isUnchanged(changedItems(before, next))) return ok(ws);
      const r = await writeOpen(next);
      if (r.ok && before !== undefined) {
        history.push({ label: edit.label, before, after: draftOf(r.value.snapshot) });
        historyChanged();
      }
      return r;
    });

  const step = (direction: 'undo' | 'redo') =>
    serialize(async () => {
      const next = direction === 'undo' ? history.nextUndo() : history.nextRedo();
      if (next === undefined) return fail<Workspace>([problem(`${direction}-empty`, `there is nothing to ${direction}`)]);
      const r = await writeOpen(direction === 'undo' ? next.before : next.after);
      // A refused step stays where it was (a conflict has already cleared the history).
      if (r.ok) direction === 'undo' ? history.undo() : history.redo();
      historyChanged();
      return r;
    });

  void serialize(async () => {
    try {
      const r = await openWorkspace(await backend, loadSample, newId);
      if (r.ok) show(r.value.id, r.value.workspace, r.problems ?? []);
      else setState({ kind: 'failed', problems: r.problems });
      await refreshList();
      return r;
    } catch (e) {
      const problems = [problem('storage-open-failed', `the workspace database could not be opened (${e instanceof Error ? e.message : String(e)})`)];
      setState({ kind: 'failed', problems });
      return fail(problems);
    }
  });

  // A tab that missed a message (asleep, or BroadcastChannel unavailable) catches up when shown again.
  const onVisible = () => {
    if (document.visibilityState !== 'visible') return;
    void serialize(async () => {
      const id = currentId();
      const before = current();
      if (id === undefined || before === undefined) return ok(undefined);
      const stored = await (await backend).read(id);
      if (stored?.workspace.serial !== before.snapshot.workspace.serial) await reload(id, before);
      return ok(undefined);
    });
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
  const dispose = () => {
    channel.close();
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
  };
  if (getOwner()) onCleanup(dispose);

  return {
    state,
    current,
    currentId,
    workspaces,
    // The draft was built from what this tab showed at the call: refused if another tab's write
    // was re-read while it waited in the queue (apply's `change` always sees the latest state).
    replace: (draft, label = 'Replace workspace') => apply({ label, change: () => draft }, reloads),
    apply,
    undo: () => step('undo'),
    redo: () => step('redo'),
    canUndo: () => (historyTick(), history.canUndo()),
    canRedo: () => (historyTick(), history.canRedo()),
    undoLabel: () => (historyTick(), history.undoLabel()),
    redoLabel: () => (historyTick(), history.redoLabel()),
    saveState: () => {
      const pending = save();
      if (pending !== undefined) return pending;
      const s = state();
      if (s.kind === 'failed') return { kind: 'failed', problems: s.problems };
      return s.kind === 'ready' ? { kind: 'saved', at: s.workspace.snapshot.workspace.savedAt } : { kind: 'saving' };
    },
    lastExternalChange: external,
    drafts: makeWorkspaceDrafts(backend, currentId, now),
    newWorkspace: (from) =>
      serialize(async () => {
        const b = await backend;
        const taken = (await b.list()).map((w) => w.name);
        let draft: WorkspaceDraft;
        if (from === 'sample') {
          const sample = await loadSample();
          if (!sample.ok) return sample;
          const name = (sample.value.bundle as { name?: unknown }).name;
          draft = withName(sample.value, freeName(typeof name === 'string' ? name : 'Sample workspace', taken));
        } else {
          draft = emptyDraft(freeName('Untitled workspace', taken), current()?.bundle);
        }
        const id = newId();
        const r = await createWorkspaceFrom(b, id, draft);
        if (!r.ok) return r;
        channel.post({ kind: 'workspaces-changed' });
        await refreshList();
        return open(id);
      }),
    switchTo: (id) => serialize(() => open(id)),
    rename(id, name) {
      const refused = checkWorkspaceName(name);
      if (refused) return Promise.resolve(refused);
      // The open workspace is renamed through apply, so the rename can be undone like any edit.
      if (id === currentId()) return apply({ label: `Rename workspace to “${name.trim()}”`, change: (d) => withName(d, name.trim()) });
      return serialize(async () => {
        const r = await renameWorkspace(await backend, id, name);
        if (r.ok) {
          const { revision, serial } = r.value.snapshot.workspace;
          channel.post({ kind: 'workspace-written', workspaceId: id, revision, serial, items: { promotions: [], baskets: [], scripts: [], products: [], settings: ['name'] } });
          await refreshList();
        }
        return r;
      });
    },
    duplicate: (id) =>
      serialize(async () => {
        const copy = newId();
        const r = await duplicateWorkspace(await backend, id, copy);
        if (!r.ok) return r;
        channel.post({ kind: 'workspaces-changed' });
        await refreshList();
        return open(copy);
      }),
    remove: (id) =>
      serialize(async () => {
        const r = await deleteWorkspace(await backend, id);
        if (!r.ok) return r;
        channel.post({ kind: 'workspaces-changed' });
        setWorkspaces(r.value);
        if (id === currentId() && r.value[0] !== undefined) {
          const opened = await open(r.value[0].id);
          if (!opened.ok) return opened;
        }
        return r;
      }),
    dispose,
  };
}
