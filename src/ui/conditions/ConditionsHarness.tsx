import { For, createMemo, createSignal } from 'solid-js';
import { schemaProblems } from '../../bundle/schema-problems.ts';
import { ConditionSchema } from '../../domain/condition.ts';
import type { Promotion } from '../../domain/promotion.ts';
import type { Workspace } from '../../storage/workspace-store.ts';
import { traceForOrder } from '../../engine/eligibility/conditions/trace.ts';
import { ConditionBuilder } from './ConditionBuilder.tsx';

/**
 * A development page (`#/dev/conditions`) that mounts the condition builder on its own, with a
 * starting tree and a saved basket for the truth chips. Problems come from the domain's condition
 * schema, as the editor's validation does; the promotion around the tree is the first promotion
 * of the bundle (its other checks are not involved).
 */
export function ConditionsHarness(props: { readonly workspace: Workspace }) {
  const bundle = () => props.workspace.bundle;
  const demo = (): unknown => ({
    kind: 'all',
    of: [
      { kind: 'any', of: [{ kind: 'leaf', field: 'segments', op: 'contains', value: 'gold' }, { kind: 'leaf', field: 'subtotal', op: 'gt', value: '50' }] },
      { kind: 'not', of: { kind: 'leaf', field: 'channel', op: 'eq', value: 'online' } },
      { kind: 'leaf', field: 'itemCount', op: 'between', value: [3, 12] },
      { kind: 'orderProperties', selected: bundle().settings.orderProperties.slice(0, 1), requireAll: false, excluding: false },
    ],
  });
  const starts = () => [
    { id: 'demo', name: 'Demo tree', conditions: demo() },
    ...bundle().promotions.filter((p) => p.conditions !== undefined).map((p) => ({ id: p.id, name: p.name, conditions: p.conditions as unknown })),
  ];
  const [value, setValue] = createSignal<unknown>(demo());
  const [basketId, setBasketId] = createSignal(props.workspace.baskets[0]?.id ?? '');
  const parsed = createMemo(() => (value() === undefined ? undefined : ConditionSchema.safeParse(value())));
  const problems = () => {
    const p = parsed();
    return p === undefined || p.success ? [] : schemaProblems(p.error.issues, value());
  };
  const truth = createMemo(() => {
    const p = parsed();
    const basket = props.workspace.baskets.find((b) => b.id === basketId());
    const host = bundle().promotions[0];
    if (p === undefined || !p.success || basket === undefined || host === undefined) return undefined;
    const promotion: Promotion = { ...host, conditions: p.data };
    return traceForOrder(bundle(), basket.order, promotion, basket.state).conditions;
  });
  return (
    <section class="pane pane-full cb-harness" aria-label="Condition builder (development)">
      <div class="cb-harness-bar">
        <label>
          Start from{' '}
          <select class="input" onChange={(e) => setValue(starts().find((s) => s.id === e.currentTarget.value)?.conditions)}>
            <For each={starts()}>{(s) => <option value={s.id}>{s.name}</option>}</For>
          </select>
        </label>
        <label>
          Basket{' '}
          <select class="input" value={basketId()} onChange={(e) => setBasketId(e.currentTarget.value)}>
            <option value="">(none)</option>
            <For each={props.workspace.baskets}>{(b) => <option value={b.id}>{b.name}</option>}</For>
          </select>
        </label>
      </div>
      <ConditionBuilder label="Conditions" value={value()} onChange={setValue} bundle={bundle()} problems={problems()} truth={truth()} />
    </section>
  );
}
