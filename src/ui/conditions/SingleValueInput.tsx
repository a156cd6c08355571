import { For, Match, Show, Switch, createUniqueId } from 'solid-js';
import type { FieldValueType } from '../../domain/condition-fields.ts';
import { readValue, valueText } from './value-text.ts';

/**
 * One value typed by its field: a select for enums and yes/no, a date input for dates, a text
 * input for money (decimal string, checked in the bundle currency), numbers and text. What is
 * typed is kept even when it does not read yet; the reason is shown under the input.
 */
export function SingleValueInput(props: {
  readonly value: unknown;
  readonly type: FieldValueType;
  readonly label: string;
  readonly currency: string;
  readonly hints?: readonly string[];
  readonly onValue: (value: unknown) => void;
}) {
  const id = createUniqueId();
  const error = () => (props.value === undefined ? undefined : readValue(valueText(props.value), props.type, props.currency).error);
  const onText = (text: string) => props.onValue(readValue(text, props.type, props.currency).value);
  const described = () => (error() === undefined ? undefined : `${id}-error`);
  return (
    <span class="cb-value">
      <Switch
        fallback={
          <span class="cb-value-box">
            <input
              class="input cb-value-input"
              classList={{ 'cb-value-money': props.type.kind === 'money' }}
              type="text"
              inputmode={props.type.kind === 'money' ? 'decimal' : props.type.kind === 'count' || props.type.kind === 'integer' ? 'numeric' : 'text'}
              aria-label={props.label}
              aria-invalid={error() !== undefined}
              aria-describedby={described()}
              list={props.hints && props.hints.length > 0 ? `${id}-hints` : undefined}
              value={valueText(props.value)}
              placeholder={props.type.kind === 'money' ? '0.00' : ''}
              onInput={(e) => onText(e.currentTarget.value)}
            />
            <Show when={props.type.kind === 'money'}>
              <span class="cb-currency" aria-hidden="true">{props.currency}</span>
            </Show>
            <Show when={props.hints && props.hints.length > 0}>
              <datalist id={`${id}-hints`}>
                <For each={props.hints}>{(h) => <option value={h} />}</For>
              </datalist>
            </Show>
          </span>
        }
      >
        <Match when={props.type.kind === 'enum' && props.type}>
          {(t) => (
            <select class="input" aria-label={props.label} aria-invalid={error() !== undefined} aria-describedby={described()} value={valueText(props.value)} onChange={(e) => onText(e.currentTarget.value)}>
              <Show when={!t().options.some((o) => o.value === props.value)}>
                <option value={valueText(props.value)}>{valueText(props.value) || 'Choose…'}</option>
              </Show>
              <For each={t().options}>{(o) => <option value={o.value}>{o.label}</option>}</For>
            </select>
          )}
        </Match>
        <Match when={props.type.kind === 'boolean'}>
          <select class="input" aria-label={props.label} value={valueText(props.value)} onChange={(e) => onText(e.currentTarget.value)}>
            <option value="true">yes</option>
            <option value="false">no</option>
          </select>
        </Match>
        <Match when={props.type.kind === 'date'}>
          <input class="input" type="date" aria-label={props.label} aria-invalid={error() !== undefined} aria-describedby={described()} value={valueText(props.value)} onInput={(e) => onText(e.currentTarget.value)} />
        </Match>
      </Switch>
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
