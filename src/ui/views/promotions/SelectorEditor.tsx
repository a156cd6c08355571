import { createMemo, createSignal, For, Show } from 'solid-js';
import { ProductSelectorSchema, type ProductSelector } from '../../../domain/selector.ts';
import type { Product } from '../../../domain/product.ts';
import { selectorMatches } from '../../../engine/eligibility/selection.ts';
import { getIn } from '../../schema-form/json-edit.ts';
import { fieldId, type WidgetProps } from '../../schema-form/form-context.ts';
import { FieldProblems } from '../../schema-form/FieldProblems.tsx';
import { SchemaField } from '../../schema-form/SchemaField.tsx';
import { useEditorCatalog } from './editor-catalog.ts';

const KINDS = [
  { kind: 'all', title: 'Every product' },
  { kind: 'products', title: 'Chosen products' },
  { kind: 'filter', title: 'Products matching a filter' },
  { kind: 'productsOrFilter', title: 'Chosen products and a filter' },
] as const;

const SHOWN = 8;

/**
 * A product selector: fixed picks searched in the catalog, a dynamic filter over product
 * attributes, or both — with a live count and list of the products it picks.
 */
export function SelectorEditor(props: WidgetProps) {
  const catalog = useEditorCatalog();
  const value = () => getIn(props.ctx.value(), props.path) as Record<string, unknown> | undefined;
  const kind = () => (typeof value()?.['kind'] === 'string' ? (value()!['kind'] as string) : 'all');
  const ids = () => ((value()?.['ids'] as string[] | undefined) ?? []).filter((x) => typeof x === 'string');
  const id = () => fieldId(props.ctx.idPrefix, props.path);
  const parsed = createMemo(() => {
    const r = ProductSelectorSchema.safeParse(value());
    return r.success ? (r.data as ProductSelector) : undefined;
  });
  const matching = createMemo(() => {
    const s = parsed();
    if (s === undefined) return undefined;
    return catalog().products.filter((p) => selectorMatches(s, p.id, p.attributes, catalog().currency));
  });
  const choose = (next: string) => {
    const filter = value()?.['filter'] ?? { kind: 'attr', attribute: 'category', op: 'eq', value: '' };
    if (next === 'all') props.ctx.set(props.path, { kind: 'all' });
    else if (next === 'products') props.ctx.set(props.path, { kind: 'products', ids: ids() });
    else if (next === 'filter') props.ctx.set(props.path, { kind: 'filter', filter });
    else props.ctx.set(props.path, { kind: 'productsOrFilter', ids: ids(), filter });
  };

  return (
    <fieldset class="sf-group" id={id()}>
      <legend>{props.label}</legend>
      <div class="sf-row">
        <label class="sf-label" for={`${id()}-kind`}>
          Which products
        </label>
        <select id={`${id()}-kind`} class="input" value={kind()} onChange={(e) => choose(e.currentTarget.value)}>
          <For each={KINDS}>{(k) => <option value={k.kind}>{k.title}</option>}</For>
        </select>
      </div>
      <Show when={kind() === 'products' || kind() === 'productsOrFilter'}>
        <ProductPicks
          id={`${id()}-search`}
          label={`${props.label}: add a product`}
          products={catalog().products}
          picked={ids()}
          onChange={(next) => props.ctx.set([...props.path, 'ids'], next)}
        />
        <FieldProblems problems={props.ctx.problemsAt([...props.path, 'ids'])} />
      </Show>
      <Show when={kind() === 'filter' || kind() === 'productsOrFilter'}>
        <SchemaField node={filterNode(props)} path={[...props.path, 'filter']} label="Filter" ctx={props.ctx} />
      </Show>
      <FieldProblems problems={props.ctx.problemsAt(props.path)} />
      <Show when={matching()} fallback={<p class="sf-help">Fix the selector to see which products it picks.</p>}>
        {(list) => (
          <details class="pe-matches">
            <summary>
              <strong>{list().length}</strong> of {catalog().products.length} products match
            </summary>
            <ul class="plain-list">
              <For each={list().slice(0, SHOWN)}>
                {(p) => (
                  <li>
                    {p.name} <code class="muted">{p.id}</code>
                  </li>
                )}
              </For>
              <Show when={list().length > SHOWN}>
                <li class="muted">and {list().length - SHOWN} more</li>
              </Show>
            </ul>
          </details>
        )}
      </Show>
    </fieldset>
  );
}

function filterNode(props: WidgetProps) {
  const n = props.node;
  if (n.kind !== 'union') throw new Error('ProductSelector is a union');
  const v = n.variants.find((x) => x.tag === 'filter')!.node;
  if (v.kind !== 'object') throw new Error('filter variant is an object');
  return v.fields.find((f) => f.name === 'filter')!.node;
}

/** Picked products as chips and a search box over the catalog (name or id). */
function ProductPicks(props: {
  readonly id: string;
  readonly label: string;
  readonly products: readonly Product[];
  readonly picked: readonly string[];
  readonly onChange: (ids: readonly string[]) => void;
}) {
  const [query, setQuery] = createSignal('');
  const names = createMemo(() => new Map(props.products.map((p) => [p.id, p.name])));
  const hits = createMemo(() => {
    const q = query().trim().toLowerCase();
    if (q === '') return [];
    return props.products.filter((p) => !props.picked.includes(p.id) && `${p.name} ${p.id}`.toLowerCase().includes(q)).slice(0, 8);
  });
  const add = (pid: string) => {
    props.onChange([...props.picked, pid]);
    setQuery('');
  };
  return (
    <div class="pe-picks">
      <ul class="chips" aria-label="Chosen products">
        <For each={props.picked}>
          {(pid) => (
            <li class="chip chip-value">
              {names().get(pid) ?? pid}
              <button type="button" class="chip-x" aria-label={`Remove ${names().get(pid) ?? pid}`} onClick={() => props.onChange(props.picked.filter((x) => x !== pid))}>
                ✕
              </button>
            </li>
          )}
        </For>
      </ul>
      <input
        id={props.id}
        class="input"
        type="search"
        aria-label={props.label}
        placeholder="Search the catalog by name or id…"
        value={query()}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            const first = hits()[0];
            if (first !== undefined) add(first.id);
          }
        }}
      />
      <Show when={hits().length > 0}>
        <ul class="pe-hits" aria-label="Matching products">
          <For each={hits()}>
            {(p) => (
              <li>
                <button type="button" class="link" onClick={() => add(p.id)}>
                  {p.name} <code class="muted">{p.id}</code>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
