/** One undoable step: what the state was before and after, and the words shown on the buttons. */
export interface HistoryStep<T> {
  readonly label: string;
  readonly before: T;
  readonly after: T;
}

/**
 * A plain (non-reactive) undo/redo history of state snapshots. `undo()` moves one step back and
 * returns it, so the caller restores `step.before`; `redo()` moves forward and returns the step to
 * re-apply (`step.after`). Pushing after an undo drops the redo branch. At most `limit` steps are
 * kept; the oldest ones fall off first. The caller moves the cursor only once its own write has
 * succeeded (peek first with `nextUndo`/`nextRedo`), so a refused undo leaves the history as it was.
 * @example
 * const h = makeHistory<string>(50);
 * h.push({ label: 'Rename', before: 'a', after: 'b' });
 * h.undo()?.before // 'a'
 * h.redo()?.after  // 'b'
 */
export interface History<T> {
  push(step: HistoryStep<T>): void;
  /** The step `undo()` would return, without moving. */
  nextUndo(): HistoryStep<T> | undefined;
  /** The step `redo()` would return, without moving. */
  nextRedo(): HistoryStep<T> | undefined;
  undo(): HistoryStep<T> | undefined;
  redo(): HistoryStep<T> | undefined;
  canUndo(): boolean;
  canRedo(): boolean;
  undoLabel(): string | undefined;
  redoLabel(): string | undefined;
  /** Number of steps kept (undoable and redoable). */
  size(): number;
  clear(): void;
}

export function makeHistory<T>(limit: number): History<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`history limit must be a positive integer, got ${limit}`);
  let steps: HistoryStep<T>[] = [];
  // Steps [0, cursor) are done (undoable); steps [cursor, length) were undone (redoable).
  let cursor = 0;
  const nextUndo = () => (cursor > 0 ? steps[cursor - 1] : undefined);
  const nextRedo = () => (cursor < steps.length ? steps[cursor] : undefined);
  return {
    push(step) {
      steps = steps.slice(0, cursor);
      steps.push(step);
      if (steps.length > limit) steps = steps.slice(steps.length - limit);
      cursor = steps.length;
    },
    nextUndo,
    nextRedo,
    undo() {
      const step = nextUndo();
      if (step !== undefined) cursor--;
      return step;
    },
    redo() {
      const step = nextRedo();
      if (step !== undefined) cursor++;
      return step;
    },
    canUndo: () => cursor > 0,
    canRedo: () => cursor < steps.length,
    undoLabel: () => nextUndo()?.label,
    redoLabel: () => nextRedo()?.label,
    size: () => steps.length,
    clear() {
      steps = [];
      cursor = 0;
    },
  };
}
