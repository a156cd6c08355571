import { Match, Switch } from 'solid-js';
import type { SaveState } from '../state/create-workspace.ts';

/** `12:04` in the user's time zone: the header only needs to tell "just now" from "a while ago". */
const clock = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
};

/**
 * "Saved · 12:04" / "Saving…" / "Not saved: …". A polite live region (not role=status, which the
 * views use for their own messages), so a screen reader hears a failed save.
 */
export function SaveStatus(props: { readonly state: SaveState }) {
  return (
    <span class="save-state" classList={{ 'save-state-failed': props.state.kind === 'failed' }} aria-live="polite" data-state={props.state.kind}>
      <Switch>
        <Match when={props.state.kind === 'saved' && props.state}>
          {(s) => (
            <span title={`Saved to this browser at ${s().at}`}>
              Saved · <time datetime={s().at}>{clock(s().at)}</time>
            </span>
          )}
        </Match>
        <Match when={props.state.kind === 'saving'}>Saving…</Match>
        <Match when={props.state.kind === 'failed' && props.state}>
          {(s) => <span title={s().problems.map((p) => p.message).join('\n')}>Not saved: {s().problems[0]?.message ?? 'unknown error'}</span>}
        </Match>
      </Switch>
    </span>
  );
}
