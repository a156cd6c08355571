import { describe, expect, it } from 'vitest';
import { makeHistory } from '../../../src/ui/state/history.ts';

const step = (label: string, before: number, after: number) => ({ label, before, after });

describe('makeHistory: undo and redo walk the steps in order', () => {
  it('undo returns the latest step, redo returns it again, labels follow the cursor', () => {
    const h = makeHistory<number>(10);
    expect([h.canUndo(), h.canRedo(), h.undoLabel(), h.redoLabel()]).toEqual([false, false, undefined, undefined]);
    h.push(step('one', 0, 1));
    h.push(step('two', 1, 2));
    expect(h.undoLabel()).toBe('two');
    expect(h.undo()?.before).toBe(1);
    expect([h.undoLabel(), h.redoLabel()]).toEqual(['one', 'two']);
    expect(h.undo()?.before).toBe(0);
    expect([h.canUndo(), h.undo()]).toEqual([false, undefined]);
    expect(h.redo()?.after).toBe(1);
    expect(h.redo()?.after).toBe(2);
    expect([h.canRedo(), h.redo()]).toEqual([false, undefined]);
  });

  it('nextUndo and nextRedo peek without moving, so a refused write leaves the history as it was', () => {
    const h = makeHistory<number>(10);
    h.push(step('one', 0, 1));
    expect(h.nextUndo()?.label).toBe('one');
    expect(h.nextUndo()?.label).toBe('one');
    expect(h.canUndo()).toBe(true);
    h.undo();
    expect(h.nextRedo()?.label).toBe('one');
    expect(h.canRedo()).toBe(true);
  });

  it('clear forgets every step', () => {
    const h = makeHistory<number>(10);
    h.push(step('one', 0, 1));
    h.undo();
    h.clear();
    expect([h.canUndo(), h.canRedo(), h.size()]).toEqual([false, false, 0]);
  });
});
