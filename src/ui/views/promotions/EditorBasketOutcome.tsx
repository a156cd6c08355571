import { createMemo, onCleanup, Show } from 'solid-js';
import { useCurrentBasket } from '../../state/create-current-basket.ts';
import type { BundleVersion } from '../../simulator/create-what-if.ts';
import { createSimulation } from '../../simulator/create-simulation.ts';
import { makeEvaluationClient } from '../../simulator/evaluation-client.ts';
import { spawnEvaluateWorker } from '../../simulator/spawn-worker.ts';
import { storedCouponLookup, withStoredCoupons } from '../../simulator/stored-coupons-client.ts';
import { useWorkspace } from '../../state/workspace-context.ts';
import { formatAmount } from '../../describe/format.ts';

/**
 * The promotion being edited on the simulator's current basket, under the edited rules: applied
 * with its saving, or dimmed with the reason it did not apply. Every edit that validates
 * re-evaluates it in the evaluation worker.
 */
export function EditorBasketOutcome(props: { readonly promotionId: string; readonly version: BundleVersion | undefined; readonly currency: string }) {
  const current = useCurrentBasket();
  const ws = useWorkspace();
  const client = withStoredCoupons(makeEvaluationClient(spawnEvaluateWorker), storedCouponLookup(() => ws.currentId()));
  onCleanup(() => client.dispose());
  const request = createMemo(() => {
    const order = current.order();
    const v = props.version;
    if (order === undefined || v === undefined || current.draft().lines.length === 0) return undefined;
    const state = current.state();
    return { bundle: v.input, bundleKey: v.revision, order, ...(state === undefined ? {} : { state }) };
  });
  const sim = createSimulation(request, { client });
  const outcome = () => sim.result()?.promotions.find((p) => p.promotionId === props.promotionId);
  const applied = () => {
    const o = outcome();
    return o?.status === 'applied' ? o : undefined;
  };
  const basketName = () => current.basket()?.name ?? 'the basket being simulated';

  return (
    <section class="card pe-outcome" aria-labelledby="pe-outcome-title" aria-busy={sim.status() === 'busy'}>
      <h3 id="pe-outcome-title">In the current basket</h3>
      <Show
        when={current.draft().lines.length > 0}
        fallback={
          <p class="muted">
            The simulator's basket is empty. <a class="link" href="#/simulator">Open the Simulator</a> to build or pick one; it is evaluated here with your edits.
          </p>
        }
      >
        <p class="muted">
          {basketName()}
          {current.edited() ? ' (edited)' : ''} · <a class="link" href="#/simulator">open in the Simulator</a>
        </p>
        <Show when={props.version !== undefined} fallback={<p class="muted">Fix the problems to see the result.</p>}>
          <Show when={outcome()} fallback={<p class="muted">{sim.status() === 'failed' ? sim.problems().map((p) => p.message).join('; ') : 'Evaluating…'}</p>}>
            {(o) => (
              <div classList={{ 'pe-outcome-line': true, 'pe-outcome-dim': o().status !== 'applied', stale: sim.stale() }} data-status={o().status}>
                <Show
                  when={applied()}
                  fallback={
                    <>
                      <strong>Not applied</strong> <code class="muted">{(o() as { reason?: string }).reason}</code>
                      <div>{o().message}</div>
                    </>
                  }
                >
                  {(a) => (
                    <>
                      <strong>Applied: −{formatAmount(a().saving, props.currency)}</strong> · {a().applications} application{a().applications === 1 ? '' : 's'}
                      <div class="muted">{a().message}</div>
                    </>
                  )}
                </Show>
              </div>
            )}
          </Show>
        </Show>
      </Show>
    </section>
  );
}
