import { Show } from 'solid-js';
import { applyUpdate, dismissUpdate, updateReady } from '../../pwa/register.ts';
import './update-prompt.css';

/** "A new version is ready — Reload": shown when a new build has installed in the background. */
export function UpdatePrompt() {
  return (
    <Show when={updateReady()}>
      <div class="update-prompt" role="status" aria-label="Update">
        <span>A new version is ready</span>
        <button type="button" class="btn btn-primary" onClick={applyUpdate}>
          Reload
        </button>
        <button type="button" class="btn" onClick={dismissUpdate}>
          Later
        </button>
      </div>
    </Show>
  );
}
