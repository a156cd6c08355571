import { createSignal, For } from 'solid-js';
import type { PromotionFigures } from '../../../../replay/types.ts';
import { reportCount, reportMoney, reportPercent } from '../../../history/report-format.ts';
import { nextSort, sortPromotions, type PromotionColumn, type PromotionSort } from '../../../history/report-sort.ts';

const COLUMNS: readonly { readonly key: PromotionColumn; readonly label: string; readonly num: boolean; readonly help?: string }[] = [
  { key: 'name', label: 'Promotion', num: false },
  { key: 'orders', label: 'Orders', num: true, help: 'Orders it applied to' },
  { key: 'applications', label: 'Applications', num: true },
  { key: 'units', label: 'Units', num: true, help: 'Units whose price it reduced' },
  { key: 'saving', label: 'Saving', num: true },
  { key: 'averageSavingPerOrder', label: 'Average', num: true, help: 'Saving per order it applied to' },
  { key: 'shareOfSaving', label: 'Share', num: true, help: 'Its share of all promotion saving' },
  { key: 'limitHits', label: 'Limit hits', num: true, help: 'Orders where a limit or budget stopped or capped it' },
];

/** One short line per kind, so the column stays narrow. */
function hitsInWords(p: PromotionFigures): string[] {
  const k = p.limitHitsByKind;
  return [
    k.limitReached > 0 ? `${k.limitReached} limit reached` : '',
    k.budgetExhausted > 0 ? `${k.budgetExhausted} budget exhausted` : '',
    k.budgetCapped > 0 ? `${k.budgetCapped} capped by budget` : '',
  ].filter((s) => s !== '');
}

/**
 * One row per promotion of the bundle; a click on a column header sorts by it (again: the other
 * way). The header says the sort to screen readers with `aria-sort`.
 */
export function PromotionTable(props: { readonly rows: readonly PromotionFigures[]; readonly currency: string }) {
  const [sort, setSort] = createSignal<PromotionSort | undefined>({ column: 'saving', direction: 'descending' });
  const rows = () => sortPromotions(props.rows, sort(), props.currency);
  const ariaSort = (key: PromotionColumn) => (sort()?.column === key ? sort()!.direction : 'none');
  return (
    <section class="report-section" aria-labelledby="report-promotions-title">
      <h3 id="report-promotions-title">Per promotion</h3>
      <div class="table-scroll">
        <table class="data-table report-promotions">
          <thead>
            <tr>
              <For each={COLUMNS}>
                {(c) => (
                  <th scope="col" classList={{ num: c.num, grow: !c.num }} aria-sort={ariaSort(c.key)} title={c.help}>
                    <button type="button" class="sort-button" onClick={() => setSort(nextSort(sort(), c.key))}>
                      {c.label}
                      <span class="sort-mark" aria-hidden="true">
                        {sort()?.column === c.key ? (sort()!.direction === 'ascending' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(p) => (
                <tr data-promotion={p.promotionId} classList={{ 'report-idle': p.orders === 0 }}>
                  <td>
                    {p.name}
                    <div class="cell-sub">{p.promotionId}</div>
                  </td>
                  <td class="num">{reportCount(p.orders)}</td>
                  <td class="num">{reportCount(p.applications)}</td>
                  <td class="num">{reportCount(p.units)}</td>
                  <td class="num">{reportMoney(p.saving, props.currency)}</td>
                  <td class="num">{reportMoney(p.averageSavingPerOrder, props.currency)}</td>
                  <td class="num">{reportPercent(p.shareOfSaving)}</td>
                  <td class="num">
                    {reportCount(p.limitHits)}
                    <For each={hitsInWords(p)}>{(line) => <div class="cell-sub">{line}</div>}</For>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
