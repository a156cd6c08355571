import { For, Show } from 'solid-js';
import type { ConditionPath } from '../../engine/eligibility/conditions/trace.ts';
import { nodeName, useBuilder } from './builder-context.ts';
import { conditionScripts } from './new-nodes.ts';
import { NodeFrame } from './NodeFrame.tsx';
import { replaceAt } from './tree-edit.ts';

type Json = Readonly<Record<string, unknown>>;

/** A `DiscountCondition` script of the bundle's library, picked by name. */
export function ScriptNode(props: { readonly path: ConditionPath; readonly node: Json }) {
  const b = useBuilder();
  const name = () => nodeName('script condition', props.path);
  const scripts = () => conditionScripts(b.bundle());
  const current = () => (typeof props.node['scriptId'] === 'string' ? props.node['scriptId'] : '');
  const known = () => scripts().some((s) => s.id === current());
  return (
    <NodeFrame path={props.path} node={props.node} name={name()} kind="script">
      <div class="cb-leaf">
        <span class="cb-kind">script</span>
        <select
          class="input"
          aria-label={`Script of ${name()}`}
          value={current()}
          onChange={(e) => b.edit(replaceAt(b.tree(), props.path, { ...props.node, scriptId: e.currentTarget.value }), 'none')}
        >
          <Show when={!known()}>
            <option value={current()}>{current() === '' ? 'Choose a script…' : `${current()} (not a condition script of this bundle)`}</option>
          </Show>
          <For each={scripts()}>{(s) => <option value={s.id}>{s.name}</option>}</For>
        </select>
        <span class="cb-kind">returns true</span>
      </div>
      <Show when={scripts().length === 0}>
        <p class="cb-help">The bundle has no DiscountCondition script yet: write one in the Scripts view.</p>
      </Show>
    </NodeFrame>
  );
}
