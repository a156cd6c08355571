/**
 * Which rows a virtualised list shows for a scroll position. Browsers cap an element's height
 * (about 33 million pixels in Chromium), so past `MAX_SCROLL_PX` the scroll range is scaled:
 * the scrollbar's position maps to a row proportionally and the rows are drawn from there.
 */
export const MAX_SCROLL_PX = 20_000_000;

export interface VirtualWindow {
  /** Height of the scrolled content. */
  readonly contentHeight: number;
  /** First row drawn (overscan included). */
  readonly first: number;
  /** Rows drawn from `first`. */
  readonly count: number;
  /** Top of row `first` inside the content. */
  readonly top: number;
}

/**
 * @example virtualWindow({ rows: 1_000_000, rowHeight: 28, viewport: 336, scrollTop: 2800, overscan: 4 })
 *   // { contentHeight: 20000000, first: …, count: 20, top: 2800 - … }
 */
export function virtualWindow(o: { readonly rows: number; readonly rowHeight: number; readonly viewport: number; readonly scrollTop: number; readonly overscan: number }): VirtualWindow {
  const natural = o.rows * o.rowHeight;
  const contentHeight = Math.min(natural, MAX_SCROLL_PX);
  const visible = Math.ceil(o.viewport / o.rowHeight) + 1;
  const maxTop = Math.max(0, contentHeight - o.viewport);
  const scrollTop = Math.min(Math.max(0, o.scrollTop), maxTop);
  // Row at the top of the viewport: exact when unscaled, proportional when scaled.
  const lastTopRow = Math.max(0, o.rows - visible + 1);
  const topRow = natural <= MAX_SCROLL_PX ? Math.floor(scrollTop / o.rowHeight) : maxTop === 0 ? 0 : Math.round((scrollTop / maxTop) * lastTopRow);
  const first = Math.max(0, topRow - o.overscan);
  const count = Math.max(0, Math.min(o.rows - first, visible + 2 * o.overscan));
  // Keep the top row aligned with the viewport's top, with sub-row scrolling when unscaled.
  const offsetInRow = natural <= MAX_SCROLL_PX ? scrollTop - topRow * o.rowHeight : 0;
  const top = scrollTop - offsetInRow - (topRow - first) * o.rowHeight;
  return { contentHeight, first, count, top };
}
