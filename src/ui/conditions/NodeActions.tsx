import { DropdownMenu } from '@kobalte/core/dropdown-menu';
import { For, Show } from 'solid-js';
import type { ConditionPath } from '../../engine/eligibility/conditions/trace.ts';
import { useBuilder } from './builder-context.ts';
import {
  insertAt, moveAmongSiblings, moveIntoSibling, moveOut, nodeAt, removeAt, unwrapAt, wrapAt, type EditResult,
} from './tree-edit.ts';

/**
 * A node's actions: move up/down and delete as buttons (the common ones), the rest in a menu.
 * Each action is tried on the current tree first, so one that would be refused shows disabled.
 */
export function NodeActions(props: { readonly path: ConditionPath; readonly name: string }) {
  const b = useBuilder();
  const attempt = (f: (tree: unknown, path: ConditionPath) => EditResult) => () => f(b.tree(), props.path);
  const up = attempt((t, p) => moveAmongSiblings(t, p, -1));
  const down = attempt((t, p) => moveAmongSiblings(t, p, 1));
  const duplicate = (t: unknown, p: ConditionPath): EditResult => {
    const last = p[p.length - 1];
    if (typeof last !== 'number') return { ok: false, reason: 'Only a condition inside a group can be duplicated.' };
    return insertAt(t, p.slice(0, -1), last + 1, structuredClone(nodeAt(t, p)));
  };
  const menu: readonly { readonly label: string; readonly run: () => EditResult; readonly focus?: 'handle' }[] = [
    { label: 'Wrap in “all of”', run: attempt((t, p) => wrapAt(t, p, 'all')) },
    { label: 'Wrap in “any of”', run: attempt((t, p) => wrapAt(t, p, 'any')) },
    { label: 'Wrap in “not”', run: attempt((t, p) => wrapAt(t, p, 'not')) },
    { label: 'Unwrap', run: attempt(unwrapAt) },
    { label: 'Move into the group next to it', run: attempt(moveIntoSibling) },
    { label: 'Move out of its group', run: attempt(moveOut) },
    { label: 'Duplicate', run: attempt(duplicate) },
  ];
  return (
    <div class="cb-actions">
      <Show when={props.path.length > 0}>
        <button type="button" class="cb-icon-btn" aria-label={`Move ${props.name} up`} title="Move up (Alt+↑)" disabled={!up().ok} onClick={() => b.edit(up())}>
          ↑
        </button>
        <button type="button" class="cb-icon-btn" aria-label={`Move ${props.name} down`} title="Move down (Alt+↓)" disabled={!down().ok} onClick={() => b.edit(down())}>
          ↓
        </button>
      </Show>
      <DropdownMenu>
        <DropdownMenu.Trigger class="cb-icon-btn" aria-label={`More actions for ${props.name}`} title="More actions">
          ⋯
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content class="cb-menu">
            <For each={menu}>
              {(item) => (
                <DropdownMenu.Item class="cb-menu-item" disabled={!item.run().ok} onSelect={() => b.edit(item.run())}>
                  {item.label}
                </DropdownMenu.Item>
              )}
            </For>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu>
      <button
        type="button"
        class="cb-icon-btn cb-danger"
        aria-label={`Delete ${props.name}`}
        title="Delete"
        onClick={() => b.edit(removeAt(b.tree(), props.path))}
      >
        ✕
      </button>
    </div>
  );
}
