import { describe, expect, it } from 'vitest';
import { makeHistory } from '../../../src/ui/state/history.ts';

describe('makeHistory: the history is capped', () => {
  it.each([1, 3, 5])('keeps only the newest %i steps', (limit) => {
    const h = makeHistory<number>(limit);
    for (let i = 0; i < limit + 4; i++) h.push({ label: `step ${i}`, before: i, after: i + 1 });
    expect(h.size()).toBe(limit);
    const undone: string[] = [];
    while (h.canUndo()) undone.push(h.undo()!.label);
    expect(undone).toEqual(Array.from({ length: limit }, (_, k) => `step ${limit + 3 - k}`));
  });

  it.each([0, -1, 1.5])('refuses the limit %s', (limit) => {
    expect(() => makeHistory(limit)).toThrow(RangeError);
  });
});
