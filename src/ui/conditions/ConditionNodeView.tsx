import { Match, Switch } from 'solid-js';
import type { ConditionPath } from '../../engine/eligibility/conditions/trace.ts';
import { GroupNode } from './GroupNode.tsx';
import { LeafNode } from './LeafNode.tsx';
import { NotNode } from './NotNode.tsx';
import { OrderPropertiesNode } from './OrderPropertiesNode.tsx';
import { ScriptNode } from './ScriptNode.tsx';
import { isGroup, isNot } from './tree-edit.ts';
import { UnknownNode } from './UnknownNode.tsx';

type Json = Readonly<Record<string, unknown>>;
const kindOf = (node: unknown): unknown => (typeof node === 'object' && node !== null ? (node as Json)['kind'] : undefined);

/** One node of the tree, by its kind; anything unknown is shown as it is. */
export function ConditionNodeView(props: { readonly path: ConditionPath; readonly node: unknown }) {
  return (
    <Switch fallback={<UnknownNode path={props.path} node={props.node} />}>
      <Match when={(kindOf(props.node) === 'all' || kindOf(props.node) === 'any') && isGroup(props.node) && props.node}>
        {(node) => <GroupNode path={props.path} node={node()} />}
      </Match>
      <Match when={isNot(props.node) && props.node}>{(node) => <NotNode path={props.path} node={node()} />}</Match>
      <Match when={kindOf(props.node) === 'leaf'}>
        <LeafNode path={props.path} node={props.node as Json} />
      </Match>
      <Match when={kindOf(props.node) === 'orderProperties'}>
        <OrderPropertiesNode path={props.path} node={props.node as Json} />
      </Match>
      <Match when={kindOf(props.node) === 'script'}>
        <ScriptNode path={props.path} node={props.node as Json} />
      </Match>
    </Switch>
  );
}
