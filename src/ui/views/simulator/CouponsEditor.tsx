import { createSignal, For, Show } from 'solid-js';
import { FieldMessage } from './FieldMessage.tsx';

/**
 * Codes exactly as typed (case-sensitive, spaces count, so nothing is trimmed): Enter or "Add"
 * enters one, each chip removes its code.
 */
export function CouponsEditor(props: {
  readonly coupons: readonly string[];
  readonly problemOf: (code: string) => string | undefined;
  readonly onAdd: (code: string) => void;
  readonly onRemove: (code: string) => void;
}) {
  const [text, setText] = createSignal('');
  const [error, setError] = createSignal<string>();
  const add = () => {
    const problem = props.problemOf(text());
    setError(problem);
    if (problem !== undefined) return;
    props.onAdd(text());
    setText('');
  };
  return (
    <div class="field">
      <label class="field-label" for="sim-coupon">
        Coupon code
      </label>
      <Show when={props.coupons.length > 0}>
        <ul class="chip-list" aria-label="Entered coupon codes">
          <For each={props.coupons}>
            {(code) => (
              <li class="code-chip coupon-chip">
                <code class="pre">{code}</code>
                <button type="button" class="chip-remove" aria-label={`Remove coupon ${code}`} onClick={() => props.onRemove(code)}>
                  ✕
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <div class="inline-field">
        <input
          id="sim-coupon"
          class="input"
          autocomplete="off"
          spellcheck={false}
          placeholder="e.g. Summer10"
          aria-invalid={error() !== undefined}
          aria-describedby={error() === undefined ? 'sim-coupon-hint' : 'sim-coupon-err sim-coupon-hint'}
          value={text()}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setError(undefined);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" class="btn" onClick={add}>
          Add code
        </button>
      </div>
      <FieldMessage id="sim-coupon-err" message={error()} />
      <span id="sim-coupon-hint" class="field-hint">
        Matched exactly: case-sensitive, spaces count.
      </span>
    </div>
  );
}
