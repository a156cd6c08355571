import type { ConditionPath } from '../../engine/eligibility/conditions/trace.ts';
import { nodeName } from './builder-context.ts';
import { NodeFrame } from './NodeFrame.tsx';

/** Something the builder cannot show as a form (an unknown kind, a bare value): kept as it is, editable in the JSON view. */
export function UnknownNode(props: { readonly path: ConditionPath; readonly node: unknown }) {
  const shown = () => {
    const text = JSON.stringify(props.node) ?? String(props.node);
    return text.length > 160 ? `${text.slice(0, 160)}…` : text;
  };
  return (
    <NodeFrame path={props.path} node={props.node} name={nodeName('condition', props.path)} kind="unknown">
      <p class="cb-unknown">
        Not a condition this builder can show as a form; edit it in the JSON view below. <code>{shown()}</code>
      </p>
    </NodeFrame>
  );
}
