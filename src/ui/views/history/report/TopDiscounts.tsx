import { For, Show } from 'solid-js';
import type { TopDiscount } from '../../../../replay/types.ts';
import { reportInstant, reportMoney } from '../../../history/report-format.ts';

export interface TopDiscountsProps {
  readonly rows: readonly TopDiscount[];
  readonly currency: string;
  readonly name: (promotionId: string) => string;
  /** Opens the order in the simulator; without it the order id is plain text. */
  readonly openOrder?: ((orderId: string) => void) | undefined;
}

/** Names shown before the rest fold away: a big basket can stack twenty promotions. */
const SHOWN = 3;

function PromotionNames(props: { readonly names: readonly string[] }) {
  return (
    <Show when={props.names.length > SHOWN + 1} fallback={props.names.join(', ')}>
      {props.names.slice(0, SHOWN).join(', ')}
      <details class="report-more-names">
        <summary>and {props.names.length - SHOWN} more</summary>
        {props.names.slice(SHOWN).join(', ')}
      </details>
    </Show>
  );
}

/** The biggest discounts of the run, biggest first, each order openable in the basket simulator. */
export function TopDiscounts(props: TopDiscountsProps) {
  return (
    <section class="report-section" aria-labelledby="report-top-title">
      <h3 id="report-top-title">Biggest discounts</h3>
      <Show when={props.rows.length > 0} fallback={<p class="muted">No order got a promotion saving.</p>}>
        <div class="table-scroll">
          <table class="data-table report-top">
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">When</th>
                <th scope="col">Customer</th>
                <th scope="col" class="num">Gross</th>
                <th scope="col" class="num">Saving</th>
                <th scope="col" class="grow">Promotions</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.rows}>
                {(d) => (
                  <tr data-order={d.orderId}>
                    <td>
                      <Show when={props.openOrder} fallback={d.orderId}>
                        {(open) => (
                          <button type="button" class="link-button" aria-label={`Open order ${d.orderId} in the simulator`} onClick={() => open()(d.orderId)}>
                            {d.orderId}
                          </button>
                        )}
                      </Show>
                    </td>
                    <td class="nowrap">{reportInstant(d.at)}</td>
                    <td>{d.customerId ?? <span class="muted">—</span>}</td>
                    <td class="num">{reportMoney(d.gross, props.currency)}</td>
                    <td class="num">{reportMoney(d.saving, props.currency)}</td>
                    <td>
                      <PromotionNames names={d.promotionIds.map(props.name)} />
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
