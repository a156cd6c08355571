import { For, onMount } from 'solid-js';
import { TEMPLATES, type PromotionTemplate } from '../../promotions/templates.ts';

/** Choosing the form a new promotion starts from: the common retail forms and a blank one. */
export function NewPromotionDialog(props: { readonly onChoose: (t: PromotionTemplate) => void; readonly onCancel: () => void }) {
  let dialog: HTMLDialogElement | undefined;
  onMount(() => {
    dialog?.showModal();
    dialog?.querySelector<HTMLButtonElement>('.template-card')?.focus();
  });
  return (
    <dialog
      ref={dialog}
      class="modal"
      aria-labelledby="new-promotion-title"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="new-promotion-title">New promotion</h2>
      <p class="muted">Start from a common form; every field can be changed afterwards.</p>
      <ul class="template-grid" aria-label="Templates">
        <For each={TEMPLATES}>
          {(t) => (
            <li>
              <button type="button" class="template-card" onClick={() => props.onChoose(t)}>
                <span class="template-title">{t.title}</span>
                <span class="template-summary">{t.summary}</span>
              </button>
            </li>
          )}
        </For>
      </ul>
      <div class="modal-actions">
        <button type="button" class="btn" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
