import { For, Show } from 'solid-js';
import { nodeKey, type ConditionPath } from '../../engine/eligibility/conditions/trace.ts';
import { useBuilder } from './builder-context.ts';

/** The problems placed on this node, in place, with what inside the node they concern. */
export function NodeProblems(props: { readonly path: ConditionPath; readonly id: string }) {
  const b = useBuilder();
  const list = () => b.problems().get(nodeKey(props.path)) ?? [];
  return (
    <Show when={list().length > 0}>
      <ul class="cb-problems" id={props.id}>
        <For each={list()}>
          {(p) => (
            <li class={`cb-problem cb-problem-${p.problem.severity}`}>
              <span class="visually-hidden">{p.problem.severity}: </span>
              <Show when={p.part}>{(part) => <code class="cb-problem-part">{part()}</code>}</Show>
              {p.problem.message}
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** True when problems are placed on this node. */
export function useHasProblems(path: () => ConditionPath): () => boolean {
  const b = useBuilder();
  return () => (b.problems().get(nodeKey(path()))?.length ?? 0) > 0;
}
