import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createWorkingCopy } from '../../../src/ui/promotions/create-working-copy.ts';

const make = (initial: unknown) => {
  let t = 0;
  const clock = { advance: (ms: number) => (t += ms) };
  const wc = createRoot(() => createWorkingCopy(initial, () => t));
  return { wc, clock };
};

describe('a promotion working copy', () => {
  it('typing into one field within a pause is one undo step; a pause starts a new one', () => {
    const { wc, clock } = make({ name: '' });
    for (const text of ['S', 'Sn', 'Sna', 'Snack']) {
      wc.set(['name'], text);
      clock.advance(100);
    }
    clock.advance(2000);
    wc.set(['name'], 'Snack trio');
    wc.undo();
    expect(wc.value()).toEqual({ name: 'Snack' });
    wc.undo();
    expect(wc.value()).toEqual({ name: '' });
    expect(wc.canUndo()).toBe(false);
    wc.redo();
    wc.redo();
    expect(wc.value()).toEqual({ name: 'Snack trio' });
  });

  it('edits of different fields never merge', () => {
    const { wc } = make({ name: 'a', priority: 1 });
    wc.set(['name'], 'b');
    wc.set(['priority'], 2);
    wc.undo();
    expect(wc.value()).toEqual({ name: 'b', priority: 1 });
  });

  it('a new edit after undo drops the redo branch', () => {
    const { wc } = make({ n: 0 });
    wc.replace({ n: 1 });
    wc.undo();
    wc.replace({ n: 2 });
    expect(wc.canRedo()).toBe(false);
    expect(wc.value()).toEqual({ n: 2 });
  });

  it.each([
    ['rebase to the saved value: clean, undo still there', 'rebase', false, true],
    ['markBase keeps the edits and compares with the other version', 'markBase', true, true],
  ] as const)('%s', (_name, how, dirty, canUndo) => {
    const { wc } = make({ label: 'old' });
    wc.set(['label'], 'mine');
    if (how === 'rebase') wc.rebase({ label: 'mine' });
    else wc.markBase({ label: 'theirs' });
    expect(wc.value()).toEqual({ label: 'mine' });
    expect(wc.dirty()).toBe(dirty);
    expect(wc.canUndo()).toBe(canUndo);
  });
});
