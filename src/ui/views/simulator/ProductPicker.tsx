import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import type { Product } from '../../../domain/product.ts';
import { searchProducts } from '../../simulator/product-search.ts';
import { formatAmount } from '../../describe/format.ts';

/**
 * A searchable product picker (ARIA combobox): type to filter the catalog, ArrowUp/ArrowDown to
 * move, Enter or click to add; Escape closes the list. Focus stays in the field for the next pick.
 */
export function ProductPicker(props: { readonly products: readonly Product[]; readonly currency: string; readonly onPick: (p: Product) => void }) {
  const id = createUniqueId();
  const [query, setQuery] = createSignal('');
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(0);
  const matches = createMemo(() => searchProducts(props.products, query()));
  const optionId = (i: number) => `${id}-opt-${i}`;
  const pick = (p: Product | undefined) => {
    if (p === undefined) return;
    props.onPick(p);
    setQuery('');
    setActive(0);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const n = matches().length;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open()) setOpen(true);
      else setActive((a) => (n === 0 ? 0 : (a + 1) % n));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (n === 0 ? 0 : (a - 1 + n) % n));
    } else if (e.key === 'Enter') {
      if (open() && n > 0) {
        e.preventDefault();
        pick(matches()[Math.min(active(), n - 1)]);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  return (
    <div class="picker">
      <label for={`${id}-input`} class="field-label">
        Add product
      </label>
      <input
        id={`${id}-input`}
        class="input"
        type="search"
        role="combobox"
        autocomplete="off"
        placeholder="Search the catalog by name, id, brand…"
        aria-autocomplete="list"
        aria-expanded={open() && matches().length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={open() && matches().length > 0 ? optionId(active()) : undefined}
        value={query()}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(query() !== '')}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <Show when={open() && matches().length > 0}>
        <ul id={`${id}-list`} class="picker-list" role="listbox" aria-label="Matching products">
          <For each={matches()}>
            {(p, i) => (
              <li
                id={optionId(i())}
                role="option"
                class="picker-option"
                aria-selected={i() === active()}
                // mousedown, not click: the field must not lose focus (which closes the list) first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(p);
                }}
                onMouseEnter={() => setActive(i())}
              >
                <span class="picker-name">{p.name}</span>
                <span class="picker-meta">
                  <code>{p.id}</code> {formatAmount(p.price, props.currency)}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={open() && query() !== '' && matches().length === 0}>
        <p class="muted picker-none">No product matches “{query()}”.</p>
      </Show>
    </div>
  );
}
