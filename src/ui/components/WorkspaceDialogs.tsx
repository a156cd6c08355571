// Kobalte 0.13's alert-dialog module, when loaded, Object.assigns its alertdialog Content onto the
// root that `Dialog` shares, turning every `Dialog.Content` in the app into an alertdialog. So it
// is not imported at all: the confirmation is a Dialog whose Content says role="alertdialog".
import * as Dialog from '@kobalte/core/dialog';
import { createSignal, Show } from 'solid-js';

interface DialogShell {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}

/** Asks for a workspace's new name; the store's refusal (blank name, conflict) is shown in place. */
export function RenameWorkspaceDialog(props: DialogShell & { readonly name: string; readonly onRename: (name: string) => Promise<string | undefined> }) {
  const [error, setError] = createSignal<string>();
  let input: HTMLInputElement | undefined;
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const refused = await props.onRename(input?.value ?? '');
    setError(refused);
    if (refused === undefined) props.onOpenChange(false);
  };
  return (
    <Dialog.Root open={props.open} onOpenChange={(o) => (setError(undefined), props.onOpenChange(o))}>
      <Dialog.Portal>
        <Dialog.Overlay class="dialog-overlay" />
        <div class="dialog-positioner">
          <Dialog.Content class="dialog">
            <Dialog.Title class="dialog-title">Rename workspace</Dialog.Title>
            <form onSubmit={(e) => void submit(e)}>
              <label class="dialog-field">
                <span>Name</span>
                <input ref={input} class="input" value={props.name} aria-invalid={error() !== undefined} autocomplete="off" />
              </label>
              <Show when={error()}>
                <p class="field-error" role="alert">
                  {error()}
                </p>
              </Show>
              <div class="dialog-actions">
                <Dialog.CloseButton class="btn" aria-label="Cancel">Cancel</Dialog.CloseButton>
                <button type="submit" class="btn btn-primary">
                  Rename
                </button>
              </div>
            </form>
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Confirms deleting a workspace: it names what goes (bundle, baskets, unsaved drafts). */
export function DeleteWorkspaceDialog(props: DialogShell & { readonly name: string; readonly onDelete: () => Promise<string | undefined> }) {
  const [error, setError] = createSignal<string>();
  const confirm = async () => {
    const refused = await props.onDelete();
    setError(refused);
    if (refused === undefined) props.onOpenChange(false);
  };
  return (
    <Dialog.Root open={props.open} onOpenChange={(o) => (setError(undefined), props.onOpenChange(o))}>
      <Dialog.Portal>
        <Dialog.Overlay class="dialog-overlay" />
        <div class="dialog-positioner">
          <Dialog.Content class="dialog" role="alertdialog">
            <Dialog.Title class="dialog-title">Delete “{props.name}”?</Dialog.Title>
            <Dialog.Description class="dialog-description">
              Its promotions, products, scripts, saved baskets and unsaved drafts are deleted from this browser. Export it first on the
              Bundle page to keep a copy. This cannot be undone.
            </Dialog.Description>
            <Show when={error()}>
              <p class="field-error" role="alert">
                {error()}
              </p>
            </Show>
            <div class="dialog-actions">
              <Dialog.CloseButton class="btn" aria-label="Cancel">Cancel</Dialog.CloseButton>
              <button type="button" class="btn btn-danger" onClick={() => void confirm()}>
                Delete workspace
              </button>
            </div>
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
