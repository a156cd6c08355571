import type { JSX } from 'solid-js';
import { nodeKey, type ConditionPath } from '../../engine/eligibility/conditions/trace.ts';
import { useBuilder } from './builder-context.ts';
import { NodeActions } from './NodeActions.tsx';
import { NodeProblems, useHasProblems } from './NodeProblems.tsx';
import { TruthChip } from './TruthChip.tsx';
import { moveAmongSiblings, moveIntoSibling, moveOut, type EditResult } from './tree-edit.ts';

/** The MIME-like type under which a drag carries a node path. */
export const DRAG_TYPE = 'application/x-promo-condition-path';

const MOVES: Readonly<Record<string, (tree: unknown, path: ConditionPath) => EditResult>> = {
  ArrowUp: (t, p) => moveAmongSiblings(t, p, -1),
  ArrowDown: (t, p) => moveAmongSiblings(t, p, 1),
  ArrowLeft: moveOut,
  ArrowRight: moveIntoSibling,
};

/**
 * The frame every node shares: a drag handle (also the node's keyboard focus point), its name,
 * the truth chip, its actions, its body and the problems placed on it. Alt+arrows anywhere in
 * the node move it: up/down among its siblings, right into the group next to it, left out of
 * its group. The innermost node handles the keys, so a leaf inside a group moves the leaf.
 */
export function NodeFrame(props: {
  readonly path: ConditionPath;
  readonly node: unknown;
  /** "condition 1.2", "group 1": used in every label of the node. */
  readonly name: string;
  /** What the node is, shown beside its name. */
  readonly head?: JSX.Element;
  readonly kind: string;
  readonly children: JSX.Element;
}) {
  const b = useBuilder();
  const key = () => nodeKey(props.path);
  const id = () => `${b.idPrefix}-${key().replace(/[^\w]/g, '_')}`;
  const invalid = useHasProblems(() => props.path);

  const onKeyDown = (e: KeyboardEvent) => {
    const move = MOVES[e.key];
    if (!e.altKey || move === undefined || e.defaultPrevented) return;
    // Alt+↑/↓ opens a select or a combobox list: leave those keys to the control.
    const target = e.target as HTMLElement;
    if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && (target.tagName === 'SELECT' || target.getAttribute('role') === 'combobox')) return;
    e.preventDefault();
    e.stopPropagation();
    b.edit(move(b.tree(), props.path), 'handle');
  };

  const onDragStart = (e: DragEvent) => {
    e.stopPropagation();
    e.dataTransfer?.setData(DRAG_TYPE, JSON.stringify(props.path));
    e.dataTransfer?.setData('text/plain', props.name);
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
    b.setDragging(props.path);
  };

  return (
    <li class={`cb-node cb-node-${props.kind}`} data-cb-key={key()} onKeyDown={onKeyDown}>
      <div
        class="cb-card"
        classList={{ 'cb-card-invalid': invalid(), 'cb-card-dragging': b.dragging() !== undefined && nodeKey(b.dragging()!) === key() }}
        role="group"
        aria-labelledby={`${id()}-title`}
        aria-describedby={invalid() ? `${id()}-problems` : undefined}
      >
        <div class="cb-head">
          <button
            type="button"
            class="cb-handle"
            data-cb-handle
            draggable="true"
            aria-label={`Move ${props.name}: drag, or Alt+arrow keys`}
            title="Drag to move, or Alt+↑ ↓ ← →"
            onDragStart={onDragStart}
            onDragEnd={() => b.setDragging(undefined)}
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <span class="cb-title" id={`${id()}-title`}>
            {props.name[0]!.toUpperCase() + props.name.slice(1)}
            {invalid() ? <span class="visually-hidden"> (has problems)</span> : null}
          </span>
          {props.head}
          <span class="cb-head-fill" />
          <TruthChip path={props.path} node={props.node} />
          <NodeActions path={props.path} name={props.name} />
        </div>
        <div class="cb-body">{props.children}</div>
        <NodeProblems path={props.path} id={`${id()}-problems`} />
      </div>
    </li>
  );
}
