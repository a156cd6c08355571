import { Show, createEffect, createSignal, createUniqueId, on } from 'solid-js';
import { secureParse } from '../../bundle/secure-parse.ts';
import { jsonSyntaxError } from './json-error.ts';

/** Largest JSON text of one condition tree accepted from the JSON view. */
const MAX_JSON_BYTES = 1_000_000;

const show = (value: unknown): string => (value === undefined ? '' : JSON.stringify(value, null, 2));

/**
 * The same tree as JSON, editable: each edit that parses replaces the tree; one that does not
 * shows where and why, and the tree keeps its last valid value until the text parses again.
 * Edits from the tree rewrite the text, except the value this view just produced (the text an
 * analyst is typing is never reformatted under the cursor). An empty text means no conditions.
 */
export function JsonPanel(props: { readonly value: unknown; readonly label: string; readonly onChange: (next: unknown) => void }) {
  const id = createUniqueId();
  const [text, setText] = createSignal(show(props.value));
  const [error, setError] = createSignal<string>();
  let emitted: { readonly value: unknown } | undefined;

  createEffect(
    on(
      () => props.value,
      (value) => {
        if (emitted !== undefined && emitted.value === value) return;
        emitted = undefined;
        setText(show(value));
        setError(undefined);
      },
      { defer: true },
    ),
  );

  const onInput = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setError(undefined);
      emitted = { value: undefined };
      props.onChange(undefined);
      return;
    }
    // The scanner says where the text breaks (browsers' messages do not always); secureParse
    // then guards size, depth and prototype keys as for a bundle file.
    const syntax = jsonSyntaxError(next);
    if (syntax !== undefined) {
      setError(`Not valid JSON at line ${syntax.line}, column ${syntax.column}: ${syntax.reason}`);
      return;
    }
    const parsed = secureParse(next, { maxBytes: MAX_JSON_BYTES });
    if (!parsed.ok) {
      setError(parsed.problems.map((p) => p.message).join('; '));
      return;
    }
    setError(undefined);
    emitted = { value: parsed.value };
    props.onChange(parsed.value);
  };

  return (
    <details class="cb-json">
      <summary>JSON</summary>
      <label class="cb-json-label" for={`${id}-text`}>
        {props.label} as JSON
      </label>
      <Show when={error()}>
        {(message) => (
          <p class="cb-json-error" id={`${id}-error`} role="status">
            {message()}. The tree keeps its last valid value until the JSON parses.
          </p>
        )}
      </Show>
      <textarea
        id={`${id}-text`}
        class="cb-json-text"
        spellcheck={false}
        rows={12}
        aria-invalid={error() !== undefined}
        aria-describedby={error() === undefined ? undefined : `${id}-error`}
        value={text()}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </details>
  );
}
