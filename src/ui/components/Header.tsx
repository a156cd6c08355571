import { Show } from 'solid-js';
import type { ThemeStore } from '../state/create-theme.ts';
import { useWorkspace } from '../state/workspace-context.ts';
import { ThemeToggle } from './ThemeToggle.tsx';

/** Product name, the open workspace with its short revision, and the theme switch. */
export function Header(props: { readonly theme: ThemeStore }) {
  const ws = useWorkspace();
  return (
    <header class="app-header">
      <div class="brand">
        <span class="brand-mark" aria-hidden="true" />
        <h1>Promo Workbench</h1>
      </div>
      <Show when={ws.current()}>
        {(w) => (
          <div class="workspace-id" aria-label="Open workspace">
            <span class="workspace-name">{w().bundle.name}</span>
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
        <ThemeToggle theme={props.theme} />
      </div>
    </header>
  );
}
