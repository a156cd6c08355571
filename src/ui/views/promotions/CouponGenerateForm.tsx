import { createSignal, For, Show } from 'solid-js';
import { checkCodeSpec, DEFAULT_ALPHABET, type CodeSpec } from '../../promotions/coupon-codes.ts';
import type { GenerateOutcome } from '../../../storage/coupon-db-types.ts';

/**
 * N random codes (prefix + random part of a chosen length and alphabet) added to the promotion's
 * codes in the coupon store; the store draws again any code that is already taken, so none repeats.
 */
export function CouponGenerateForm(props: { readonly taken: number; readonly generate: (spec: CodeSpec) => Promise<GenerateOutcome> }) {
  const [spec, setSpec] = createSignal<CodeSpec>({ count: 10, prefix: '', length: 8, alphabet: DEFAULT_ALPHABET });
  const [message, setMessage] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const problems = () => checkCodeSpec(spec(), props.taken);
  const problemOf = (field: keyof CodeSpec) => problems().find((p) => p.field === field)?.message;
  const patch = (p: Partial<CodeSpec>) => setSpec({ ...spec(), ...p });
  const generate = async () => {
    if (problems().length > 0 || busy()) return;
    setBusy(true);
    try {
      const r = await props.generate(spec());
      setMessage(r.ok ? `Added ${r.value.length.toLocaleString('en')} codes.` : r.problems.map((p) => p.message).join('; '));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div class="pe-codes-form">
        <label>
          How many
          <input class="input" inputMode="numeric" value={spec().count} onInput={(e) => patch({ count: Number(e.currentTarget.value) })} aria-invalid={problemOf('count') !== undefined} />
        </label>
        <label>
          Prefix
          <input class="input" value={spec().prefix} onInput={(e) => patch({ prefix: e.currentTarget.value })} />
        </label>
        <label>
          Random length
          <input class="input" inputMode="numeric" value={spec().length} onInput={(e) => patch({ length: Number(e.currentTarget.value) })} aria-invalid={problemOf('length') !== undefined} />
        </label>
        <label class="pe-codes-alphabet">
          Alphabet
          <input class="input mono" value={spec().alphabet} onInput={(e) => patch({ alphabet: e.currentTarget.value })} aria-invalid={problemOf('alphabet') !== undefined} />
        </label>
        <button type="button" class="btn" disabled={problems().length > 0 || busy()} onClick={() => void generate()}>
          Generate codes
        </button>
      </div>
      <For each={problems()}>{(p) => <p class="sf-problem">{p.message}</p>}</For>
      <Show when={message()}>{(m) => <p role="status">{m()}</p>}</Show>
    </>
  );
}
