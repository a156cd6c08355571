import { Show } from 'solid-js';
import type { ThemeStore } from '../state/create-theme.ts';
import { createUndoKeys } from '../state/undo-keys.ts';
import { useWorkspace } from '../state/workspace-context.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import { UndoRedoButtons } from './UndoRedoButtons.tsx';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.tsx';
import './header-controls.css';

/**
 * Product name; the open workspace (a menu to switch, create, rename, duplicate, delete) with its
 * short revision; its saved state; undo/redo (also Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y outside
 * text fields); the theme switch.
 */
export function Header(props: { readonly theme: ThemeStore }) {
  const ws = useWorkspace();
  createUndoKeys(ws);
  return (
    <header class="app-header">
      <div class="brand">
        <span class="brand-mark" aria-hidden="true" />
        <h1>Promo Workbench</h1>
      </div>
      <Show when={ws.current()}>
        {(w) => (
          <div class="workspace-id" aria-label="Open workspace">
            <WorkspaceSwitcher store={ws} name={w().bundle.name} />
            <span class="workspace-rev" title={`Revision ${w().snapshot.workspace.revision}`}>
              rev <code>{w().snapshot.workspace.revision.slice(0, 8)}</code>
            </span>
            <span class="workspace-meta">
              {w().bundle.currency} · {w().bundle.timeZone}
            </span>
          </div>
        )}
      </Show>
      <div class="header-actions">
        <Show when={ws.current()}>
          <SaveStatus state={ws.saveState()} />
          <UndoRedoButtons store={ws} />
        </Show>
        <ThemeToggle theme={props.theme} />
      </div>
    </header>
  );
}
