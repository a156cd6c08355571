import { createSignal, For } from 'solid-js';

/**
 * A list of short texts as removable chips; Enter or comma adds what is typed, Backspace on an
 * empty input removes the last chip.
 */
export function ChipsInput(props: {
  readonly id: string;
  readonly labelledBy: string;
  readonly values: readonly string[];
  readonly onChange: (next: readonly string[]) => void;
  readonly placeholder?: string;
}) {
  const [draft, setDraft] = createSignal('');
  const add = () => {
    const parts = draft().split(',').map((s) => s.trim()).filter((s) => s !== '' && !props.values.includes(s));
    if (parts.length > 0) props.onChange([...props.values, ...parts]);
    setDraft('');
  };
  return (
    <div class="chips-input">
      <ul class="chips" aria-labelledby={props.labelledBy}>
        <For each={props.values}>
          {(v, i) => (
            <li class="chip chip-value">
              {v}
              <button type="button" class="chip-x" aria-label={`Remove ${v}`} onClick={() => props.onChange(props.values.filter((_, j) => j !== i()))}>
                ✕
              </button>
            </li>
          )}
        </For>
      </ul>
      <input
        id={props.id}
        class="input"
        aria-labelledby={props.labelledBy}
        placeholder={props.placeholder ?? 'Type and press Enter'}
        value={draft()}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add();
          } else if (e.key === 'Backspace' && draft() === '' && props.values.length > 0) {
            props.onChange(props.values.slice(0, -1));
          }
        }}
        onBlur={add}
      />
    </div>
  );
}
