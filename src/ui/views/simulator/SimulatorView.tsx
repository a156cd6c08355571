import { createEffect, createMemo, For, onCleanup, Show, untrack } from 'solid-js';
import type { Workspace } from '../../../storage/workspace-store.ts';
import { addProduct, couponProblem, removeLine, updateLine } from '../../simulator/basket-draft.ts';
import { NO_BASKET, useCurrentBasket } from '../../state/create-current-basket.ts';
import { useNavigation } from '../../state/create-view.ts';
import { makeEvaluationClient, type EvaluationClient } from '../../simulator/evaluation-client.ts';
import { createSimulation } from '../../simulator/create-simulation.ts';
import { spawnEvaluateWorker } from '../../simulator/spawn-worker.ts';
import { storedCouponLookup, withStoredCoupons } from '../../simulator/stored-coupons-client.ts';
import { useWorkspace } from '../../state/workspace-context.ts';
import { ProblemList } from '../../components/ProblemList.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { LinesEditor } from './LinesEditor.tsx';
import { OrderFields } from './OrderFields.tsx';
import { TotalsCard } from './TotalsCard.tsx';
import { ResultLines } from './ResultLines.tsx';
import { ApplicationsList } from './ApplicationsList.tsx';
import { WhyPanel } from './WhyPanel.tsx';
import { CouponStatuses } from './CouponStatuses.tsx';
import { ExpectationMatch } from './ExpectationMatch.tsx';
import { SaveBasketPanel } from './SaveBasketPanel.tsx';
import './simulator.css';

/**
 * The analyst's basket simulator: edit a basket on the left, see on the right what the engine
 * makes of it (evaluated in a worker, debounced) and why every promotion did or did not apply.
 * `client` is injectable for tests; by default one lazily started worker serves the view.
 */
export function SimulatorView(props: { readonly workspace: Workspace; readonly client?: EvaluationClient }) {
  const ws = useWorkspace();
  // Codes imported into the coupon store reach the engine when the basket enters them.
  const client = props.client ?? withStoredCoupons(makeEvaluationClient(spawnEvaluateWorker), storedCouponLookup(() => ws.currentId()));
  onCleanup(() => client.dispose());
  const bundle = () => props.workspace.bundle;
  const products = createMemo(() => new Map(bundle().products.map((p) => [p.id, p] as const)));
  const promotionName = (id: string) => bundle().promotions.find((p) => p.id === id)?.name ?? id;

  const current = useCurrentBasket();
  const nav = useNavigation();
  const { basketId, basket, draft, edited, built, change } = current;
  // The hash names the basket (`#/simulator/<id>`, the Baskets view links here): a different
  // saved basket in the hash is loaded; a bare `#/simulator` shows the basket kept from before.
  createEffect(() => {
    const route = nav.route();
    if (route.view !== 'simulator') return;
    const id = route.id ?? NO_BASKET;
    untrack(() => {
      if (id === basketId()) return;
      if (props.workspace.baskets.some((b) => b.id === id)) current.load(id);
      else nav.go({ view: 'simulator', id: basketId() }, { replace: true });
    });
  });
  const load = (id: string) => {
    current.load(id);
    nav.go({ view: 'simulator', id }, { replace: true });
  };

  const errors = () => {
    const b = built();
    return b.ok ? {} : b.errors;
  };
  const request = createMemo(() => {
    const b = built();
    if (!b.ok) return undefined;
    const state = current.state();
    return {
      bundle: props.workspace.snapshot.workspace.input,
      bundleKey: props.workspace.snapshot.workspace.revision,
      order: b.order,
      ...(state === undefined ? {} : { state }),
    };
  });
  const sim = createSimulation(request, { client });
  // Only a result of exactly the basket on screen may become a saved expectation.
  const fresh = () => (sim.status() === 'ready' && !sim.stale() && built().ok ? sim.result() : undefined);

  return (
    <div class="sim">
      <section class="pane sim-editor" aria-labelledby="sim-title">
        <div class="pane-head">
          <h2 id="sim-title">Simulator</h2>
          <Show when={edited()}>
            <span class="muted">edited</span>
          </Show>
        </div>
        <div class="field">
          <label class="field-label" for="sim-basket">
            Basket
          </label>
          <div class="inline-field">
            <select id="sim-basket" class="input" value={basket() === undefined ? NO_BASKET : basketId()} onChange={(e) => load(e.currentTarget.value)}>
              <option value={NO_BASKET}>Empty basket</option>
              <For each={props.workspace.baskets}>{(b) => <option value={b.id}>{b.name}</option>}</For>
            </select>
            <button type="button" class="btn" disabled={!edited()} onClick={() => load(basketId())}>
              Reset
            </button>
          </div>
          <Show when={basket()?.description}>{(d) => <p class="field-hint">{d()}</p>}</Show>
          <Show when={current.origin()}>{(o) => <p class="field-hint sim-origin">{o()}</p>}</Show>
        </div>
        <SaveBasketPanel workspace={props.workspace} result={fresh()} />
        <LinesEditor
          lines={draft().lines}
          products={products()}
          catalog={bundle().products}
          currency={bundle().currency}
          errors={errors()}
          onAdd={(p) => change(addProduct(draft(), p))}
          onChange={(key, patch) => change(updateLine(draft(), key, patch))}
          onRemove={(key) => change(removeLine(draft(), key))}
        />
        <OrderFields
          draft={draft()}
          bundle={bundle()}
          errors={errors()}
          update={(patch) => change({ ...draft(), ...patch })}
          couponProblem={(code) => couponProblem(draft(), code)}
        />
      </section>

      <section class="pane sim-results" aria-labelledby="sim-results-title" aria-busy={sim.status() === 'busy'}>
        <div class="pane-head">
          <h2 id="sim-results-title">Result</h2>
          <span class="muted" role="status">
            {sim.status() === 'busy' ? 'Evaluating…' : !built().ok ? 'Fix the marked fields to evaluate' : sim.status() === 'failed' ? 'Evaluation failed' : ''}
          </span>
        </div>
        <ProblemList problems={sim.problems()} label="Evaluation problems" />
        <Show when={sim.result()} fallback={<EmptyState title={sim.status() === 'failed' ? 'No result.' : sim.status() === 'idle' ? 'Fix the marked fields to see a result.' : 'Evaluating the basket…'} />}>
          {(r) => (
            <div class={`sim-result-body ${sim.stale() ? 'stale' : ''}`}>
              <Show when={basket()?.expected}>{(e) => <ExpectationMatch expected={e()} result={r()} edited={edited()} />}</Show>
              <TotalsCard result={r()} solver={sim.solver()} />
              <ResultLines result={r()} products={products()} promotionName={promotionName} />
              <ApplicationsList result={r()} promotionName={promotionName} />
              <CouponStatuses result={r()} promotionName={promotionName} />
              <WhyPanel result={r()} bundle={bundle()} />
              <Show when={r().problems.length > 0}>
                <ProblemList problems={r().problems} label="Evaluation notes" />
              </Show>
              <details class="explain">
                <summary>Plain-text explanation</summary>
                <pre aria-label="Plain-text explanation">{sim.explanation()}</pre>
              </details>
            </div>
          )}
        </Show>
      </section>
    </div>
  );
}
