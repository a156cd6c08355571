import { Show, createMemo, createSignal } from 'solid-js';
import type { Bundle } from '../../domain/bundle.ts';
import type { Problem } from '../../domain/problem.ts';
import { nodeKey, type ConditionPath, type ConditionTrace } from '../../engine/eligibility/conditions/trace.ts';
import { BuilderContext, type BuilderContextValue, type FocusTarget } from './builder-context.ts';
import { ConditionNodeView } from './ConditionNodeView.tsx';
import { JsonPanel } from './JsonPanel.tsx';
import { newNode } from './new-nodes.ts';
import { problemsByNode } from './node-problems.ts';
import { insertAt, isGroup, wrapAt, type EditResult } from './tree-edit.ts';
import './conditions.css';

export interface ConditionBuilderProps {
  /** The condition as input JSON (may be invalid while editing), or undefined = "no conditions". */
  readonly value: unknown;
  /** The next input JSON (undefined removes the conditions). */
  readonly onChange: (next: unknown) => void;
  /** For the order properties list, scripts (DiscountCondition), currency, value hints. */
  readonly bundle: Bundle;
  /** Problems whose `path` is relative to this tree's root, e.g. "$.of[1].value": marked on their node. */
  readonly problems?: readonly Problem[];
  /** From `traceCondition` for the simulator's current basket; undefined = no basket. */
  readonly truth?: ConditionTrace;
  /** Accessible name, e.g. "Conditions" or "Qualifying customers". */
  readonly label: string;
}

let builders = 0;

/**
 * The visual condition builder: nested all/any/not groups, typed leaves, order properties and
 * condition scripts; moves by drag and by Alt+arrows; a JSON view of the same tree; problems and
 * the basket's truth shown on each node. Controlled: every edit goes out through `onChange` and
 * comes back as `value`.
 * @example <ConditionBuilder label="Conditions" value={json()} onChange={setJson} bundle={bundle()} truth={trace()} />
 */
export function ConditionBuilder(props: ConditionBuilderProps) {
  const idPrefix = `cb${++builders}`;
  const [dragging, setDragging] = createSignal<ConditionPath>();
  const [message, setMessage] = createSignal('');
  const problems = createMemo(() => problemsByNode(props.value, props.problems ?? []));
  let root: HTMLElement | undefined;

  const focusNode = (path: ConditionPath, target: FocusTarget) => {
    if (root === undefined || target === 'none') return;
    const node = root.querySelector(`[data-cb-key="${CSS.escape(nodeKey(path))}"]`);
    const el = target === 'field' ? node?.querySelector<HTMLElement>('[data-cb-field] input') : node?.querySelector<HTMLElement>('[data-cb-handle]');
    (el ?? root.querySelector<HTMLElement>('[data-cb-add]'))?.focus();
  };

  const ctx: BuilderContextValue = {
    tree: () => props.value,
    bundle: () => props.bundle,
    problems,
    truth: () => props.truth,
    edit(result: EditResult, focus: FocusTarget = 'handle') {
      if (!result.ok) {
        setMessage(result.reason);
        return;
      }
      setMessage('');
      props.onChange(result.tree);
      // The tree re-renders from the new value first; focus follows the node to where it went.
      if (focus !== 'none') requestAnimationFrame(() => focusNode(result.path, focus));
    },
    announce: setMessage,
    dragging,
    setDragging,
    idPrefix,
  };

  const start = (kind: 'leaf' | 'any') => {
    const first = kind === 'leaf' ? { kind: 'all', of: [newNode('leaf', props.bundle)] } : newNode('any', props.bundle);
    ctx.edit({ ok: true, tree: first, path: [0] }, 'field');
  };
  // A root that is not a group gets a sibling by wrapping both in "all of".
  const addBesideRoot = () => {
    const wrapped = wrapAt(props.value, [], 'all');
    ctx.edit(wrapped.ok ? insertAt(wrapped.tree, [], 1, newNode('leaf', props.bundle)) : wrapped, 'field');
  };
  const hasNetLeaf = () => JSON.stringify(props.value ?? null).includes('"netSubtotal"');

  return (
    <BuilderContext.Provider value={ctx}>
      <section class="cb" aria-label={props.label} ref={(el) => (root = el)}>
        <div class="cb-top">
          <span class="cb-label">{props.label}</span>
          <Show when={props.truth} fallback={<span class="cb-note">No basket: pick one in the simulator to see which conditions hold.</span>}>
            {(t) => (
              <span class="cb-note">
                true / false for the simulator’s current basket.
                <Show when={t().netSubtotal === 'gross' && hasNetLeaf()}> Net subtotal is shown at the gross subtotal here: the net value exists only inside the evaluation.</Show>
              </span>
            )}
          </Show>
        </div>
        <Show
          when={props.value !== undefined}
          fallback={
            <div class="cb-none">
              <p class="muted">No conditions: every order qualifies.</p>
              <div class="cb-add">
                <button type="button" class="btn" data-cb-add onClick={() => start('leaf')}>
                  + Condition
                </button>
                <button type="button" class="btn btn-ghost" onClick={() => start('any')}>
                  + “Any of” group
                </button>
              </div>
            </div>
          }
        >
          <ul class="cb-tree">
            <ConditionNodeView path={[]} node={props.value} />
          </ul>
          <Show when={!isGroup(props.value)}>
            <div class="cb-add">
              <button type="button" class="btn" data-cb-add onClick={addBesideRoot}>
                + Condition
              </button>
            </div>
          </Show>
        </Show>
        <p class="cb-status" role="status">
          {message()}
        </p>
        <JsonPanel value={props.value} label={props.label} onChange={props.onChange} />
      </section>
    </BuilderContext.Provider>
  );
}
