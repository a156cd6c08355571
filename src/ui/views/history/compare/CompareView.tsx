import { createMemo, createSignal, For, Show } from 'solid-js';
import { plural } from '../../../describe/format.ts';
import { createOrderOpener, type OpenHistoryOrderFn } from '../../../history/create-order-opener.ts';
import { compareRuns, type ChangedOrder, type ComparedRun, type PromotionDelta } from '../../../history/compare-runs.ts';
import { minorMoney, reportInstant, signedMoney } from '../../../history/report-format.ts';
import { ProblemList } from '../../../components/ProblemList.tsx';
import { OrderSideBySide } from './OrderSideBySide.tsx';
import '../../simulator/what-if.css';
import './compare.css';

/** Changed orders shown at first; more on request, so a run that changes 50,000 orders stays quick. */
const PAGE = 100;

export interface CompareViewProps {
  /** The run taken as the reference (e.g. the saved bundle's). */
  readonly before: ComparedRun;
  /** The run compared with it (e.g. the edited bundle's, or another workspace's). */
  readonly after: ComparedRun;
  /** The history both runs replayed; with `openHistoryOrder`, an order opens in the simulator. */
  readonly historyId?: string;
  /** History-ui's `openHistoryOrder`; a failure it answers with is shown beside the links. */
  readonly openHistoryOrder?: OpenHistoryOrderFn;
}

const deltaClass = (d: bigint) => ({ 'delta-up': d > 0n, 'delta-down': d < 0n });

/** How an order's promotions moved, in the words and classes the what-if panel uses. */
const SHIFTS = [
  { key: 'started', word: 'started' },
  { key: 'stopped', word: 'stopped' },
  { key: 'moved', word: 'changed' },
] as const;

function Shifts(props: { readonly order: ChangedOrder; readonly name: (id: string) => string }) {
  return (
    <ul class="plain-list shifts">
      <For each={SHIFTS}>
        {(shift) => (
          <For each={props.order[shift.key]}>
            {(id) => (
              <li class={`shift-${shift.key}`}>
                <span class="shift-word">{shift.word}</span> {props.name(id)}
              </li>
            )}
          </For>
        )}
      </For>
    </ul>
  );
}

