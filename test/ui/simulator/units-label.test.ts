import { describe, expect, it } from 'vitest';
import { unitsByLine, unitsLabel } from '../../../src/ui/simulator/result-view.ts';

describe('runs of units as people read them', () => {
  it.each([
    [0, 1, '#1'],
    [2, 1, '#3'],
    [0, 2, '#1–#2 (2 units, each)'],
    [3, 4_995, '#4–#4,998 (4,995 units, each)'],
  ])('unitsLabel(%d, %d) = %s', (first, count, text) => {
    expect(unitsLabel(first, count)).toBe(text);
  });

  it('unitsByLine adds the runs of each line', () => {
    expect(unitsByLine([
      { lineId: 'l1', unit: 0, count: 2 }, { lineId: 'l2', unit: 0, count: 1 }, { lineId: 'l1', unit: 5, count: 3 },
    ])).toBe('l1 ×5, l2 ×1');
  });
});
