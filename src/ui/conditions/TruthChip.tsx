import { Show } from 'solid-js';
import { truthAt, type ConditionPath } from '../../engine/eligibility/conditions/trace.ts';
import { useBuilder } from './builder-context.ts';
import { truthLabel } from './truth-label.ts';

/** The node's result for the simulator's basket, in words and colour ("false · segments [silver]"). */
export function TruthChip(props: { readonly path: ConditionPath; readonly node: unknown }) {
  const b = useBuilder();
  const truth = () => truthAt(b.truth(), props.path);
  return (
    <Show when={truth()}>
      {(t) => (
        <span
          class="cb-truth"
          classList={{ 'cb-truth-true': t().result, 'cb-truth-false': !t().result && t().error !== true, 'cb-truth-error': t().error === true }}
          title={t().text}
        >
          <span class="chip-dot" aria-hidden="true" />
          {truthLabel(t(), props.node, b.truth()!)}
        </span>
      )}
    </Show>
  );
}