function DeltaTable(props: { readonly rows: readonly PromotionDelta[]; readonly currency: string; readonly label: string }) {
  const money = (m: bigint) => minorMoney(m, props.currency);
  const arrow = (a: number, b: number) => (a === b ? String(a) : `${a} → ${b}`);
  return (
    <div class="table-scroll">
      <table class="data-table" aria-label={props.label}>
        <thead>
          <tr>
            <th scope="col" class="grow">Promotion</th>
            <th scope="col" class="num">Orders</th>
            <th scope="col" class="num">Applications</th>
            <th scope="col" class="num">Saving before</th>
            <th scope="col" class="num">After</th>
            <th scope="col" class="num">Delta</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(p) => (
              <tr data-promotion={p.promotionId}>
                <th scope="row">
                  {p.name}
                  <Show when={p.only}>{(o) => <span class="compare-only">{o() === 'before' ? 'removed' : 'added'}</span>}</Show>
                </th>
                <td class="num">{arrow(p.before.orders, p.after.orders)}</td>
                <td class="num">{arrow(p.before.applications, p.after.applications)}</td>
                <td class="num">{money(p.before.saving)}</td>
                <td class="num">{money(p.after.saving)}</td>
                <td class="num" classList={deltaClass(p.delta)}>
                  {signedMoney(p.delta, props.currency)}
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

/** The promotions whose figures moved in a table; the unchanged ones folded under it, as the what-if panel folds unchanged baskets. */
function PromotionDeltas(props: { readonly rows: readonly PromotionDelta[]; readonly currency: string }) {
  const changed = () => props.rows.filter((p) => p.changed);
  const unchanged = () => props.rows.filter((p) => !p.changed);
  return (
    <>
      <Show when={changed().length > 0} fallback={<p class="muted">No promotion's figures change.</p>}>
        <DeltaTable rows={changed()} currency={props.currency} label="Delta per promotion" />
      </Show>
      <Show when={unchanged().length > 0}>
        <details class="what-if-unchanged">
          <summary>{plural(unchanged().length, 'unchanged promotion')}</summary>
          <DeltaTable rows={unchanged()} currency={props.currency} label="Unchanged promotions" />
        </details>
      </Show>
    </>
  );
}

/**
 * Two runs of one history side by side: the total and per-promotion deltas, the orders whose
 * result changed (biggest change first), and one chosen order before / after.
 */
export function CompareView(props: CompareViewProps) {
  const result = createMemo(() => compareRuns(props.before, props.after));
  const comparison = () => {
    const r = result();
    return r.ok ? r.value : undefined;
  };
  const problems = () => {
    const r = result();
    return r.ok ? [] : r.problems;
  };
  const names = createMemo(() => new Map([...props.before.report.promotions, ...props.after.report.promotions].map((p) => [p.promotionId, p.name])));
  const name = (id: string) => names().get(id) ?? id;
  const [shown, setShown] = createSignal(PAGE);
  const [chosen, setChosen] = createSignal<string>();
  const outcomesBefore = createMemo(() => new Map(props.before.outcomes.map((o) => [o.orderId, o])));
  const outcomesAfter = createMemo(() => new Map(props.after.outcomes.map((o) => [o.orderId, o])));
  const opener = createOrderOpener(() => props.historyId, () => props.openHistoryOrder);

  return (
    <section class="compare-runs what-if" aria-labelledby="compare-runs-title">
      <h2 id="compare-runs-title">
        {props.before.label} → {props.after.label}
      </h2>
      <Show
        when={comparison()}
        fallback={
          <>
            <p class="notice notice-error" role="alert">
              These two runs cannot be compared.
            </p>
            <ProblemList problems={problems()} label="Comparison problems" />
          </>
        }
      >
        {(c) => {
          const changed = () => c().changedOrders;
          const pair = () => {
            const id = chosen() ?? changed()[0]?.orderId;
            const b = id === undefined ? undefined : outcomesBefore().get(id);
            const a = id === undefined ? undefined : outcomesAfter().get(id);
            return b !== undefined && a !== undefined ? { b, a } : undefined;
          };
          return (
            <>
              <p class="what-if-summary" data-changed={changed().length}>
                {changed().length === 0
                  ? `No order changes (${plural(c().totals.ordersCompared, 'order')} compared)`
                  : `${plural(changed().length, 'order')} of ${c().totals.ordersCompared} ${changed().length === 1 ? 'changes' : 'change'}: saving ${minorMoney(c().totals.savingBefore, c().currency)} → ${minorMoney(c().totals.savingAfter, c().currency)} (${signedMoney(c().totals.delta, c().currency)})`}
              </p>
              <section class="compare-section" aria-labelledby="compare-promotions-title">
                <h3 id="compare-promotions-title">Per promotion</h3>
                <PromotionDeltas rows={c().promotions} currency={c().currency} />
              </section>
              <Show when={changed().length > 0}>
                <section class="compare-section" aria-labelledby="compare-orders-title">
                  <h3 id="compare-orders-title">Orders whose result changed</h3>
                  <div class="table-scroll compare-orders">
                    <table class="data-table" aria-label="Changed orders">
                      <thead>
                        <tr>
                          <th scope="col">Order</th>
                          <th scope="col">When</th>
                          <th scope="col" class="num">Saving before</th>
                          <th scope="col" class="num">After</th>
                          <th scope="col" class="num">Delta</th>
                          <th scope="col" class="grow">Promotions</th>
                        </tr>
                      </thead>
                      <tbody>
                        <For each={changed().slice(0, shown())}>
                          {(o) => (
                            <tr data-order={o.orderId} aria-selected={pair()?.b.orderId === o.orderId}>
                              <td>
                                <button type="button" class="link-button" aria-label={`Order ${o.orderId} side by side`} onClick={() => setChosen(o.orderId)}>
                                  {o.orderId}
                                </button>
                                <Show when={o.customerId}>{(id) => <div class="cell-sub">{id()}</div>}</Show>
                              </td>
                              <td class="nowrap">{reportInstant(o.at)}</td>
                              <td class="num">{minorMoney(o.savingBefore, c().currency)}</td>
                              <td class="num">{minorMoney(o.savingAfter, c().currency)}</td>
                              <td class="num" classList={deltaClass(o.delta)}>
                                {signedMoney(o.delta, c().currency)}
                              </td>
                              <td>
                                <Shifts order={o} name={name} />
                              </td>
                            </tr>
                          )}
                        </For>
                      </tbody>
                    </table>
                  </div>
                  <Show when={changed().length > shown()}>
                    <button type="button" class="btn compare-more" onClick={() => setShown((n) => n + PAGE)}>
                      Show {Math.min(PAGE, changed().length - shown())} more of {changed().length - shown()} left
                    </button>
                  </Show>
                </section>
              </Show>
              <Show when={opener.problem()}>
                <p class="notice notice-error" role="alert">
                  {opener.problem()}
                </p>
              </Show>
              <Show when={pair()}>
                {(p) => (
                  <OrderSideBySide
                    before={p().b}
                    after={p().a}
                    beforeLabel={props.before.label}
                    afterLabel={props.after.label}
                    currency={c().currency}
                    name={name}
                    openOrder={opener.open()}
                  />
                )}
              </Show>
            </>
          );
        }}
      </Show>
    </section>
  );
}
