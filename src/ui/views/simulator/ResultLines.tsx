import { createSignal, For, Show } from 'solid-js';
import type { Product } from '../../../domain/product.ts';
import type { EvaluationResult, LineResult } from '../../../domain/result.ts';
import { formatAmount } from '../../describe/format.ts';
import { formatCount } from '../../../domain/limits.ts';
import { asDeduction, isNonZero, unitsLabel } from '../../simulator/result-view.ts';

/** Rows of a line's units shown before "Show all". */
export const RUNS_SHOWN = 100;

/** Result lines; each expands into its units (runs of equal units): every promotion's share, the net, and clipped units. */
export function ResultLines(props: { readonly result: EvaluationResult; readonly products: ReadonlyMap<string, Product>; readonly promotionName: (id: string) => string }) {
  const [open, setOpen] = createSignal<ReadonlySet<string>>(new Set());
  // Lines whose every run is shown; others show the first RUNS_SHOWN (a 5,000-unit "buy 3, get 1
  // free" line has 3,334 runs: rendering them all on expand froze the view for a second).
  const [all, setAll] = createSignal<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const c = () => props.result.currency;
  const money = (a: string) => formatAmount(a, c());
  const off = (a: string) => (isNonZero(a) ? formatAmount(asDeduction(a, c()), c()) : '—');
  const name = (l: LineResult) => props.products.get(l.productId)?.name ?? l.productId;
  return (
    <section class="sim-block" aria-labelledby="sim-result-lines">
      <h3 id="sim-result-lines">Lines</h3>
      <div class="table-scroll">
        <table class="data-table" aria-label="Result lines">
          <thead>
            <tr>
              <th scope="col" class="fit">
                <span class="visually-hidden">Units</span>
              </th>
              <th scope="col" class="grow">Product</th>
              <th scope="col" class="num">Qty</th>
              <th scope="col" class="num">Gross</th>
              <th scope="col" class="num">Cust. price</th>
              <th scope="col" class="num">Promotions</th>
              <th scope="col" class="num">Net</th>
            </tr>
          </thead>
          <For each={props.result.lines}>
            {(l) => {
              const expanded = () => open().has(l.lineId);
              const clipped = () => l.units.some((u) => u.clipped === true);
              return (
                <tbody class="line-group">
                  <tr>
                    <td class="fit">
                      <button type="button" class="btn btn-ghost btn-icon" aria-expanded={expanded()} aria-controls={`units-${l.lineId}`} aria-label={`Units of ${l.lineId} ${name(l)}`} onClick={() => toggle(l.lineId)}>
                        <span aria-hidden="true">{expanded() ? '▾' : '▸'}</span>
                      </button>
                    </td>
                    <td>
                      <div class="cell-title">{name(l)}</div>
                      <div class="cell-sub">
                        <code>{l.lineId}</code> · <code>{l.productId}</code>
                        <Show when={clipped()}>
                          {' '}
                          · <span class="clip-mark">clipped at floor</span>
                        </Show>
                      </div>
                    </td>
                    <td class="num">{formatCount(l.quantity)}</td>
                    <td class="num">{money(l.gross)}</td>
                    <td class="num">{off(l.customerPriceSaving)}</td>
                    <td class={isNonZero(l.promotionSaving) ? 'num saving-cell' : 'num'}>{off(l.promotionSaving)}</td>
                    <td class="num">{money(l.net)}</td>
                  </tr>
                  <Show when={expanded()}>
                    <tr id={`units-${l.lineId}`} class="units-row">
                      <td />
                      <td colSpan={6}>
                        <table class="units-table" aria-label={`Units of ${l.lineId}`}>
                          <thead>
                            <tr>
                              <th scope="col">Units</th>
                              <th scope="col" class="num">Price</th>
                              <th scope="col" class="num">Cust. price</th>
                              <th scope="col">Discounts</th>
                              <th scope="col" class="num">Net</th>
                            </tr>
                          </thead>
                          <tbody>
                            <For each={all().has(l.lineId) ? l.units : l.units.slice(0, RUNS_SHOWN)}>
                              {(u) => (
                                <tr>
                                  <td>
                                    {unitsLabel(u.unit, u.count)}
                                    <Show when={u.clipped}>
                                      {' '}
                                      <span class="clip-mark" title="A reward was clipped at zero or the product's floor price">
                                        clipped
                                      </span>
                                    </Show>
                                  </td>
                                  <td class="num">{money(u.unitPrice)}</td>
                                  <td class="num">{u.customerPrice === undefined ? '—' : money(u.customerPrice)}</td>
                                  <td>
                                    <Show when={u.discounts.length > 0} fallback={<span class="muted">none</span>}>
                                      <ul class="plain-list">
                                        <For each={u.discounts}>
                                          {(d) => (
                                            <li>
                                              <span class="num-inline">{formatAmount(asDeduction(d.amount, c()), c())}</span> {props.promotionName(d.promotionId)}
                                            </li>
                                          )}
                                        </For>
                                      </ul>
                                    </Show>
                                  </td>
                                  <td class="num">{money(u.net)}</td>
                                </tr>
                              )}
                            </For>
                          </tbody>
                        </table>
                        <Show when={!all().has(l.lineId) && l.units.length > RUNS_SHOWN}>
                          <button type="button" class="btn btn-ghost" onClick={() => setAll((s) => new Set(s).add(l.lineId))}>
                            Show all {l.units.length.toLocaleString('en-US')} rows (the first {RUNS_SHOWN} are shown)
                          </button>
                        </Show>
                      </td>
                    </tr>
                  </Show>
                </tbody>
              );
            }}
          </For>
        </table>
      </div>
      <Show when={props.result.gifts.length > 0}>
        <ul class="plain-list" aria-label="Gift lines">
          <For each={props.result.gifts}>
            {(g) => (
              <li>
                Gift: {g.quantity} × {props.products.get(g.productId)?.name ?? g.productId} at {money(g.unitPrice)} from {props.promotionName(g.promotionId)}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.result.issuedCoupons.length > 0}>
        <ul class="plain-list" aria-label="Issued codes">
          <For each={props.result.issuedCoupons}>
            {(i) => (
              <li>
                Issued code <code>{i.code}</code> by {props.promotionName(i.issuedBy)}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
