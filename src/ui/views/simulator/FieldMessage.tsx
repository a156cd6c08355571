import { Show } from 'solid-js';

/** A field's validation message, linked to the field by `id` (aria-describedby) and announced. */
export function FieldMessage(props: { readonly id: string; readonly message: string | undefined }) {
  return (
    <Show when={props.message}>
      {(m) => (
        <span id={props.id} class="field-error" role="alert">
          {m()}
        </span>
      )}
    </Show>
  );
}
