import { DropdownMenu } from '@kobalte/core/dropdown-menu';
import { For } from 'solid-js';
import type { ConditionPath } from '../../engine/eligibility/conditions/trace.ts';
import { useBuilder } from './builder-context.ts';
import { NEW_NODE_LABELS, newNode, type NewNodeKind } from './new-nodes.ts';
import { insertAt, nodeAt, isGroup } from './tree-edit.ts';

/** "+ Condition" and "Add…" at the end of a group. */
export function AddControls(props: { readonly groupPath: ConditionPath; readonly name: string }) {
  const b = useBuilder();
  const add = (kind: NewNodeKind) => {
    const group = nodeAt(b.tree(), props.groupPath);
    const end = isGroup(group) ? group.of.length : 0;
    b.edit(insertAt(b.tree(), props.groupPath, end, newNode(kind, b.bundle())), kind === 'leaf' ? 'field' : 'handle');
  };
  return (
    <div class="cb-add">
      <button type="button" class="btn cb-add-btn" data-cb-add aria-label={`Add a condition to ${props.name}`} onClick={() => add('leaf')}>
        + Condition
      </button>
      <DropdownMenu>
        <DropdownMenu.Trigger class="btn btn-ghost cb-add-btn" aria-label={`Add something else to ${props.name}`}>
          Add…
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content class="cb-menu">
            <For each={NEW_NODE_LABELS}>
              {([kind, label]) => (
                <DropdownMenu.Item class="cb-menu-item" onSelect={() => add(kind)}>
                  {label}
                </DropdownMenu.Item>
              )}
            </For>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu>
    </div>
  );
}
