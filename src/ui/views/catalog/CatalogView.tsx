import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Product } from '../../../domain/product.ts';
import type { Workspace } from '../../../storage/workspace-store.ts';
import { formatAmount } from '../../describe/format.ts';

const attr = (p: Product, key: string): string | undefined => {
  const v = p.attributes[key];
  return v === undefined ? undefined : Array.isArray(v) ? v.join(', ') : String(v);
};

function distinct(products: readonly Product[], key: string): string[] {
  const set = new Set<string>();
  for (const p of products) {
    const v = attr(p, key);
    if (v !== undefined && v !== '') set.add(v);
  }
  return [...set].sort((a, b) => a.localeCompare(b));
}

/** Attributes shown in their own columns; the rest are listed together. */
const OWN_COLUMNS = new Set(['category', 'brand']);

/** The catalog: every product with price, floor price and attributes, filtered by category and brand. */
export function CatalogView(props: { readonly workspace: Workspace }) {
  const [text, setText] = createSignal('');
  const [category, setCategory] = createSignal('');
  const [brand, setBrand] = createSignal('');
  const products = () => props.workspace.bundle.products;
  const categories = createMemo(() => distinct(products(), 'category'));
  const brands = createMemo(() => distinct(products(), 'brand'));
  const rows = createMemo(() => {
    const t = text().trim().toLowerCase();
    return products().filter(
      (p) =>
        (category() === '' || attr(p, 'category') === category()) &&
        (brand() === '' || attr(p, 'brand') === brand()) &&
        (t === '' || `${p.name} ${p.id}`.toLowerCase().includes(t)),
    );
  });
  const money = (a: string) => formatAmount(a, props.workspace.bundle.currency);
  const others = (p: Product) =>
    Object.entries(p.attributes)
      .filter(([k]) => !OWN_COLUMNS.has(k))
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);

  return (
    <section class="pane pane-full" aria-labelledby="catalog-title">
      <div class="pane-head">
        <h2 id="catalog-title">Catalog</h2>
        <span class="muted">
          {rows().length} of {products().length} products
        </span>
      </div>
      <div class="toolbar" role="search">
        <input type="search" class="input" placeholder="Filter by name or id…" aria-label="Filter products" value={text()} onInput={(e) => setText(e.currentTarget.value)} />
        <select class="input" aria-label="Category" value={category()} onChange={(e) => setCategory(e.currentTarget.value)}>
          <option value="">All categories</option>
          <For each={categories()}>{(c) => <option value={c}>{c}</option>}</For>
        </select>
        <select class="input" aria-label="Brand" value={brand()} onChange={(e) => setBrand(e.currentTarget.value)}>
          <option value="">All brands</option>
          <For each={brands()}>{(b) => <option value={b}>{b}</option>}</For>
        </select>
      </div>
      {/* Focusable so keyboard users can scroll the product list (it scrolls inside its frame). */}
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Products list">
        <table class="data-table" aria-label="Products">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">Category</th>
              <th scope="col">Brand</th>
              <th scope="col" class="num">Price</th>
              <th scope="col" class="num">Floor price</th>
              <th scope="col">Other attributes</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(p) => (
                <tr>
                  <td>
                    <div class="cell-title">{p.name}</div>
                    <div class="cell-sub">
                      <code>{p.id}</code>
                    </div>
                  </td>
                  <td>{attr(p, 'category') ?? <span class="muted">—</span>}</td>
                  <td>{attr(p, 'brand') ?? <span class="muted">—</span>}</td>
                  <td class="num">{money(p.price)}</td>
                  <td class="num">{p.floorPrice === undefined ? <span class="muted">—</span> : money(p.floorPrice)}</td>
                  <td class="cell-sub">{others(p).join(' · ')}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <Show when={rows().length === 0}>
          <p class="empty">No product matches the filters.</p>
        </Show>
      </div>
    </section>
  );
}
