import type { JSX } from 'solid-js';

/** A quiet placeholder for panels with nothing to show yet. */
export function EmptyState(props: { readonly title: string; readonly children?: JSX.Element }) {
  return (
    <div class="empty-state">
      <p class="empty-state-title">{props.title}</p>
      {props.children}
    </div>
  );
}
