import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Workspace } from '../../../storage/workspace-store.ts';
import { checkCodeSpec, DEFAULT_ALPHABET, generateCodes, type CodeSpec } from '../../promotions/coupon-codes.ts';

const SHOWN = 12;

/**
 * The codes of a coupon-triggered promotion and a generator for more. Codes live in the bundle's
 * coupon list, so generating is its own saved, undoable workspace change, for a saved promotion.
 */
export function CouponCodesPanel(props: {
  readonly workspace: Workspace;
  readonly promotion: unknown;
  readonly onAddCodes?: (codes: readonly string[]) => Promise<string | undefined>;
}) {
  const draft = () => props.promotion as Record<string, unknown> | undefined;
  const triggerKind = () => (draft()?.['trigger'] as { kind?: string } | undefined)?.kind;
  const id = () => draft()?.['id'] as string | undefined;
  const saved = () => props.workspace.bundle.promotions.some((p) => p.id === id());
  const codes = createMemo(() => props.workspace.bundle.coupons.filter((c) => c.promotionId === id()));
  const [spec, setSpec] = createSignal<CodeSpec>({ count: 10, prefix: '', length: 8, alphabet: DEFAULT_ALPHABET });
  const problems = () => checkCodeSpec(spec(), props.workspace.bundle.coupons.length);
  const [message, setMessage] = createSignal<string>();
  const patch = (p: Partial<CodeSpec>) => setSpec({ ...spec(), ...p });
  const generate = async () => {
    if (problems().length > 0 || props.onAddCodes === undefined) return;
    const fresh = generateCodes(spec(), new Set(props.workspace.bundle.coupons.map((c) => c.code)));
    const failed = await props.onAddCodes(fresh);
    setMessage(failed ?? `Added ${fresh.length} codes.`);
  };
  const problemOf = (field: keyof CodeSpec) => problems().find((p) => p.field === field)?.message;

  return (
    <Show when={triggerKind() === 'coupon' || triggerKind() === 'generatedCoupon'}>
      <section class="card pe-codes" aria-labelledby="pe-codes-title">
        <h4 id="pe-codes-title">Coupon codes ({codes().length})</h4>
        <Show when={codes().length > 0} fallback={<p class="muted">No codes yet: without one the promotion never applies.</p>}>
          <ul class="chips" aria-label="Codes">
            <For each={codes().slice(0, SHOWN)}>{(c) => <li class="chip chip-value mono">{c.code}</li>}</For>
            <Show when={codes().length > SHOWN}>
              <li class="muted">and {codes().length - SHOWN} more</li>
            </Show>
          </ul>
        </Show>
        <Show when={saved()} fallback={<p class="sf-help">Save the promotion first; then generate its codes here.</p>}>
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
            <button type="button" class="btn" disabled={problems().length > 0} onClick={() => void generate()}>
              Generate codes
            </button>
          </div>
          <For each={problems()}>{(p) => <p class="sf-problem">{p.message}</p>}</For>
          <Show when={message()}>{(m) => <p role="status">{m()}</p>}</Show>
        </Show>
      </section>
    </Show>
  );
}
