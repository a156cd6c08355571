import { getOwner, onCleanup } from 'solid-js';

export type UndoAction = 'undo' | 'redo';

/** The keys of a keydown event that matter here. */
export interface UndoKeyEvent {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * Ctrl/Cmd+Z → undo; Shift+Ctrl/Cmd+Z and Ctrl/Cmd+Y → redo; anything else (Alt held too) → none.
 * @example undoActionOf({ key: 'z', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false }) // 'redo'
 */
export function undoActionOf(e: UndoKeyEvent): UndoAction | undefined {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return undefined;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'datetime-local', 'time', 'month', 'week']);

/**
 * True when the focused element keeps its own undo (text fields, textareas, contenteditable, the
 * Monaco editor): the app's undo must not take the keys from it.
 * @example keepsOwnUndo(document.activeElement)
 */
export function keepsOwnUndo(target: unknown): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('.monaco-editor') !== null) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/** Anything with an undo and a redo: the workspace store, or an editor's working copy. */
export interface Undoable {
  undo(): unknown;
  redo(): unknown;
}

/**
 * The undo key handler. Returns true (and prevents the browser default) when the event was an
 * undo/redo key for `target`. Skips events already handled (`defaultPrevented`) and events from
 * fields with their own undo. An editor with its own history calls this in a keydown listener on
 * its own element first: the event then reaches the global handler already handled.
 * @example el.addEventListener('keydown', (e) => handleUndoKey(e, workingCopyHistory))
 */
export function handleUndoKey(e: KeyboardEvent, target: Undoable): boolean {
  if (e.defaultPrevented || keepsOwnUndo(e.target)) return false;
  const action = undoActionOf(e);
  if (action === undefined) return false;
  e.preventDefault();
  void (action === 'undo' ? target.undo() : target.redo());
  return true;
}

/**
 * Installs the global undo keys for `target` on `window` (bubbling phase, so element handlers
 * run first); removed with the owner.
 * @example createUndoKeys(useWorkspace())
 */
export function createUndoKeys(target: Undoable, on: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): void {
  const onKey = (e: KeyboardEvent) => void handleUndoKey(e, target);
  on.addEventListener('keydown', onKey);
  if (getOwner()) onCleanup(() => on.removeEventListener('keydown', onKey));
}
