import { For, Show, createUniqueId } from 'solid-js';
import type { ConditionPath } from '../../engine/eligibility/conditions/trace.ts';
import { nodeName, useBuilder } from './builder-context.ts';
import { NodeFrame } from './NodeFrame.tsx';
import { orderPropertiesMeaning } from './order-properties-meaning.ts';
import { replaceAt } from './tree-edit.ts';

type Json = Readonly<Record<string, unknown>>;

const strings = (v: unknown): readonly string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * Order properties (SPEC §3.4's four-row table): the declared properties as checkboxes, "at
 * least one" or "every one", and "the properties not ticked" (`excluding`), with the chosen row's
 * meaning said in words under the controls.
 */
export function OrderPropertiesNode(props: { readonly path: ConditionPath; readonly node: Json }) {
  const b = useBuilder();
  const id = createUniqueId();
  const name = () => nodeName('order properties', props.path);
  const selected = () => strings(props.node['selected']);
  const requireAll = () => props.node['requireAll'] === true;
  const excluding = () => props.node['excluding'] === true;
  const declared = () => b.bundle().settings.orderProperties;
  // A selected property the bundle does not declare is still shown, so it can be unticked.
  const choices = () => [...declared(), ...selected().filter((s) => !declared().includes(s))];
  const put = (patch: Json) => b.edit(replaceAt(b.tree(), props.path, { ...props.node, ...patch }), 'none');
  const toggle = (p: string, on: boolean) =>
    put({ selected: on ? [...selected(), p] : selected().filter((s) => s !== p) });
  return (
    <NodeFrame path={props.path} node={props.node} name={name()} kind="props">
      <div class="cb-props">
        <fieldset class="cb-fieldset">
          <legend>Properties</legend>
          <Show when={choices().length > 0} fallback={<span class="muted">The bundle declares no order properties (Bundle settings).</span>}>
            <For each={choices()}>
              {(p) => (
                <label class="cb-check">
                  <input type="checkbox" checked={selected().includes(p)} onChange={(e) => toggle(p, e.currentTarget.checked)} />
                  {p}
                  <Show when={!declared().includes(p)}>
                    <span class="muted"> (not declared)</span>
                  </Show>
                </label>
              )}
            </For>
          </Show>
        </fieldset>
        <fieldset class="cb-fieldset">
          <legend>Needs</legend>
          <label class="cb-check">
            <input type="radio" name={`${id}-need`} checked={!requireAll()} onChange={() => put({ requireAll: false })} />
            at least one
          </label>
          <label class="cb-check">
            <input type="radio" name={`${id}-need`} checked={requireAll()} onChange={() => put({ requireAll: true })} />
            every one
          </label>
        </fieldset>
        <label class="cb-check cb-excluding">
          <input type="checkbox" checked={excluding()} onChange={(e) => put({ excluding: e.currentTarget.checked })} />
          of the declared properties <strong>not</strong> ticked (excluding)
        </label>
      </div>
      <p class="cb-meaning" aria-live="polite">
        {orderPropertiesMeaning(selected(), requireAll(), excluding(), declared())}
      </p>
    </NodeFrame>
  );
}
