import { createMemo, For, Show } from 'solid-js';
import type { Product } from '../../../domain/product.ts';
import { stepQuantity, type LineDraft } from '../../simulator/basket-draft.ts';
import { formatAmount } from '../../describe/format.ts';
import { FieldMessage } from './FieldMessage.tsx';
import { ProductPicker } from './ProductPicker.tsx';

export interface LinesEditorProps {
  readonly lines: readonly LineDraft[];
  readonly products: ReadonlyMap<string, Product>;
  readonly catalog: readonly Product[];
  readonly currency: string;
  readonly errors: Readonly<Record<string, string>>;
  readonly onAdd: (p: Product) => void;
  readonly onChange: (key: string, patch: { quantity?: string; customerPrice?: string }) => void;
  readonly onRemove: (key: string) => void;
}

/** The basket's lines: quantity stepper, catalog unit price, optional customer price, remove. */
export function LinesEditor(props: LinesEditorProps) {
  const nameOf = (l: LineDraft) => props.products.get(l.productId)?.name ?? `Unknown product ${l.productId}`;
  // Rows follow the lines' keys, not the line objects: an edit makes a new object, and a row made
  // again for it took the focus out of the field after the first key typed.
  const keys = createMemo(() => props.lines.map((l) => l.key));
  const byKey = createMemo(() => new Map(props.lines.map((l) => [l.key, l] as const)));
  return (
    <section class="sim-section" aria-labelledby="sim-lines-title">
      <h3 id="sim-lines-title">Lines</h3>
      <Show when={props.lines.length > 0} fallback={<p class="muted">The basket is empty. Add a product below.</p>}>
        <ul class="line-editor-list">
          <For each={keys()}>
            {(key) => {
              // A removed line's row may read once more before it goes: it keeps the line it showed.
              let shown = byKey().get(key)!;
              const l = () => (shown = byKey().get(key) ?? shown);
              const qErr = () => props.errors[`line:${key}:quantity`];
              const cErr = () => props.errors[`line:${key}:customerPrice`];
              const qId = `q-${key}`;
              const cId = `c-${key}`;
              return (
                <li class="line-editor">
                  <div class="line-editor-head">
                    <div>
                      <div class="cell-title">{nameOf(l())}</div>
                      <div class="cell-sub">
                        <code>{l().id}</code> · <code>{l().productId}</code> · {formatAmount(l().unitPrice, props.currency)} each
                        <Show when={l().rest.manualPrice}> · manual price</Show>
                      </div>
                    </div>
                    <button type="button" class="btn btn-ghost btn-icon" aria-label={`Remove ${nameOf(l())}`} title="Remove line" onClick={() => props.onRemove(key)}>
                      ✕
                    </button>
                  </div>
                  <div class="line-editor-fields">
                    <div class="field">
                      <span class="field-label" id={`${qId}-label`}>
                        Quantity
                      </span>
                      <div class="stepper">
                        <button type="button" class="btn btn-step" aria-label={`One less ${nameOf(l())}`} onClick={() => props.onChange(key, { quantity: stepQuantity(l().quantity, -1) })}>
                          −
                        </button>
                        <input
                          class="input input-qty"
                          inputmode="numeric"
                          aria-label={`Quantity of ${nameOf(l())}`}
                          aria-invalid={qErr() !== undefined}
                          aria-describedby={qErr() === undefined ? undefined : `${qId}-err`}
                          value={l().quantity}
                          onInput={(e) => props.onChange(key, { quantity: e.currentTarget.value })}
                          onKeyDown={(e) => {
                            if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
                              e.preventDefault();
                              props.onChange(key, { quantity: stepQuantity(l().quantity, e.key === 'ArrowUp' ? 1 : -1) });
                            }
                          }}
                        />
                        <button type="button" class="btn btn-step" aria-label={`One more ${nameOf(l())}`} onClick={() => props.onChange(key, { quantity: stepQuantity(l().quantity, 1) })}>
                          +
                        </button>
                      </div>
                      <FieldMessage id={`${qId}-err`} message={qErr()} />
                    </div>
                    <div class="field">
                      <label class="field-label" for={cId}>
                        Customer price
                      </label>
                      <input
                        id={cId}
                        class="input input-money"
                        inputmode="decimal"
                        placeholder="none"
                        aria-label={`Customer price of ${nameOf(l())}`}
                        aria-invalid={cErr() !== undefined}
                        aria-describedby={cErr() === undefined ? undefined : `${cId}-err`}
                        value={l().customerPrice}
                        onInput={(e) => props.onChange(key, { customerPrice: e.currentTarget.value })}
                      />
                      <FieldMessage id={`${cId}-err`} message={cErr()} />
                    </div>
                  </div>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
      <ProductPicker products={props.catalog} currency={props.currency} onPick={props.onAdd} />
    </section>
  );
}
