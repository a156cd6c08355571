import { createMemo, createSignal, For, Show } from 'solid-js';
import { concurrencyOf, STATUSES, type Promotion } from '../../../domain/promotion.ts';
import type { Workspace } from '../../../storage/workspace-store.ts';
import { makeDescribeContext } from '../../describe/context.ts';
import { concurrencyInWords } from '../../describe/describe-promotion.ts';
import { ruleKindInWords } from '../../describe/describe-rule.ts';
import { triggerKindInWords } from '../../describe/describe-trigger.ts';
import { useNavigation } from '../../state/create-view.ts';
import { SelectableTable } from '../../components/SelectableTable.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PromotionDetail } from './PromotionDetail.tsx';

type StatusFilter = Promotion['status'] | 'all';

function matches(p: Promotion, text: string): boolean {
  if (text === '') return true;
  const hay = `${p.name} ${p.label ?? ''} ${p.id} ${p.group ?? ''} ${ruleKindInWords(p.rule.kind)}`.toLowerCase();
  return text.toLowerCase().split(/\s+/).every((word) => hay.includes(word));
}

/** Promotions: a filterable table and the selected promotion described in words. */
export function PromotionsView(props: { readonly workspace: Workspace }) {
  const [text, setText] = createSignal('');
  const [status, setStatus] = createSignal<StatusFilter>('all');
  const nav = useNavigation(); // the selection lives in the hash: `#/promotions/<id>`
  const selected = () => (nav.route().view === 'promotions' ? nav.route().id : undefined);
  const setSelected = (id: string) => nav.go({ view: 'promotions', id }, { replace: true });
  const ctx = createMemo(() => makeDescribeContext(props.workspace.bundle));
  const rows = createMemo(() =>
    props.workspace.bundle.promotions.filter((p) => (status() === 'all' || p.status === status()) && matches(p, text().trim())),
  );
  const current = createMemo(() => props.workspace.bundle.promotions.find((p) => p.id === selected()));
  let detail: HTMLElement | undefined;

  return (
    <div class="split">
      <section class="pane pane-list" aria-labelledby="promotions-title">
        <div class="pane-head">
          <h2 id="promotions-title">Promotions</h2>
          <span class="muted">
            {rows().length} of {props.workspace.bundle.promotions.length}
          </span>
        </div>
        <div class="toolbar" role="search">
          <input
            type="search"
            class="input"
            placeholder="Filter by name, label, id, kind…"
            aria-label="Filter promotions"
            value={text()}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <select class="input" aria-label="Status" value={status()} onChange={(e) => setStatus(e.currentTarget.value as StatusFilter)}>
            <option value="all">All statuses</option>
            <For each={STATUSES}>{(s) => <option value={s}>{s[0]!.toUpperCase() + s.slice(1)}</option>}</For>
          </select>
        </div>
        <SelectableTable
          label="Promotions"
          items={rows()}
          keyOf={(p) => p.id}
          selected={selected()}
          onSelect={setSelected}
          onActivate={() => detail?.focus()}
          empty="No promotion matches the filter."
          head={
            <>
              <th scope="col" class="grow">Name</th>
              <th scope="col" class="fit">Status</th>
              <th scope="col" class="fit">Trigger</th>
              <th scope="col" class="fit">Rule</th>
              <th scope="col" class="num">Priority</th>
              <th scope="col" class="fit">Combines</th>
            </>
          }
          row={(p) => (
            <>
              <td>
                <div class="cell-title">{p.name}</div>
                <Show when={p.label}>
                  <div class="cell-sub clamp-1" title={p.label}>
                    {p.label}
                  </div>
                </Show>
              </td>
              <td class="fit">
                <StatusChip status={p.status} />
              </td>
              <td class="fit">{triggerKindInWords(p.trigger)}</td>
              <td class="fit">{ruleKindInWords(p.rule.kind)}</td>
              <td class="num">{p.priority}</td>
              <td class="fit">{concurrencyInWords(concurrencyOf(p))}</td>
            </>
          )}
        />
      </section>
      <section class="pane pane-detail" aria-label="Promotion details" tabIndex={-1} ref={detail}>
        <Show when={current()} fallback={<EmptyState title="Select a promotion to read what it does." />}>
          {(p) => <PromotionDetail promotion={p()} context={ctx()} />}
        </Show>
      </section>
    </div>
  );
}
