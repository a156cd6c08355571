import { createEffect, createMemo, createSignal, on, onCleanup, onMount, Show } from 'solid-js';
import type { Json as StoredJson } from '../../../storage/types.ts';
import type { Problem } from '../../../domain/problem.ts';
import type { Workspace } from '../../../storage/workspace-store.ts';
import { useWorkspace } from '../../state/workspace-context.ts';
import { createWorkingCopy } from '../../promotions/create-working-copy.ts';
import { addPromotion, promotionInputOf, replacePromotion } from '../../promotions/list-actions.ts';
import { writeWorkspace } from '../../promotions/write.ts';
import { EditorBundleContext } from './editor-catalog.ts';
import { PromotionEditor } from './PromotionEditor.tsx';
import { ConflictPanel } from './ConflictPanel.tsx';
import { EditorBasketOutcome } from './EditorBasketOutcome.tsx';
import { WhatIfPanel } from '../simulator/WhatIfPanel.tsx';
import { bundleWithPromotion, createBundleVersion } from '../../simulator/edited-bundle.ts';
import { PromotionSchema } from '../../../domain/promotion.ts';

type Json = Record<string, unknown>;

const storedInput = (w: Workspace, id: string): Json | undefined => promotionInputOf(w.snapshot.workspace.input, id);

/**
 * Owns one promotion's working copy: saves it as one workspace change, and when the stored
 * promotion changes underneath unsaved edits (another tab, an import) shows both versions.
 */
export function PromotionEditorPage(props: {
  readonly workspace: Workspace;
  /** The stored promotion's id, or undefined for a new one started from `initial`. */
  readonly id: string | undefined;
  readonly initial: Json;
  readonly onClose: (savedId?: string) => void;
}) {
  const store = useWorkspace();
  const copy = createWorkingCopy(props.initial);
  const [storedId, setStoredId] = createSignal(props.id);
  const [saving, setSaving] = createSignal(false);
  const [notice, setNotice] = createSignal<Problem[]>([]);
  const [theirs, setTheirs] = createSignal<Json | null | undefined>();
  const index = createMemo(() => {
    const id = storedId();
    const at = id === undefined ? -1 : props.workspace.bundle.promotions.findIndex((p) => p.id === id);
    return at < 0 ? props.workspace.bundle.promotions.length : at;
  });

  // A stored promotion that no longer matches what the edits started from was changed elsewhere.
  createEffect(
    on(
      () => props.workspace.snapshot.workspace.revision,
      () => {
        const id = storedId();
        if (id === undefined || saving()) return;
        const now = storedInput(props.workspace, id) ?? null;
        if (JSON.stringify(now) === JSON.stringify(copy.base())) return;
        if (copy.dirty()) setTheirs(now);
        else if (now !== null) copy.rebase(now);
      },
      { defer: true },
    ),
  );

  // Unsaved edits live in the workspace's drafts too, so a reload or a crash loses nothing.
  const draftKey = `promotion:${props.id ?? 'new'}`;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  onMount(() => {
    void store.drafts.readDraft(draftKey).then((saved) => {
      const d = saved as { base?: unknown; value?: unknown } | undefined;
      if (d?.value === undefined || same(d.value, copy.value()) || copy.dirty()) return;
      const storedNow = props.id === undefined ? undefined : (storedInput(props.workspace, props.id) ?? null);
      copy.replace(d.value);
      copy.markBase(d.base ?? props.initial);
      setNotice([{ code: 'draft-restored', severity: 'info', message: 'Your unsaved edits from before were restored. Save them, or Undo to go back.' }]);
      if (storedNow !== undefined && !same(storedNow, d.base)) setTheirs(storedNow);
    });
  });
  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      () => copy.value(),
      () => {
        clearTimeout(draftTimer);
        draftTimer = setTimeout(() => {
          if (copy.dirty() || storedId() === undefined) void store.drafts.writeDraft(draftKey, { base: (copy.base() ?? null) as StoredJson, value: copy.value() as StoredJson });
          else void store.drafts.deleteDraft(draftKey);
        }, 400);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(draftTimer));

  // The saved bundle, and the same bundle with the working copy in place (once it validates as a promotion).
  const before = () => ({ input: props.workspace.snapshot.workspace.input, revision: props.workspace.snapshot.workspace.revision });
  const after = createBundleVersion(() =>
    PromotionSchema.safeParse(copy.value()).success ? bundleWithPromotion(props.workspace.snapshot.workspace.input, copy.value(), storedId()) : undefined,
  );
  const editedId = () => String((copy.value() as Json | undefined)?.['id'] ?? '');

  const save = async () => {
    const next = copy.value() as Json;
    const id = storedId();
    setSaving(true);
    const label = `${id === undefined ? 'Create' : 'Edit'} promotion ${String(next['name'])}`;
    const r = await writeWorkspace(store, label, (d) => (id === undefined ? addPromotion(d, next) : replacePromotion(d, id, next)));
    setSaving(false);
    if (!r.ok) {
      setNotice([...r.problems]);
      return;
    }
    setNotice([]);
    clearTimeout(draftTimer);
    void store.drafts.deleteDraft(draftKey);
    setStoredId(next['id'] as string);
    copy.rebase(next);
    if (id !== next['id']) history.replaceState(null, '', `#/promotions/${encodeURIComponent(String(next['id']))}/edit`);
  };

  return (
    <EditorBundleContext.Provider value={() => props.workspace.bundle}>
      <Show when={theirs() !== undefined}>
        <ConflictPanel
          mine={copy.value()}
          theirs={theirs() ?? null}
          onKeepMine={() => {
            // Mine stays the working copy; the stored version becomes what it is compared with.
            const t = theirs();
            setTheirs(undefined);
            if (t === null) setStoredId(undefined);
            else copy.markBase(t);
            setNotice([{ code: 'conflict-kept-mine', severity: 'warning', message: 'Your version is kept; saving it replaces the other tab’s change.' }]);
          }}
          onTakeTheirs={() => {
            const t = theirs();
            setTheirs(undefined);
            if (t === null) return props.onClose();
            copy.rebase(t);
          }}
        />
      </Show>
      <PromotionEditor
        workspace={props.workspace}
        index={index()}
        copy={copy}
        saving={saving()}
        isNew={storedId() === undefined}
        notice={notice()}
        onSave={() => void save()}
        onClose={() => props.onClose(storedId())}
        side={
          <>
            <EditorBasketOutcome promotionId={editedId()} version={after()} currency={props.workspace.bundle.currency} />
            <WhatIfPanel before={before()} after={copy.dirty() || storedId() === undefined ? after() : undefined} />
          </>
        }
      />
    </EditorBundleContext.Provider>
  );
}
