import { DropdownMenu } from '@kobalte/core/dropdown-menu';
import { createSignal, For, Show } from 'solid-js';
import type { Problem, Result } from '../../domain/problem.ts';
import type { WorkspaceStore } from '../state/create-workspace.ts';
import { DeleteWorkspaceDialog, RenameWorkspaceDialog } from './WorkspaceDialogs.tsx';

const firstMessage = (r: Result<unknown>): string | undefined => (r.ok ? undefined : (r.problems[0] as Problem | undefined)?.message ?? 'failed');

/**
 * The open workspace's name as a menu button: switch to another workspace, create one (empty or
 * from the sample), rename, duplicate, delete (confirmed; the last workspace cannot be deleted).
 */
export function WorkspaceSwitcher(props: { readonly store: WorkspaceStore; readonly name: string }) {
  const [renaming, setRenaming] = createSignal(false);
  const [deleting, setDeleting] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const ws = props.store;
  const run = async (op: () => Promise<Result<unknown>>) => setError(firstMessage(await op()));
  const only = () => ws.workspaces().length <= 1;
  return (
    <>
      {/* Not modal: a modal menu adds focus-trap sentinels inside role=menu, which screen readers and axe reject. */}
      <DropdownMenu modal={false}>
        <DropdownMenu.Trigger class="workspace-switch" aria-label={`Workspace menu: ${props.name}`}>
          <span class="workspace-name">{props.name}</span>
          <DropdownMenu.Icon class="workspace-switch-icon" aria-hidden="true">
            ▾
          </DropdownMenu.Icon>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content class="menu">
            <DropdownMenu.Group>
              <DropdownMenu.GroupLabel class="menu-label">Workspaces</DropdownMenu.GroupLabel>
              <DropdownMenu.RadioGroup value={ws.currentId() ?? ''} onChange={(id) => void run(() => ws.switchTo(id))}>
                <For each={ws.workspaces()}>
                  {(w) => (
                    <DropdownMenu.RadioItem class="menu-item" value={w.id} closeOnSelect>
                      <DropdownMenu.ItemIndicator class="menu-indicator" aria-hidden="true">
                        ✓
                      </DropdownMenu.ItemIndicator>
                      <DropdownMenu.ItemLabel class="menu-item-label">{w.name}</DropdownMenu.ItemLabel>
                    </DropdownMenu.RadioItem>
                  )}
                </For>
              </DropdownMenu.RadioGroup>
            </DropdownMenu.Group>
            <DropdownMenu.Separator class="menu-separator" />
            <DropdownMenu.Item class="menu-item" onSelect={() => void run(() => ws.newWorkspace('empty'))}>
              New empty workspace
            </DropdownMenu.Item>
            <DropdownMenu.Item class="menu-item" onSelect={() => void run(() => ws.newWorkspace('sample'))}>
              New workspace from the sample
            </DropdownMenu.Item>
            <DropdownMenu.Separator class="menu-separator" />
            <DropdownMenu.Item class="menu-item" onSelect={() => setRenaming(true)}>
              Rename…
            </DropdownMenu.Item>
            <DropdownMenu.Item class="menu-item" onSelect={() => void run(() => ws.duplicate(ws.currentId() ?? ''))}>
              Duplicate
            </DropdownMenu.Item>
            <DropdownMenu.Item class="menu-item menu-item-danger" disabled={only()} onSelect={() => setDeleting(true)}>
              {/* The reason is part of the label, so the item's name holds all its text. */}
              Delete…
              <Show when={only()}>
                <span class="menu-description"> the only workspace cannot be deleted</span>
              </Show>
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu>
      <Show when={error()}>
        <span class="header-error" aria-live="assertive">
          {error()}
        </span>
      </Show>
      <RenameWorkspaceDialog
        open={renaming()}
        onOpenChange={setRenaming}
        name={props.name}
        onRename={async (name) => firstMessage(await ws.rename(ws.currentId() ?? '', name))}
      />
      <DeleteWorkspaceDialog
        open={deleting()}
        onOpenChange={setDeleting}
        name={props.name}
        onDelete={async () => firstMessage(await ws.remove(ws.currentId() ?? ''))}
      />
    </>
  );
}
