import { onMount, type JSX } from 'solid-js';

/** A modal yes/no question; Escape and Cancel say no. The safe choice has the focus. */
export function ConfirmDialog(props: {
  readonly title: string;
  readonly children: JSX.Element;
  readonly confirm: string;
  readonly danger?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  let dialog: HTMLDialogElement | undefined;
  let cancel: HTMLButtonElement | undefined;
  onMount(() => {
    dialog?.showModal();
    cancel?.focus();
  });
  return (
    <dialog
      ref={dialog}
      class="modal modal-small"
      aria-labelledby="confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="confirm-title">{props.title}</h2>
      <div>{props.children}</div>
      <div class="modal-actions">
        <button type="button" class="btn" ref={cancel} onClick={() => props.onCancel()}>
          Cancel
        </button>
        <button type="button" class="btn" classList={{ 'btn-danger': props.danger === true, 'btn-primary': props.danger !== true }} onClick={() => props.onConfirm()}>
          {props.confirm}
        </button>
      </div>
    </dialog>
  );
}
