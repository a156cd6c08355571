import { For, Show } from 'solid-js';
import type { EvaluationResult } from '../../../domain/result.ts';

const GOOD = new Set(['applied']);

/** The status of every entered code (SPEC §3.1), the code shown exactly as entered. */
export function CouponStatuses(props: { readonly result: EvaluationResult; readonly promotionName: (id: string) => string }) {
  return (
    <Show when={props.result.coupons.length > 0}>
      <section class="sim-block" aria-labelledby="sim-codes-title">
        <h3 id="sim-codes-title">Code statuses</h3>
        <div class="table-scroll">
          <table class="data-table" aria-label="Coupon code statuses">
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Status</th>
                <th scope="col" class="grow">Why</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.result.coupons}>
                {(c) => (
                  <tr data-code={c.code}>
                    <td>
                      <code class="pre">{c.code}</code>
                    </td>
                    <td>
                      <span class={`chip ${GOOD.has(c.status) ? 'chip-active' : 'chip-inactive'}`}>
                        <span class="chip-dot" aria-hidden="true" />
                        {c.status}
                      </span>
                    </td>
                    <td>
                      {c.message}
                      <Show when={c.promotionId}>{(id) => <div class="cell-sub">{props.promotionName(id())}</div>}</Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>
    </Show>
  );
}
