import { For, Show } from 'solid-js';
import type { Bundle } from '../../../domain/bundle.ts';
import { BASKET_CUSTOMER, MANUAL_PERMISSION, type BasketDraft } from '../../simulator/basket-draft.ts';
import { instantFromField } from '../../simulator/order-time.ts';
import { formatAmount } from '../../describe/format.ts';
import { CouponsEditor } from './CouponsEditor.tsx';
import { FieldMessage } from './FieldMessage.tsx';

export interface OrderFieldsProps {
  readonly draft: BasketDraft;
  readonly bundle: Bundle;
  readonly errors: Readonly<Record<string, string>>;
  readonly update: (patch: Partial<BasketDraft>) => void;
  readonly couponProblem: (code: string) => string | undefined;
}

/** Customer, coupons, time, channel and order type, order properties, staff permission. */
export function OrderFields(props: OrderFieldsProps) {
  const d = () => props.draft;
  const at = () => instantFromField(d().at, props.bundle.timeZone);
  const properties = () => {
    const declared = props.bundle.settings.orderProperties;
    return [...declared, ...d().properties.filter((p) => !declared.includes(p))];
  };
  const toggleProperty = (p: string, on: boolean) =>
    props.update({ properties: on ? [...d().properties, p] : d().properties.filter((x) => x !== p) });
  return (
    <section class="sim-section" aria-labelledby="sim-order-title">
      <h3 id="sim-order-title">Order</h3>
      <div class="field">
        <label class="field-label" for="sim-customer">
          Customer
        </label>
        <select id="sim-customer" class="input" value={d().customer} onChange={(e) => props.update({ customer: e.currentTarget.value })}>
          <option value="">No customer</option>
          <Show when={d().basketCustomer}>
            {(c) => <option value={BASKET_CUSTOMER}>As in the basket: {c().name ?? c().id}</option>}
          </Show>
          <For each={props.bundle.customers}>
            {(c) => (
              <option value={c.id}>
                {c.name ?? c.id} ({c.id}){c.points > 0 ? ` · ${c.points} pts` : ''}
              </option>
            )}
          </For>
        </select>
        <FieldMessage id="sim-customer-err" message={props.errors['customer']} />
      </div>

      <CouponsEditor
        coupons={d().coupons}
        problemOf={props.couponProblem}
        onAdd={(code) => props.update({ coupons: [...d().coupons, code] })}
        onRemove={(code) => props.update({ coupons: d().coupons.filter((c) => c !== code) })}
      />

      <div class="field">
        <label class="field-label" for="sim-at">
          Order time
        </label>
        <input
          id="sim-at"
          class="input"
          type="datetime-local"
          aria-invalid={props.errors['at'] !== undefined}
          aria-describedby={props.errors['at'] === undefined ? 'sim-at-hint' : 'sim-at-err sim-at-hint'}
          value={d().at}
          onInput={(e) => props.update({ at: e.currentTarget.value })}
        />
        <FieldMessage id="sim-at-err" message={props.errors['at']} />
        <span id="sim-at-hint" class="field-hint">
          Wall clock in {props.bundle.timeZone}
          <Show when={at()}>{(r) => (r().ok ? <> = <code>{(r() as { instant: string }).instant}</code></> : null)}</Show>
        </span>
      </div>

      <div class="field-row">
        <div class="field">
          <label class="field-label" for="sim-channel">
            Channel
          </label>
          <select id="sim-channel" class="input" value={d().channel} onChange={(e) => props.update({ channel: e.currentTarget.value as BasketDraft['channel'] })}>
            <option value="inStore">In store</option>
            <option value="online">Online</option>
          </select>
        </div>
        <div class="field">
          <label class="field-label" for="sim-type">
            Order type
          </label>
          <select id="sim-type" class="input" value={d().orderType} onChange={(e) => props.update({ orderType: e.currentTarget.value as BasketDraft['orderType'] })}>
            <option value="carryOut">Carry out</option>
            <option value="delivery">Delivery</option>
            <option value="reservation">Reservation</option>
          </select>
        </div>
      </div>

      <fieldset class="field fieldset">
        <legend class="field-label">Order properties</legend>
        <Show when={properties().length > 0} fallback={<span class="muted">The bundle declares no order properties.</span>}>
          <div class="checks">
            <For each={properties()}>
              {(p) => (
                <label class="check">
                  <input type="checkbox" checked={d().properties.includes(p)} onChange={(e) => toggleProperty(p, e.currentTarget.checked)} />
                  <span>{p}</span>
                </label>
              )}
            </For>
          </div>
        </Show>
      </fieldset>

      <fieldset class="field fieldset">
        <legend class="field-label">Staff</legend>
        <label class="check">
          <input type="checkbox" checked={d().manualPermission} onChange={(e) => props.update({ manualPermission: e.currentTarget.checked })} />
          <span>
            May apply manual discounts (<code>{MANUAL_PERMISSION}</code>)
          </span>
        </label>
        <Show when={(d().base.manual ?? []).length > 0}>
          <ul class="plain-list manual-list" aria-label="Manual discounts requested">
            <For each={d().base.manual ?? []}>
              {(m) => (
                <li class="cell-sub">
                  Requested <code>{m.promotionId}</code>
                  {m.amount === undefined ? '' : ` ${formatAmount(m.amount, props.bundle.currency)}`}
                  {m.percent === undefined ? '' : ` ${m.percent} %`}
                </li>
              )}
            </For>
          </ul>
        </Show>
      </fieldset>
    </section>
  );
}
