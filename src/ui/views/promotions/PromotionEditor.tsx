import { createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { Problem } from '../../../domain/problem.ts';
import { jsonPath } from '../../../domain/problem.ts';
import type { Workspace } from '../../../storage/workspace-store.ts';
import { makeDescribeContext } from '../../describe/context.ts';
import { checkPromotion } from '../../promotions/validate-promotion.ts';
import type { WorkingCopy } from '../../promotions/create-working-copy.ts';
import { nodeOf } from '../../schema-form/schema-node.ts';
import { fieldId, type FormContext } from '../../schema-form/form-context.ts';
import { SchemaField } from '../../schema-form/SchemaField.tsx';
import { fieldLabel } from '../../schema-form/labels.ts';
import { PromotionDetail } from './PromotionDetail.tsx';
import { EDITOR_WIDGETS } from './editor-widgets.ts';
import { CouponCodesPanel } from './CouponCodesPanel.tsx';
import { tierMeaning } from '../../promotions/tier-meaning.ts';
import { undoActionOf } from '../../state/undo-keys.ts';
import { OrderSchema } from '../../../domain/order.ts';
import { LedgerStateSchema } from '../../../domain/state.ts';
import { traceForOrder } from '../../../engine/eligibility/conditions/trace.ts';
import { useCurrentBasket } from '../../state/create-current-basket.ts';
import { EditorTruthContext } from './editor-truth.ts';
import type { JSX } from 'solid-js';
import './promotion-editor.css';

/** The editor's sections: which members of a promotion each one shows. */
const SECTIONS: readonly { readonly key: string; readonly title: string; readonly fields: readonly string[] }[] = [
  { key: 'general', title: 'General', fields: ['name', 'id', 'label', 'description', 'group', 'status', 'priority', 'externalIds'] },
  { key: 'trigger', title: 'Trigger', fields: ['trigger'] },
  { key: 'schedule', title: 'Schedule', fields: ['schedule'] },
  { key: 'scope', title: 'Scope', fields: ['scope'] },
  { key: 'conditions', title: 'Conditions', fields: ['conditions'] },
  { key: 'rule', title: 'Reward', fields: ['rule'] },
  { key: 'limits', title: 'Limits', fields: ['limits'] },
  { key: 'combining', title: 'Combining', fields: ['concurrency', 'dispersion'] },
];

export interface PromotionEditorProps {
  readonly workspace: Workspace;
  /** Index of the promotion in the bundle; the bundle's length for a new one. */
  readonly index: number;
  readonly copy: WorkingCopy;
  readonly saving: boolean;
  /** Not stored yet: Save is offered even before any edit. */
  readonly isNew: boolean;
  readonly onSave: () => void;
  readonly onClose: () => void;
  /** Beside the description: what the edits do to baskets (the what-if, the current basket). */
  readonly side?: JSX.Element;
  /** Shown above the form: a conflict with another tab, a failed save. */
  readonly notice?: Problem[];
}

/**
 * Every field of a promotion, generated from the domain schema, with validation as you type by the
 * same validator as bundle import and the plain-words description beside it, updated live.
 */
export function PromotionEditor(props: PromotionEditorProps) {
  const bundleInput = () => props.workspace.snapshot.workspace.input as Record<string, unknown>;
  const check = createMemo(() => checkPromotion(bundleInput(), props.index, props.copy.value()));
  const errors = () => check().problems.filter((p) => p.severity === 'error');
  const describeCtx = createMemo(() => makeDescribeContext(props.workspace.bundle));
  const promotionNode = nodeOf('Promotion');
  const fields = promotionNode.kind === 'object' ? promotionNode.fields : [];
  const byPath = createMemo(() => {
    const m = new Map<string, Problem[]>();
    for (const p of check().problems) {
      const key = p.path ?? '$';
      m.set(key, [...(m.get(key) ?? []), p]);
    }
    return m;
  });
  const ctx: FormContext = {
    value: () => props.copy.value(),
    set: (path, next) => props.copy.set(path, next),
    problemsAt: (path) => byPath().get(jsonPath(path)) ?? [],
    allProblems: () => check().problems,
    widgets: EDITOR_WIDGETS,
    idPrefix: 'pe',
  };
  const name = () => {
    const v = props.copy.value() as Record<string, unknown> | undefined;
    return typeof v?.['name'] === 'string' && v['name'] !== '' ? (v['name'] as string) : 'Untitled promotion';
  };
  const [section, setSection] = createSignal('general');
  const current = useCurrentBasket();
  // Each condition node's truth on the simulator's basket, for the working copy as it is now.
  const traces = createMemo(() => {
    const promotion = check().promotion;
    const order = OrderSchema.safeParse(current.order());
    if (promotion === undefined || !order.success || current.draft().lines.length === 0) return undefined;
    const state = LedgerStateSchema.safeParse(current.state() ?? {});
    try {
      return traceForOrder(props.workspace.bundle, order.data, promotion, state.success ? state.data : undefined);
    } catch {
      return undefined; // a condition the engine cannot evaluate yet: no chips rather than a broken form
    }
  });

  // Inside the editor its own history wins, text fields included (typing there is recorded in
  // the working copy, word by word); the app-wide undo then sees the event already handled.
  const onKey = (e: KeyboardEvent) => {
    const action = undoActionOf(e);
    if (action !== undefined) {
      e.preventDefault();
      if (action === 'undo') props.copy.undo();
      else props.copy.redo();
    }
  };
  const onSaveKey = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
      e.preventDefault();
      if (errors().length === 0 && (props.copy.dirty() || props.isNew)) props.onSave();
    }
  };
  onMount(() => addEventListener('keydown', onSaveKey));
  onCleanup(() => removeEventListener('keydown', onSaveKey));

  const focusProblem = (p: Problem) => {
    const path = (p.path ?? '$').replace(/^\$\.?/, '');
    // Walk up the path until a control with that id exists (a problem on a group lands on it).
    const segs = path === '' ? [] : path.split(/\.|\[|\]/).filter((s) => s !== '').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    for (let n = segs.length; n >= 0; n--) {
      const el = document.getElementById(fieldId('pe', segs.slice(0, n)));
      if (el !== null) {
        scrollWithin(el);
        (el.matches('input,select,textarea,button') ? el : el.querySelector<HTMLElement>('input,select,textarea,button') ?? el).focus({ preventScroll: true });
        return;
      }
    }
  };

  return (
    <div class="pe" onKeyDown={onKey}>
      <header class="pe-head">
        <div class="pe-title">
          <h2 id="pe-title" tabIndex={-1}>
            {name()}
          </h2>
          <span class="muted pe-state" role="status">
            {props.saving ? 'Saving…' : props.isNew ? 'New, not saved yet' : props.copy.dirty() ? 'Unsaved changes' : 'Saved'}
            {errors().length > 0 ? ` · ${errors().length} problem${errors().length === 1 ? '' : 's'}` : ''}
          </span>
        </div>
        <div class="pe-actions">
          <button type="button" class="btn btn-ghost" disabled={!props.copy.canUndo()} onClick={() => props.copy.undo()} aria-keyshortcuts="Control+Z" title="Undo the last edit of this promotion (Ctrl+Z)">
            Undo edit
          </button>
          <button type="button" class="btn btn-ghost" disabled={!props.copy.canRedo()} onClick={() => props.copy.redo()} aria-keyshortcuts="Control+Shift+Z" title="Redo (Shift+Ctrl+Z)">
            Redo edit
          </button>
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Close
          </button>
          <button
            type="button"
            class="btn btn-primary"
            disabled={!(props.copy.dirty() || props.isNew) || errors().length > 0 || props.saving}
            title={errors().length > 0 ? 'Fix the problems first' : 'Save (Ctrl+S)'}
            aria-keyshortcuts="Control+S"
            onClick={() => props.onSave()}
          >
            Save
          </button>
        </div>
      </header>
      <Show when={props.notice && props.notice.length > 0}>
        <div class="notice notice-warn" role="alert">
          <For each={props.notice}>{(p) => <div>{p.message}</div>}</For>
        </div>
      </Show>
      <nav class="pe-sections" aria-label="Editor sections">
        <For each={SECTIONS}>
          {(s) => (
            <a
              href={`#pe-section-${s.key}`}
              class="pe-section-link"
              aria-current={section() === s.key ? 'true' : undefined}
              onClick={(e) => {
                e.preventDefault();
                setSection(s.key);
                const el = document.getElementById(`pe-section-${s.key}`);
                if (el !== null) scrollWithin(el);
                el?.focus({ preventScroll: true });
              }}
            >
              {s.title}
              <Show when={sectionErrors(errors(), s.fields) > 0}>
                <span class="pe-badge" aria-label={`${sectionErrors(errors(), s.fields)} problems`}>
                  {sectionErrors(errors(), s.fields)}
                </span>
              </Show>
            </a>
          )}
        </For>
      </nav>
      <div class="pe-body">
        <EditorTruthContext.Provider value={traces}>
        <form class="pe-form" aria-labelledby="pe-title" onSubmit={(e) => e.preventDefault()}>
          <For each={SECTIONS}>
            {(s) => (
              <section class="pe-section" id={`pe-section-${s.key}`} tabIndex={-1}>
                <h3 id={`pe-section-${s.key}-title`}>{s.title}</h3>
                <For each={s.fields}>
                  {(name) => {
                    const f = fields.find((x) => x.name === name)!;
                    return <SchemaField node={f.node} path={[name]} label={fieldLabel(name)} optional={!f.required} fieldDefault={f.default} ctx={ctx} />;
                  }}
                </For>
                <Show when={s.key === 'rule'}>
                  <Show when={tierMeaning(props.copy.value())}>{(m) => <p class="sf-help pe-tier-meaning">{m()}</p>}</Show>
                </Show>
                <Show when={s.key === 'trigger'}>
                  <CouponCodesPanel workspace={props.workspace} promotion={props.copy.value()} />
                </Show>
              </section>
            )}
          </For>
        </form>
        </EditorTruthContext.Provider>
        <aside class="pe-side" aria-label="What it does">
          <Show when={errors().length > 0}>
            <section class="card pe-problems" aria-labelledby="pe-problems-title">
              <h3 id="pe-problems-title">Problems</h3>
              <ul class="plain-list">
                <For each={errors()}>
                  {(p) => (
                    <li>
                      <button type="button" class="link pe-problem-link" onClick={() => focusProblem(p)}>
                        <code>{p.path}</code>
                      </button>{' '}
                      {p.message} <code class="muted">{p.code}</code>
                    </li>
                  )}
                </For>
              </ul>
            </section>
          </Show>
          <Show when={check().elsewhere.length > 0}>
            <div class="notice notice-warn">
              <For each={check().elsewhere}>{(p) => <div>{p.path}: {p.message}</div>}</For>
            </div>
          </Show>
          {props.side}
          <Show when={check().promotion} fallback={<p class="muted">The description appears once the promotion is valid.</p>}>
            {(p) => <PromotionDetail promotion={p()} context={describeCtx()} level={3} />}
          </Show>
        </aside>
      </div>
    </div>
  );
}

/**
 * Scrolls the editor's own pane to an element: `scrollIntoView` would also scroll the app shell,
 * whose overflow is hidden, and leave the header out of sight.
 */
function scrollWithin(el: HTMLElement): void {
  const pane = el.closest<HTMLElement>('.pe-page');
  if (pane === null) return;
  const head = pane.querySelector<HTMLElement>('.pe-head')?.offsetHeight ?? 0;
  const nav = pane.querySelector<HTMLElement>('.pe-sections')?.offsetHeight ?? 0;
  const top = el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop - head - nav - 8;
  pane.scrollTo({ top: Math.max(0, top) });
}

function sectionErrors(errors: readonly Problem[], fields: readonly string[]): number {
  return errors.filter((p) => fields.some((f) => p.path === `$.${f}` || p.path?.startsWith(`$.${f}.`) || p.path?.startsWith(`$.${f}[`))).length;
}
