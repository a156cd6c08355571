import { createMemo, createSignal, Show } from 'solid-js';
import type { Workspace } from '../../../storage/workspace-store.ts';
import { SelectableTable } from '../../components/SelectableTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatDateTime } from '../../describe/format.ts';
import { BasketDetail } from './BasketDetail.tsx';

/** Saved baskets: the list and the selected basket's lines, customer, coupons and expectation. */
export function BasketsView(props: { readonly workspace: Workspace }) {
  const [selected, setSelected] = createSignal<string>();
  const current = createMemo(() => props.workspace.baskets.find((b) => b.id === selected()));
  let detail: HTMLElement | undefined;
  return (
    <div class="split">
      <section class="pane pane-list" aria-labelledby="baskets-title">
        <div class="pane-head">
          <h2 id="baskets-title">Baskets</h2>
          <span class="muted">{props.workspace.baskets.length} saved</span>
        </div>
        <SelectableTable
          label="Saved baskets"
          items={props.workspace.baskets}
          keyOf={(b) => b.id}
          selected={selected()}
          onSelect={setSelected}
          onActivate={() => detail?.focus()}
          empty="No saved baskets in this workspace."
          head={
            <>
              <th scope="col" class="grow">Basket</th>
              <th scope="col" class="num">Lines</th>
              <th scope="col" class="fit">Customer</th>
              <th scope="col" class="fit">When</th>
            </>
          }
          row={(b) => (
            <>
              <td>
                <div class="cell-title">{b.name}</div>
                <Show when={b.description}>
                  <div class="cell-sub clamp-2" title={b.description}>
                    {b.description}
                  </div>
                </Show>
              </td>
              <td class="num">{b.order.lines.length}</td>
              <td class="fit">{b.order.customer?.name ?? b.order.customer?.id ?? <span class="muted">—</span>}</td>
              <td class="fit nowrap">{formatDateTime(b.order.at.slice(0, 16))}</td>
            </>
          )}
        />
      </section>
      <section class="pane pane-detail" aria-label="Basket details" tabIndex={-1} ref={detail}>
        <Show when={current()} fallback={<EmptyState title="Select a basket to see its lines." />}>
          {(b) => <BasketDetail basket={b()} bundle={props.workspace.bundle} />}
        </Show>
      </section>
    </div>
  );
}
