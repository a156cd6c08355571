import { createMemo, createSignal, Match, Show, Switch } from 'solid-js';
import type { Workspace } from '../../../storage/workspace-store.ts';
import { useNavigation } from '../../state/create-view.ts';
import { SelectableTable } from '../../components/SelectableTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatDateTime } from '../../describe/format.ts';
import { evaluationPool, type EvaluationPool } from '../../simulator/evaluation-client.ts';
import { spawnEvaluateWorker } from '../../simulator/spawn-worker.ts';
import { BasketDetail } from './BasketDetail.tsx';
import { BatchPanel } from './BatchPanel.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { createBatchState } from '../../simulator/batch-state.ts';
import './baskets.css';

/**
 * Saved baskets: the list and the selected basket's lines, customer, coupons and expectation;
 * "Run all baskets" evaluates every basket on the evaluation pool (shared with the Simulator) and
 * shows the results in place of the detail. `pool` is injectable for tests.
 */
export function BasketsView(props: { readonly workspace: Workspace; readonly pool?: EvaluationPool }) {
  // The selection lives in the hash (`#/baskets/<id>`): reload and back keep it.
  const nav = useNavigation();
  const selected = () => (nav.route().view === 'baskets' ? nav.route().id : undefined);
  const setSelected = (id: string) => nav.go({ view: 'baskets', id }, { replace: true });
  // The detail pane shows the selected basket, the batch results, or the bundle comparison.
  const [pane, setPane] = createSignal<'detail' | 'batch' | 'compare'>('detail');
  const showBatch = () => pane() === 'batch';
  const setShowBatch = (on: boolean) => setPane(on ? 'batch' : 'detail');
  const current = createMemo(() => props.workspace.baskets.find((b) => b.id === selected()));
  const batch = createBatchState(() => props.workspace, () => props.pool ?? evaluationPool(spawnEvaluateWorker));
  const select = (id: string) => {
    setSelected(id);
    setShowBatch(false);
  };
  const runAll = () => {
    setShowBatch(true);
    batch.start();
  };
  let detail: HTMLElement | undefined;
  return (
    <div class={pane() === 'detail' ? 'split' : 'split split-batch'}>
      <section class="pane pane-list" aria-labelledby="baskets-title">
        <div class="pane-head">
          <h2 id="baskets-title">Baskets</h2>
          <span class="muted">{props.workspace.baskets.length} saved</span>
          <div class="pane-actions">
            <button type="button" class="btn btn-ghost" title="Compare the saved baskets under the saved rules and an edited bundle file" aria-pressed={pane() === 'compare'} onClick={() => setPane(pane() === 'compare' ? 'detail' : 'compare')}>
              Compare…
            </button>
            <Show when={!showBatch() && batch.rows().length > 0}>
              <button type="button" class="btn btn-ghost" onClick={() => setShowBatch(true)}>
                Batch results
              </button>
            </Show>
            <button type="button" class="btn btn-primary" disabled={batch.running() || props.workspace.baskets.length === 0} onClick={runAll}>
              Run all baskets
            </button>
          </div>
        </div>
        <SelectableTable
          label="Saved baskets"
          items={props.workspace.baskets}
          keyOf={(b) => b.id}
          selected={selected()}
          onSelect={select}
          onActivate={() => detail?.focus()}
          empty="No saved baskets in this workspace."
          head={
            <>
              <th scope="col" class="grow">Basket</th>
              <th scope="col" class="num">Lines</th>
              <th scope="col" class="fit">Customer</th>
              <th scope="col" class="fit">When</th>
            </>
          }
          row={(b) => (
            <>
              <td>
                <div class="cell-title">{b.name}</div>
                <Show when={b.description}>
                  <div class="cell-sub clamp-2" title={b.description}>
                    {b.description}
                  </div>
                </Show>
              </td>
              <td class="num">{b.order.lines.length}</td>
              <td class="fit">{b.order.customer?.name ?? b.order.customer?.id ?? <span class="muted">—</span>}</td>
              <td class="fit nowrap">{formatDateTime(b.order.at.slice(0, 16))}</td>
            </>
          )}
        />
      </section>
      <section class="pane pane-detail" aria-label="Basket details" tabIndex={-1} ref={detail}>
        <Switch>
          <Match when={pane() === 'batch'}>
            <BatchPanel state={batch} currency={props.workspace.bundle.currency} />
          </Match>
          <Match when={pane() === 'compare'}>
            <ComparePanel workspace={props.workspace} />
          </Match>
          <Match when={pane() === 'detail'}>
            <Show when={current()} fallback={<EmptyState title="Select a basket to see its lines." />}>
              {(b) => <BasketDetail basket={b()} bundle={props.workspace.bundle} />}
            </Show>
          </Match>
        </Switch>
      </section>
    </div>
  );
}
