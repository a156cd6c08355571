import { Show } from 'solid-js';
import type { EvaluationResult } from '../../../domain/result.ts';
import { formatAmount } from '../../describe/format.ts';
import { asDeduction, isNonZero, savingHeadroom } from '../../simulator/result-view.ts';

/** The order's totals (SPEC §7) and whether the best deal is proven optimal. */
export function TotalsCard(props: { readonly result: EvaluationResult; readonly solver?: 'wasm' | 'reference' | undefined }) {
  const t = () => props.result.totals;
  const c = () => props.result.currency;
  const money = (a: string) => formatAmount(a, c());
  const off = (a: string) => formatAmount(asDeduction(a, c()), c());
  return (
    <section class="card totals" aria-label="Totals">
      <div class="totals-head">
        <h3>Totals</h3>
        <Show
          when={props.result.optimal}
          fallback={
            <span
              class="chip chip-inactive"
              title={
                savingHeadroom(props.result) === undefined
                  ? 'The search budget cut the best-deal search off'
                  : `The search budget cut the best-deal search off. No plan can save more than ${money(props.result.bound ?? '0')} in promotions: at most ${money(savingHeadroom(props.result)!)} more than this one.`
              }
            >
              <span class="chip-dot" aria-hidden="true" />
              Not proven optimal
              <Show when={savingHeadroom(props.result)}>{(h) => ` · at most ${money(h())} short`}</Show>
            </span>
          }
        >
          <span class="chip chip-active">
            <span class="chip-dot" aria-hidden="true" />
            Proven optimal
          </span>
        </Show>
        <Show when={props.solver}>
          {(name) => (
            <span class="chip" data-solver={name()} title="The level solver that ran this evaluation (both give identical results)">
              {name() === 'wasm' ? 'WASM solver' : 'Reference solver'}
            </span>
          )}
        </Show>
      </div>
      <dl class="totals-grid">
        <dt>Gross</dt>
        <dd data-total="gross">{money(t().gross)}</dd>
        <dt>Customer-price saving</dt>
        <dd data-total="customerPriceSaving">{off(t().customerPriceSaving)}</dd>
        <dt>Promotion saving</dt>
        <dd data-total="promotionSaving" class={isNonZero(t().promotionSaving) ? 'saving' : undefined}>
          {off(t().promotionSaving)}
        </dd>
        <dt class="totals-strong">Net</dt>
        <dd data-total="net" class="totals-strong">
          {money(t().net)}
        </dd>
        <dt>Shipping</dt>
        <dd data-total="shipping">{money(t().shipping)}</dd>
        <dt>Shipping discount</dt>
        <dd data-total="shippingDiscount">{off(t().shippingDiscount)}</dd>
        <dt class="totals-pay">To pay</dt>
        <dd data-total="toPay" class="totals-pay">
          {money(t().toPay)}
        </dd>
      </dl>
      <Show when={props.result.pointsSpent > 0}>
        <p class="muted">{props.result.pointsSpent} points spent</p>
      </Show>
    </section>
  );
}
