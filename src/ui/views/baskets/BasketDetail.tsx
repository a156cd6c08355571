import { For, Show } from 'solid-js';
import type { Bundle, SavedBasket } from '../../../domain/bundle.ts';
import { formatMoney, tryParseMoney } from '../../../domain/money.ts';
import { formatAmount, listInWords } from '../../describe/format.ts';
import { ExpectationPanel } from './ExpectationPanel.tsx';

type Priced = { readonly unitPrice: string; readonly quantity: number };

/** Σ quantity × unit price in minor units (bigint, never a float), formatted; '—' if an amount does not fit the currency. */
function totalOf(lines: readonly Priced[], currency: string): string {
  let total = 0n;
  for (const l of lines) {
    const price = tryParseMoney(l.unitPrice, currency);
    if (!price.ok) return '—';
    total += price.minor * BigInt(l.quantity);
  }
  return formatAmount(formatMoney(total, currency), currency);
}

/** One basket: its order as the till would see it, its expectation, and the evaluation slot. */
export function BasketDetail(props: { readonly basket: SavedBasket; readonly bundle: Bundle }) {
  const currency = () => props.bundle.currency;
  const products = () => new Map(props.bundle.products.map((p) => [p.id, p]));
  const money = (amount: string) => formatAmount(amount, currency());
  const order = () => props.basket.order;
  return (
    <article class="detail">
      <header class="detail-head">
        <h2>{props.basket.name}</h2>
        <div class="detail-sub">
          <code>{props.basket.id}</code>
          <span>{order().at}</span>
          <span>{order().channel === 'online' ? 'Online' : 'In store'}</span>
          <Show when={order().outlet}>
            <span>Outlet {order().outlet}</span>
          </Show>
        </div>
        <Show when={props.basket.description}>
          <p class="muted">{props.basket.description}</p>
        </Show>
      </header>

      <div class="table-scroll">
        <table class="data-table" aria-label="Basket lines">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col" class="num">Qty</th>
              <th scope="col" class="num" title="Regular unit price">
                Price
              </th>
              <th scope="col" class="num" title="Customer (special) unit price">
                Cust. price
              </th>
              <th scope="col" class="num">Total</th>
            </tr>
          </thead>
          <tbody>
            <For each={order().lines}>
              {(l) => (
                <tr>
                  <td>
                    <div class="cell-title">{products().get(l.productId)?.name ?? `Unknown product "${l.productId}"`}</div>
                    <div class="cell-sub">
                      <code>{l.productId}</code>
                      <Show when={l.manualPrice}> · manual price</Show>
                    </div>
                  </td>
                  <td class="num">{l.quantity}</td>
                  <td class="num">{money(l.unitPrice)}</td>
                  <td class="num">{l.customerPrice === undefined ? <span class="muted">—</span> : money(l.customerPrice)}</td>
                  <td class="num">{totalOf([l], currency())}</td>
                </tr>
              )}
            </For>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                Gross, before customer prices and promotions
              </th>
              <td class="num">{totalOf(order().lines, currency())}</td>
            </tr>
          </tfoot>
        </table>
      </div>

      <dl class="facts">
        <dt>Customer</dt>
        <dd>
          <Show when={order().customer} fallback={<span class="muted">No customer on the order</span>}>
            {(c) => (
              <>
                {c().name ?? c().id}
                <Show when={c().segments.length > 0}>
                  <span class="muted"> · segments {listInWords(c().segments)}</span>
                </Show>
                <Show when={c().points > 0}>
                  <span class="muted"> · {c().points} points</span>
                </Show>
              </>
            )}
          </Show>
        </dd>
        <dt>Coupons</dt>
        <dd>
          <Show when={order().coupons.length > 0} fallback={<span class="muted">None entered</span>}>
            <For each={order().coupons}>{(code) => <code class="code-chip">{code}</code>}</For>
          </Show>
        </dd>
        <Show when={order().shipping !== '0'}>
          <dt>Shipping</dt>
          <dd>{money(order().shipping)}</dd>
        </Show>
      </dl>

      <Show when={props.basket.expected}>{(e) => <ExpectationPanel expected={e()} bundle={props.bundle} />}</Show>

      <section class="slot" aria-label="Evaluation result">
        <h3>Evaluation</h3>
        <p class="muted">
          <a href={`#/simulator/${encodeURIComponent(props.basket.id)}`}>Open in the Simulator</a> to evaluate this
          basket, edit it, and see why each promotion did or did not apply.
        </p>
      </section>
    </article>
  );
}
