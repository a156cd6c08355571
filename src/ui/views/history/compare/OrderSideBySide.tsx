import { For, Show } from 'solid-js';
import type { LimitHit, OrderOutcome } from '../../../../replay/types.ts';
import { outcomeSideBySide, type OutcomeSide, type OutcomeTotalRow } from '../../../history/compare-sides.ts';
import { reportInstant, reportMoney } from '../../../history/report-format.ts';
import '../../simulator/what-if.css';

const HIT_WORDS: Readonly<Record<LimitHit['kind'], string>> = { limitReached: 'limit reached', budgetExhausted: 'budget exhausted', budgetCapped: 'capped by budget' };

function Side(props: {
  readonly title: string;
  readonly which: 'before' | 'after';
  readonly totals: readonly OutcomeTotalRow[];
  readonly side: OutcomeSide;
  readonly currency: string;
  readonly name: (id: string) => string;
}) {
  const money = (a: string) => reportMoney(a, props.currency);
  return (
    <section class="what-if-side card" aria-label={props.title}>
      <h4>{props.title}</h4>
      <dl class="what-if-totals">
        <For each={props.totals}>
          {(row) => (
            <>
              <dt classList={{ differs: row.differs }}>{row.label}</dt>
              <dd classList={{ differs: row.differs }} data-total={row.key}>
                {money(row[props.which])}
                <Show when={row.differs}>
                  <span class="visually-hidden"> (differs)</span>
                </Show>
              </dd>
            </>
          )}
        </For>
      </dl>
      <Show when={props.side.failure}>{(f) => <p class="notice notice-error">The engine failed on this order: {f()}</p>}</Show>
      <Show when={props.side.applied.length > 0} fallback={<p class="muted">No promotion applies.</p>}>
        <ul class="what-if-apps" aria-label={`Promotions ${props.which}`}>
          <For each={props.side.applied}>
            {(a) => (
              <li classList={{ differs: a.differs }}>
                <span>
                  {props.name(a.promotionId)}
                  <span class="muted"> · ×{a.applications}</span>
                </span>
                <span class="num-inline">{money(a.saving)}</span>
                <Show when={a.differs}>
                  <span class="what-if-mark">{props.which === 'after' ? 'new' : 'gone'}</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.side.limitHits.length > 0}>
        <ul class="plain-list muted compare-hits" aria-label={`Limits ${props.which}`}>
          <For each={props.side.limitHits}>
            {(h) => (
              <li>
                {props.name(h.promotionId)}: {HIT_WORDS[h.kind]}
                {h.kind === 'budgetCapped' ? ` (${money(h.amount)} cut)` : ''}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

export interface OrderSideBySideProps {
  readonly before: OrderOutcome;
  readonly after: OrderOutcome;
  readonly beforeLabel: string;
  readonly afterLabel: string;
  readonly currency: string;
  readonly name: (id: string) => string;
  readonly openOrder?: ((orderId: string) => void) | undefined;
}

/** One order under both runs, the differing totals and promotions marked (the what-if panel's look). */
export function OrderSideBySide(props: OrderSideBySideProps) {
  const s = () => outcomeSideBySide(props.before, props.after, props.currency);
  return (
    <section class="what-if-compare" aria-label={`Order ${props.before.orderId} before and after`}>
      <div class="compare-order-head">
        <h4>
          Order {props.before.orderId}
          <span class="muted">
            {' '}
            · {reportInstant(props.before.at)}
            {props.before.customerId === undefined ? '' : ` · ${props.before.customerId}`}
          </span>
        </h4>
        <Show when={props.openOrder}>
          {(open) => (
            <button type="button" class="btn" onClick={() => open()(props.before.orderId)}>
              Open in the simulator
            </button>
          )}
        </Show>
      </div>
      <div class="what-if-sides">
        <Side title={props.beforeLabel} which="before" totals={s().totals} side={s().before} currency={props.currency} name={props.name} />
        <Side title={props.afterLabel} which="after" totals={s().totals} side={s().after} currency={props.currency} name={props.name} />
      </div>
    </section>
  );
}
