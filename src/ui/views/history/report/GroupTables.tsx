import { Tabs } from '@kobalte/core/tabs';
import { For } from 'solid-js';
import type { GroupFigures, ReplayReport } from '../../../../replay/types.ts';
import { groupLabel, reportMoney, reportPercent } from '../../../history/report-format.ts';

type GroupKind = 'outlet' | 'channel' | 'day';

const TABS: readonly { readonly kind: GroupKind; readonly label: string; readonly head: string }[] = [
  { kind: 'outlet', label: 'Per outlet', head: 'Outlet' },
  { kind: 'channel', label: 'Per channel', head: 'Channel' },
  { kind: 'day', label: 'Per day', head: 'Day' },
];

function GroupTable(props: { readonly kind: GroupKind; readonly head: string; readonly rows: readonly GroupFigures[]; readonly currency: string }) {
  const money = (a: string) => reportMoney(a, props.currency);
  return (
    <div class="table-scroll report-table-tall">
      <table class="data-table" aria-label={`${props.head}s`}>
        <thead>
          <tr>
            <th scope="col" class="grow">
              {props.head}
            </th>
            <th scope="col" class="num">Orders</th>
            <th scope="col" class="num">With saving</th>
            <th scope="col" class="num">Gross</th>
            <th scope="col" class="num">Saving</th>
            <th scope="col" class="num">Net</th>
            <th scope="col" class="num">Saving rate</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(g) => (
              <tr data-group={g.key}>
                <th scope="row">{groupLabel(props.kind, g.key)}</th>
                <td class="num">{g.orders}</td>
                <td class="num">{g.ordersWithSaving}</td>
                <td class="num">{money(g.gross)}</td>
                <td class="num">{money(g.saving)}</td>
                <td class="num">{money(g.net)}</td>
                <td class="num">{reportPercent(g.savingRate)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

/** The same figures grouped by outlet, channel or local day, one tab each. */
export function GroupTables(props: { readonly report: ReplayReport; readonly currency: string }) {
  const rows = (kind: GroupKind) => (kind === 'outlet' ? props.report.byOutlet : kind === 'channel' ? props.report.byChannel : props.report.byDay);
  return (
    <section class="report-section" aria-labelledby="report-groups-title">
      <h3 id="report-groups-title">Per outlet, channel and day</h3>
      <Tabs class="report-tabs" defaultValue="outlet">
        <Tabs.List class="report-tab-list" aria-label="Group the figures by">
          <For each={TABS}>
            {(t) => (
              <Tabs.Trigger class="report-tab" value={t.kind}>
                {t.label}
              </Tabs.Trigger>
            )}
          </For>
        </Tabs.List>
        <For each={TABS}>
          {(t) => (
            <Tabs.Content class="report-tab-panel" value={t.kind}>
              <GroupTable kind={t.kind} head={t.head} rows={rows(t.kind)} currency={props.currency} />
            </Tabs.Content>
          )}
        </For>
      </Tabs>
    </section>
  );
}
