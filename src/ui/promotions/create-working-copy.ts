import { createSignal, type Accessor } from 'solid-js';
import { setIn, type JsonPathSegments } from '../schema-form/json-edit.ts';

export interface WorkingCopy {
  /** The promotion as being edited (input JSON, possibly invalid). */
  readonly value: Accessor<unknown>;
  /** The version the edits started from (the stored promotion, or the template for a new one). */
  readonly base: Accessor<unknown>;
  readonly dirty: Accessor<boolean>;
  set(path: JsonPathSegments, next: unknown): void;
  /** Replaces the whole value as one undoable step (JSON view, conflict resolution). */
  replace(next: unknown): void;
  undo(): void;
  redo(): void;
  readonly canUndo: Accessor<boolean>;
  readonly canRedo: Accessor<boolean>;
  /** After a save: the saved value becomes the base; history is kept so undo still works. */
  rebase(next: unknown): void;
  /** Compares with `next` from now on without touching the edits (keeping mine in a conflict). */
  markBase(next: unknown): void;
}

const COALESCE_MS = 800;

const controls = new WeakMap<Element, number>();
let controlCount = 0;

/**
 * Which control the edit comes from: typing in one input coalesces, but a tree widget edits one
 * path from many controls (each leaf's value, the operator…), and those stay separate steps.
 */
function focusedControl(): number {
  const el = typeof document === 'undefined' ? null : document.activeElement;
  if (el === null) return 0;
  let n = controls.get(el);
  if (n === undefined) controls.set(el, (n = ++controlCount));
  return n;
}

/**
 * A promotion's working copy with its own undo history. Typing into one field is one step (edits
 * of the same path within a short pause coalesce), so undo goes back a word at a time, not a key.
 * @example const wc = createWorkingCopy(promotionJson); wc.set(['priority'], 2); wc.undo()
 */
export function createWorkingCopy(initial: unknown, now: () => number = Date.now, limit = 200): WorkingCopy {
  const [value, setValue] = createSignal<unknown>(initial);
  const [base, setBase] = createSignal<unknown>(initial);
  const [past, setPast] = createSignal<readonly unknown[]>([]);
  const [future, setFuture] = createSignal<readonly unknown[]>([]);
  let last: { key: string; at: number } | undefined;

  const commit = (next: unknown, key: string | undefined) => {
    const t = now();
    const coalesce = key !== undefined && last?.key === key && t - last.at < COALESCE_MS;
    if (!coalesce) setPast((p) => [...p.slice(-(limit - 1)), value()]);
    setFuture([]);
    setValue(next);
    last = key === undefined ? undefined : { key, at: t };
  };

  return {
    value,
    base,
    dirty: () => JSON.stringify(value()) !== JSON.stringify(base()),
    set: (path, next) => commit(setIn(value(), path, next), `${JSON.stringify(path)} ${focusedControl()}`),
    replace: (next) => commit(next, undefined),
    undo() {
      const p = past();
      if (p.length === 0) return;
      setFuture((f) => [value(), ...f]);
      setValue(p[p.length - 1]);
      setPast(p.slice(0, -1));
      last = undefined;
    },
    redo() {
      const f = future();
      if (f.length === 0) return;
      setPast((p) => [...p, value()]);
      setValue(f[0]);
      setFuture(f.slice(1));
      last = undefined;
    },
    canUndo: () => past().length > 0,
    canRedo: () => future().length > 0,
    rebase(next) {
      setBase(next);
      if (JSON.stringify(next) !== JSON.stringify(value())) commit(next, undefined);
    },
    markBase: (next) => setBase(next),
  };
}
