import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import type { Coupon } from '../../../domain/coupon.ts';
import { couponStatus } from '../../../coupons/merge.ts';
import { virtualWindow } from './virtual-window.ts';

const ROW = 28;
const VIEWPORT = 336;
const PAGE = 100;
/** Pages kept in memory; older ones are read again if scrolled back to. */
const KEPT_PAGES = 40;

const dmy = (iso: string | undefined) => (iso === undefined ? '' : iso.split('-').reverse().join('/'));

/**
 * A promotion's codes as a virtualised table: only the rows in view (plus a few) exist in the
 * page, read from the store a page of 100 at a time, so a million codes scroll like ten.
 * `version` changes after a write: cached pages are dropped and read again.
 */
export function CouponList(props: {
  readonly rows: number;
  readonly version: number;
  readonly fetch: (start: number, count: number) => Promise<readonly Coupon[]>;
}) {
  const [scrollTop, setScrollTop] = createSignal(0);
  const [pages, setPages] = createSignal(new Map<number, readonly Coupon[]>(), { equals: false });
  const pending = new Set<number>();
  let generation = 0;

  createEffect(
    on(
      () => props.version,
      () => {
        generation += 1;
        pending.clear();
        setPages(new Map());
      },
    ),
  );
  const win = createMemo(() => virtualWindow({ rows: props.rows, rowHeight: ROW, viewport: VIEWPORT, scrollTop: scrollTop(), overscan: 6 }));

  createEffect(() => {
    const { first, count } = win();
    const cache = pages();
    for (let page = Math.floor(first / PAGE); page * PAGE < first + count; page++) {
      if (cache.has(page) || pending.has(page)) continue;
      pending.add(page);
      const mine = generation;
      void props.fetch(page * PAGE, PAGE).then((coupons) => {
        if (mine !== generation) return; // read before a write: stale
        pending.delete(page);
        const next = pages();
        next.set(page, coupons);
        if (next.size > KEPT_PAGES) next.delete(next.keys().next().value!);
        setPages(next);
      });
    }
  });

  const visible = createMemo(() => {
    const { first, count } = win();
    return Array.from({ length: count }, (_, i) => first + i);
  });
  const rowAt = (index: number): Coupon | undefined => pages().get(Math.floor(index / PAGE))?.[index % PAGE];

  return (
    <div class="cc-list" role="table" aria-label="Coupon codes" aria-rowcount={props.rows + 1}>
      <div class="cc-row cc-head" role="row" aria-rowindex={1}>
        <span role="columnheader">#</span>
        <span role="columnheader">Code</span>
        <span role="columnheader">Active</span>
        <span role="columnheader" class="num">Used</span>
        <span role="columnheader" class="num">Max</span>
        <span role="columnheader">First use</span>
        <span role="columnheader">Last use</span>
        <span role="columnheader">Status</span>
      </div>
      <div class="cc-scroll" style={{ height: `${Math.min(VIEWPORT, props.rows * ROW)}px` }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} tabIndex={0} role="rowgroup" aria-label="Scroll the codes">
        <div role="none" style={{ height: `${win().contentHeight}px`, position: 'relative' }}>
          <div role="none" style={{ position: 'absolute', top: `${win().top}px`, left: 0, right: 0 }}>
            <For each={visible()}>
              {(index) => (
                <div class="cc-row" role="row" aria-rowindex={index + 2} style={{ height: `${ROW}px` }}>
                  <span class="muted num" role="cell">{(index + 1).toLocaleString('en')}</span>
                  <Show when={rowAt(index)} fallback={<span class="muted" role="cell">…</span>}>
                    {(c) => (
                      <>
                        <span class="mono cc-code" role="cell">{c().code}</span>
                        <span role="cell">{c().active ? 'yes' : 'no'}</span>
                        <span class="num" role="cell">{c().usageCount}</span>
                        <span class="num" role="cell">{c().maxUses ?? '∞'}</span>
                        <span role="cell">{dmy(c().firstUsage)}</span>
                        <span role="cell">{dmy(c().lastUsage)}</span>
                        <span role="cell">{couponStatus(c())}</span>
                      </>
                    )}
                  </Show>
                </div>
              )}
            </For>
          </div>
        </div>
      </div>
    </div>
  );
}
