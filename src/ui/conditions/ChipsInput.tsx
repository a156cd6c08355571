import { For, Show, createSignal, createUniqueId } from 'solid-js';
import type { FieldValueType } from '../../domain/condition-fields.ts';
import { readValue, valueText } from './value-text.ts';

/**
 * A list of values as chips: Enter or comma adds what is typed, Backspace in the empty input
 * removes the last chip, each chip has its own remove button. Enum fields pick from their options.
 */
export function ChipsInput(props: {
  readonly values: readonly unknown[];
  readonly type: FieldValueType;
  readonly label: string;
  readonly currency: string;
  readonly hints?: readonly string[];
  readonly onValues: (values: readonly unknown[]) => void;
}) {
  const id = createUniqueId();
  const [draft, setDraft] = createSignal('');
  const [error, setError] = createSignal<string>();
  const itemType = (): FieldValueType => (props.type.kind === 'listOfText' ? { kind: 'text' } : props.type);
  const add = (text: string): boolean => {
    if (text.trim() === '') return false;
    const r = readValue(text.trim(), itemType(), props.currency);
    if (r.error !== undefined) {
      setError(r.error);
      return false;
    }
    setError(undefined);
    if (!props.values.some((v) => valueText(v) === valueText(r.value))) props.onValues([...props.values, r.value]);
    setDraft('');
    return true;
  };
  const remove = (i: number) => props.onValues(props.values.filter((_, j) => j !== i));
  const onKeyDown = (e: KeyboardEvent & { currentTarget: HTMLInputElement }) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add(e.currentTarget.value);
    } else if (e.key === 'Backspace' && e.currentTarget.value === '' && props.values.length > 0) {
      remove(props.values.length - 1);
    }
  };
  const enumOptions = () => {
    const t = props.type;
    return t.kind === 'enum' ? t.options.filter((o) => !props.values.includes(o.value)) : undefined;
  };
  const labelOf = (v: unknown) => {
    const t = props.type;
    return t.kind === 'enum' ? t.options.find((o) => o.value === v)?.label ?? valueText(v) : valueText(v);
  };
  return (
    <span class="cb-chips" role="group" aria-label={props.label}>
      <ul class="cb-chip-list" aria-label={`${props.label}: ${props.values.length} chosen`}>
        <For each={props.values}>
          {(v, i) => (
            <li class="cb-chip">
              {labelOf(v)}
              <button type="button" class="cb-chip-remove" aria-label={`Remove ${labelOf(v)}`} onClick={() => remove(i())}>
                ✕
              </button>
            </li>
          )}
        </For>
      </ul>
      <Show
        when={enumOptions()}
        fallback={
          <input
            class="input cb-chip-input"
            type="text"
            aria-label={`Add to ${props.label}`}
            aria-invalid={error() !== undefined}
            aria-describedby={error() === undefined ? `${id}-hint` : `${id}-error`}
            list={props.hints && props.hints.length > 0 ? `${id}-hints` : undefined}
            placeholder="type, then Enter"
            value={draft()}
            onInput={(e) => {
              setDraft(e.currentTarget.value);
              setError(undefined);
            }}
            onKeyDown={onKeyDown}
            onBlur={(e) => add(e.currentTarget.value)}
          />
        }
      >
        {(options) => (
          <Show when={options().length > 0}>
            <select
              class="input"
              aria-label={`Add to ${props.label}`}
              value=""
              onChange={(e) => {
                add(e.currentTarget.value);
                e.currentTarget.value = '';
              }}
            >
              <option value="">Add…</option>
              <For each={options()}>{(o) => <option value={o.value}>{o.label}</option>}</For>
            </select>
          </Show>
        )}
      </Show>
      <Show when={props.hints && props.hints.length > 0}>
        <datalist id={`${id}-hints`}>
          <For each={props.hints}>{(h) => <option value={h} />}</For>
        </datalist>
      </Show>
      <span class="visually-hidden" id={`${id}-hint`}>
        Enter or comma adds a value; Backspace in the empty box removes the last one.
      </span>
      <Show when={error()}>
        {(message) => (
          <span class="cb-input-error" id={`${id}-error`}>
            {message()}
          </span>
        )}
      </Show>
    </span>
  );
}
