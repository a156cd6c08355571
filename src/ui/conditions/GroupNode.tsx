import { Index, Show } from 'solid-js';
import type { ConditionPath } from '../../engine/eligibility/conditions/trace.ts';
import { AddControls } from './AddControls.tsx';
import { nodeName, useBuilder } from './builder-context.ts';
import { ConditionNodeView } from './ConditionNodeView.tsx';
import { DropZone } from './DropZone.tsx';
import { NodeFrame } from './NodeFrame.tsx';
import { replaceAt } from './tree-edit.ts';

/** An `all` or `any` group: how its children combine, the children, and adding more. */
export function GroupNode(props: { readonly path: ConditionPath; readonly node: Readonly<Record<string, unknown>> & { readonly of: readonly unknown[] } }) {
  const b = useBuilder();
  const name = () => nodeName('group', props.path);
  const setKind = (kind: string) => b.edit(replaceAt(b.tree(), props.path, { ...props.node, kind }), 'none');
  return (
    <NodeFrame
      path={props.path}
      node={props.node}
      name={name()}
      kind="group"
      head={
        <select class="input cb-combine" aria-label={`How ${name()} combines`} value={String(props.node['kind'])} onChange={(e) => setKind(e.currentTarget.value)}>
          <option value="all">All of these hold</option>
          <option value="any">Any of these holds</option>
        </select>
      }
    >
      <ul class="cb-children" classList={{ 'cb-children-any': props.node['kind'] === 'any' }}>
        <DropZone groupPath={props.path} index={0} />
        <Index each={props.node.of}>
          {(child, i) => (
            <>
              <ConditionNodeView path={[...props.path, i]} node={child()} />
              <DropZone groupPath={props.path} index={i + 1} />
            </>
          )}
        </Index>
      </ul>
      <Show when={props.node.of.length === 0}>
        <p class="cb-empty muted">
          {props.node['kind'] === 'any' ? 'Empty: “any of” nothing never holds.' : 'Empty: “all of” nothing always holds.'}
        </p>
      </Show>
      <AddControls groupPath={props.path} name={name()} />
    </NodeFrame>
  );
}
