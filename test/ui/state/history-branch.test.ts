import { describe, expect, it } from 'vitest';
import { makeHistory } from '../../../src/ui/state/history.ts';

describe('makeHistory: a new step after an undo drops the redo branch', () => {
  it('redo is gone and undo returns the new step', () => {
    const h = makeHistory<string>(10);
    h.push({ label: 'a→b', before: 'a', after: 'b' });
    h.push({ label: 'b→c', before: 'b', after: 'c' });
    h.undo();
    h.push({ label: 'b→d', before: 'b', after: 'd' });
    expect(h.canRedo()).toBe(false);
    expect(h.size()).toBe(2);
    expect(h.undo()?.label).toBe('b→d');
    expect(h.undo()?.label).toBe('a→b');
  });
});
