import { createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { EXTENSION_POINTS, type ExtensionPointName } from '../../domain/script.ts';
import type { Diagnostic } from '../../dsl/index.ts';
import { problemRows } from '../../editor/diagnostics.ts';
import { loadMonaco } from '../../editor/load-monaco.ts';
import type { Workspace } from '../../storage/workspace-store.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { useWorkspace } from '../state/workspace-context.ts';
import { createAppTheme } from '../scripts/create-app-theme.ts';
import { ProblemsPanel } from '../scripts/ProblemsPanel.tsx';
import { RunPanel } from '../scripts/RunPanel.tsx';
import { runAgainstBasket, type RunView } from '../scripts/run-against-basket.ts';
import { draftWithScript } from '../scripts/save-script.ts';
import { scriptEnvOf } from '../scripts/script-env.ts';
import { ScriptEditor, type EditorHandle } from '../scripts/ScriptEditor.tsx';
import { ScriptList, type ScriptListItem } from '../scripts/ScriptList.tsx';
import { ScriptSession } from '../scripts/script-session.ts';
import { refusal, scriptGate } from '../scripts/script-gate.ts';
import { isUntouchedTemplate, scriptTemplate } from '../scripts/script-template.ts';
import { TemplateNotice } from '../scripts/TemplateNotice.tsx';
import '../scripts/scripts.css';

interface Meta {
  readonly name: string;
  readonly extensionPoint: ExtensionPointName;
}


/**
 * Scripts: the workspace's script library on the left, the selected script in Monaco with live
 * diagnostics, completion, hover, go to definition and formatting; Run against a saved basket;
 * Diff against the saved version; Save bumps the version. Monaco loads only when this view opens.
 */
export function ScriptsView(props: { readonly workspace: Workspace }) {
  const store = useWorkspace();
  const theme = createAppTheme();
  const saved = () => props.workspace.bundle.scripts;
  const [created, setCreated] = createSignal<readonly string[]>([]);
  const [meta, setMeta] = createSignal<Readonly<Record<string, Meta>>>({});
  const [selected, setSelected] = createSignal<string | undefined>(saved()[0]?.id);
  const [session, setSession] = createSignal<ScriptSession>();
  const [loadError, setLoadError] = createSignal<string>();
  const [edits, setEdits] = createSignal(0);
  const [checked, setChecked] = createSignal<Readonly<Record<string, { source: string; diagnostics: readonly Diagnostic[] }>>>({});
  const [diff, setDiff] = createSignal(false);
  const [basketId, setBasketId] = createSignal<string | undefined>(props.workspace.baskets[0]?.id);
  const [promotionId, setPromotionId] = createSignal<string | undefined>();
  const [result, setResult] = createSignal<RunView>();
  const [saveMessage, setSaveMessage] = createSignal<{ ok: boolean; text: string }>();
  let editor: EditorHandle | undefined;

  const env = createMemo(() => scriptEnvOf(props.workspace));
  const savedScript = (id: string | undefined) => saved().find((s) => s.id === id);
  const metaOf = (id: string): Meta => {
    const m = meta()[id];
    if (m) return m;
    const s = savedScript(id);
    return { name: s?.name ?? 'New script', extensionPoint: s?.extensionPoint ?? 'DiscountCondition' };
  };
  const savedSource = (id: string) => savedScript(id)?.source;
  // The version each script's edits started from: a save over a newer stored version (another tab
  // saved it meanwhile) is a conflict the user decides, never a silent overwrite.
  const seen: Record<string, number> = Object.fromEntries(saved().map((s) => [s.id, s.version]));
  const [conflict, setConflict] = createSignal<{ id: string; mine: number; theirs: number }>();
  const textOf = (id: string) => {
    edits();
    return session()?.text(id) ?? savedSource(id) ?? '';
  };
  const isDirty = (id: string) => {
    const s = savedScript(id);
    if (!s) return true;
    const m = metaOf(id);
    return textOf(id) !== s.source || m.name !== s.name || m.extensionPoint !== s.extensionPoint;
  };

  const items = createMemo<ScriptListItem[]>(() => [
    ...saved().map((s) => ({ id: s.id, name: metaOf(s.id).name, extensionPoint: metaOf(s.id).extensionPoint, version: s.version, dirty: isDirty(s.id) })),
    ...created()
      .filter((id) => !savedScript(id))
      .map((id) => ({ id, name: metaOf(id).name, extensionPoint: metaOf(id).extensionPoint, version: undefined, dirty: true })),
  ]);

  const model = createMemo(() => {
    const s = session();
    const id = selected();
    if (!s || id === undefined) return undefined;
    return s.model(id, savedSource(id) ?? scriptTemplate(metaOf(id).extensionPoint));
  });

  const rows = createMemo(() => {
    const id = selected();
    const c = id === undefined ? undefined : checked()[id];
    return c ? problemRows(c.source, c.diagnostics) : [];
  });
  const checking = () => {
    const id = selected();
    return id !== undefined && checked()[id]?.source !== textOf(id);
  };
  /** Why Run and Save are refused right now (errors, or the check of this text not back yet). */
  const refused = createMemo(() => {
    const id = selected();
    if (id === undefined) return undefined;
    return refusal(scriptGate(checked()[id]?.source, textOf(id), rows().filter((r) => r.severity === 'error').length));
  });
  // Asking before the extension point's template replaces text the author wrote.
  const [askTemplate, setAskTemplate] = createSignal<{ readonly id: string; readonly from: ExtensionPointName; readonly to: ExtensionPointName }>();

  const promotions = () => props.workspace.bundle.promotions;
  const promotionFor = () => {
    const chosen = promotions().find((p) => p.id === promotionId());
    if (chosen) return chosen;
    // The promotion that uses this script, else the first one.
    return promotions().find((p) => p.dispersion?.scriptId === selected()) ?? promotions()[0];
  };

  onMount(() => {
    let alive = true;
    onCleanup(() => {
      alive = false;
      session()?.dispose();
    });
    loadMonaco().then(
      (monaco) => {
        if (!alive) return;
        setSession(
          new ScriptSession(monaco, {
            env,
            extensionPointOf: (id) => metaOf(id).extensionPoint,
            onDiagnostics: (id, source, diagnostics) => setChecked((c) => ({ ...c, [id]: { source, diagnostics } })),
            onEdit: () => setEdits((n) => n + 1),
          }),
        );
      },
      (e: unknown) => alive && setLoadError(e instanceof Error ? e.message : String(e)),
    );
  });

  const select = (id: string) => {
    setSelected(id);
    setAskTemplate(undefined);
    setResult(undefined);
    setSaveMessage(undefined);
  };

  const newScript = () => {
    const taken = new Set(items().map((i) => i.id));
    let n = 1;
    while (taken.has(`script-${n}`)) n++;
    const id = `script-${n}`;
    setMeta((m) => ({ ...m, [id]: { name: `New script ${n}`, extensionPoint: 'DiscountCondition' } }));
    setCreated((c) => [...c, id]);
    select(id);
  };

  const updateMeta = (patch: Partial<Meta>) => {
    const id = selected();
    if (id === undefined) return;
    setMeta((m) => ({ ...m, [id]: { ...metaOf(id), ...patch } }));
    if (patch.extensionPoint) session()?.recheck(id);
  };

  /** The new point's template replaces an untouched template at once, anything else only when asked. */
  const changePoint = (to: ExtensionPointName) => {
    const id = selected();
    if (id === undefined) return;
    const from = metaOf(id).extensionPoint;
    const text = textOf(id);
    updateMeta({ extensionPoint: to });
    setAskTemplate(undefined);
    if (isUntouchedTemplate(text, from)) session()?.replaceText(id, scriptTemplate(to));
    else if (!isUntouchedTemplate(text, to)) setAskTemplate({ id, from, to });
  };

  const replaceWithTemplate = () => {
    const ask = askTemplate();
    if (ask === undefined) return;
    session()?.replaceText(ask.id, scriptTemplate(ask.to));
    setAskTemplate(undefined);
  };

  const run = () => {
    const id = selected();
    const basket = props.workspace.baskets.find((b) => b.id === basketId());
    const promotion = promotionFor();
    if (id === undefined || !basket || !promotion || refused() !== undefined) return;
    const r = runAgainstBasket({ source: textOf(id), extensionPoint: metaOf(id).extensionPoint, bundle: props.workspace.bundle, basket, promotion });
    setResult(r);
    session()?.setRunError(id, r.kind === 'error' ? r : null);
  };

  const save = async (overwrite = false) => {
    const id = selected();
    if (id === undefined || refused() !== undefined || !isDirty(id)) return;
    const stored = savedScript(id)?.version;
    if (!overwrite && stored !== undefined && seen[id] !== undefined && stored !== seen[id]) {
      setConflict({ id, mine: seen[id]!, theirs: stored });
      return;
    }
    setConflict(undefined);
    const m = metaOf(id);
    const current = props.workspace;
    const r = await store.replace(draftWithScript(current, { id, name: m.name, extensionPoint: m.extensionPoint, source: textOf(id) }), `Save script ${m.name}`);
    if (r.ok) {
      setMeta((all) => {
        const { [id]: _, ...rest } = all;
        return rest;
      });
      const v = r.value.bundle.scripts.find((s) => s.id === id)?.version;
      if (v !== undefined) seen[id] = v;
      setSaveMessage({ ok: true, text: `Saved as version ${v}` });
    } else {
      setSaveMessage({ ok: false, text: r.problems.map((p) => `${p.path ?? ''} ${p.message}`).join('; ') });
    }
  };

  const jump = (line: number, column: number) => editor?.reveal(line, column);

  return (
    <div class="scripts-layout">
      <section class="pane pane-list" aria-labelledby="scripts-title">
        <div class="pane-head">
          <h2 id="scripts-title">Scripts</h2>
          <span class="muted">{saved().length} saved</span>
          <button type="button" class="btn scripts-new" onClick={newScript}>
            New script
          </button>
        </div>
        <ScriptList items={items()} selected={selected()} onSelect={select} />
      </section>
      <section class="scripts-main" aria-label="Script editor">
        <Show when={selected()} fallback={<EmptyState title="Select a script, or create one." />}>
          {(id) => (
            <>
              <div class="scripts-toolbar">
                <input class="input scripts-name" aria-label="Script name" value={metaOf(id()).name} onInput={(e) => updateMeta({ name: e.currentTarget.value })} />
                <select
                  class="input"
                  aria-label="Extension point"
                  value={metaOf(id()).extensionPoint}
                  onChange={(e) => changePoint(e.currentTarget.value as ExtensionPointName)}
                >
                  <For each={EXTENSION_POINTS}>{(ep) => <option value={ep}>{ep}</option>}</For>
                </select>
                <span class="muted scripts-version">
                  {savedScript(id()) ? `v${savedScript(id())!.version}` : 'not saved'}
                  {isDirty(id()) ? ' · edited' : ''}
                </span>
                <div class="scripts-actions">
                  <button type="button" class="btn" onClick={() => editor?.format()} disabled={!session()}>
                    Format
                  </button>
                  <button type="button" class="btn" aria-pressed={diff()} onClick={() => setDiff((d) => !d)} disabled={!session() || !savedScript(id())}>
                    Diff
                  </button>
                  <button
                    type="button"
                    class="btn btn-primary"
                    onClick={() => void save()}
                    disabled={!isDirty(id()) || refused() !== undefined}
                    aria-describedby={refused() === undefined ? undefined : 'script-gate'}
                  >
                    Save
                  </button>
                </div>
              </div>
              <Show when={refused()}>
                {(why) => (
                  <p id="script-gate" class={`scripts-gate ${why().startsWith('Checking') ? 'muted' : 'notice notice-warn'}`} role="status">
                    {why()}
                  </p>
                )}
              </Show>
              <Show when={askTemplate()?.id === id() ? askTemplate() : undefined}>
                {(ask) => <TemplateNotice from={ask().from} to={ask().to} onReplace={replaceWithTemplate} onKeep={() => setAskTemplate(undefined)} />}
              </Show>
              <Show when={conflict()?.id === id() ? conflict() : undefined}>
                {(c) => (
                  <div class="notice notice-warn" role="alert">
                    <p>
                      This script was saved as version {c().theirs} in another tab after you started from version {c().mine}. Your edits are
                      still here; use Diff to compare them with version {c().theirs}.
                    </p>
                    <button type="button" class="btn btn-primary" onClick={() => void save(true)}>
                      Keep mine (save over it)
                    </button>{' '}
                    <button
                      type="button"
                      class="btn"
                      onClick={() => {
                        session()?.replaceText(c().id, savedSource(c().id) ?? '');
                        seen[c().id] = c().theirs;
                        setConflict(undefined);
                      }}
                    >
                      Take theirs
                    </button>
                  </div>
                )}
              </Show>
              <Show when={saveMessage()}>
                {(m) => (
                  <p class={`notice ${m().ok ? 'notice-ok' : 'notice-error'}`} role="status">
                    {m().text}
                  </p>
                )}
              </Show>
              <div class="scripts-editor-frame">
                <Show
                  when={session() && model()}
                  fallback={
                    <p class="loading" role="status">
                      {loadError() ? `The editor could not be loaded: ${loadError()}` : 'Loading editor…'}
                    </p>
                  }
                >
                  <ScriptEditor
                    monaco={session()!.monaco}
                    model={model()!}
                    theme={theme()}
                    original={diff() ? savedSource(id()) : undefined}
                    onRun={run}
                    onSave={() => void save()}
                    ref={(h) => (editor = h)}
                  />
                </Show>
              </div>
              <div class="scripts-panels">
                <ProblemsPanel rows={rows()} checking={checking()} onJump={jump} />
                <RunPanel
                  baskets={props.workspace.baskets}
                  promotions={promotions()}
                  basketId={basketId()}
                  promotionId={promotionFor()?.id}
                  onBasket={setBasketId}
                  onPromotion={setPromotionId}
                  onRun={run}
                  refused={refused()}
                  result={result()}
                  onJump={jump}
                />
              </div>
            </>
          )}
        </Show>
      </section>
    </div>
  );
}
