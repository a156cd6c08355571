import { createSignal, Show } from 'solid-js';
import { getIn } from '../../schema-form/json-edit.ts';
import { fieldId, type WidgetProps } from '../../schema-form/form-context.ts';
import { FieldProblems } from '../../schema-form/FieldProblems.tsx';

/** A condition tree edited as JSON; text that does not parse is kept aside and never replaces the tree. */
export function ConditionWidget(props: WidgetProps) {
  const id = () => fieldId(props.ctx.idPrefix, props.path);
  const [error, setError] = createSignal<string>();
  const text = () => JSON.stringify(getIn(props.ctx.value(), props.path) ?? null, null, 2);
  return (
    <div class="sf-row sf-row-wide" id={id()}>
      <label class="sf-label" for={`${id()}-json`}>
        {props.label}
      </label>
      <textarea
        id={`${id()}-json`}
        class="input mono"
        rows={6}
        value={text()}
        onChange={(e) => {
          try {
            props.ctx.set(props.path, JSON.parse(e.currentTarget.value));
            setError(undefined);
          } catch (err) {
            setError(err instanceof Error ? err.message : String(err));
          }
        }}
      />
      <Show when={error()}>{(m) => <span class="sf-problem">Not JSON, the tree is unchanged: {m()}</span>}</Show>
      <FieldProblems problems={props.ctx.problemsAt(props.path)} />
    </div>
  );
}
