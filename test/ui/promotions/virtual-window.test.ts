import { describe, expect, it } from 'vitest';
import { MAX_SCROLL_PX, virtualWindow } from '../../../src/ui/views/promotions/virtual-window.ts';

const base = { rowHeight: 28, viewport: 280, overscan: 2 };

describe('virtual window: only the rows in view (and a few around) are drawn', () => {
  it.each([
    ['top of a short list', 5, 0, { contentHeight: 140, first: 0, count: 5, top: 0 }],
    ['top of a long list', 1000, 0, { contentHeight: 28000, first: 0, count: 15, top: 0 }],
    ['row 100 at the top', 1000, 2800, { contentHeight: 28000, first: 98, count: 15, top: 2744 }],
    ['half a row scrolled', 1000, 2814, { contentHeight: 28000, first: 98, count: 15, top: 2744 }],
    ['bottom of the list', 1000, 28000 - 280, { contentHeight: 28000, first: 988, count: 12, top: 988 * 28 }],
  ])('%s', (_name, rows, scrollTop, expected) => {
    expect(virtualWindow({ ...base, rows, scrollTop })).toEqual(expected);
  });

  it('a million rows: the content stays under the browser cap and the bottom shows the last row', () => {
    const rows = 1_000_000;
    const top = virtualWindow({ ...base, rows, scrollTop: 0 });
    const bottom = virtualWindow({ ...base, rows, scrollTop: MAX_SCROLL_PX });
    expect(top.contentHeight).toBe(MAX_SCROLL_PX);
    expect(bottom.first + bottom.count).toBe(rows);
    expect(bottom.count).toBeLessThan(20);
    const middle = virtualWindow({ ...base, rows, scrollTop: (MAX_SCROLL_PX - 280) / 2 });
    expect(Math.abs(middle.first + base.overscan - rows / 2)).toBeLessThan(10);
  });
});
