import type { WorkspaceStore } from '../state/create-workspace.ts';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Undo and Redo of workspace edits; the tooltip names the step, the label stays stable for tests and readers. */
export function UndoRedoButtons(props: { readonly store: WorkspaceStore }) {
  const mod = isMac() ? '⌘' : 'Ctrl+';
  const undoTip = () => (props.store.canUndo() ? `Undo ${props.store.undoLabel()} (${mod}Z)` : 'Nothing to undo');
  const redoTip = () => (props.store.canRedo() ? `Redo ${props.store.redoLabel()} (${isMac() ? '⇧⌘Z' : 'Ctrl+Y'})` : 'Nothing to redo');
  return (
    <div class="undo-redo" role="group" aria-label="History">
      <button
        type="button"
        class="btn btn-ghost btn-icon"
        aria-label="Undo"
        title={undoTip()}
        disabled={!props.store.canUndo()}
        onClick={() => void props.store.undo()}
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        class="btn btn-ghost btn-icon"
        aria-label="Redo"
        title={redoTip()}
        disabled={!props.store.canRedo()}
        onClick={() => void props.store.redo()}
      >
        <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}
