import type { ConditionPath } from '../../engine/eligibility/conditions/trace.ts';
import { nodeName } from './builder-context.ts';
import { ConditionNodeView } from './ConditionNodeView.tsx';
import { NodeFrame } from './NodeFrame.tsx';

/** `not`: holds exactly when the condition inside does not. */
export function NotNode(props: { readonly path: ConditionPath; readonly node: { readonly of: unknown } }) {
  return (
    <NodeFrame
      path={props.path}
      node={props.node}
      name={nodeName('not', props.path)}
      kind="not"
      head={<span class="cb-kind">this must not hold:</span>}
    >
      <ul class="cb-children cb-children-not">
        <ConditionNodeView path={[...props.path, 'of']} node={props.node.of} />
      </ul>
    </NodeFrame>
  );
}
