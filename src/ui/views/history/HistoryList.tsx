import { For, Show } from 'solid-js';
import type { HistoryListing } from '../../../storage/history-db-types.ts';
import { formatRoute } from '../../state/route.ts';
import { formatInstant, periodOf } from '../../history/history-words.ts';

/** The imported histories, newest first: a link each (the hash holds the selection, so reload keeps it). */
export function HistoryList(props: { readonly listings: readonly HistoryListing[]; readonly selectedId: string | undefined; readonly timeZone: string }) {
  return (
    <Show when={props.listings.length > 0} fallback={<p class="muted">No history imported yet.</p>}>
      <ul class="history-list" aria-label="Imported histories">
        <For each={props.listings}>
          {(l) => (
            <li>
              <a
                class="history-item"
                href={formatRoute({ view: 'history', id: l.history.id })}
                aria-current={props.selectedId === l.history.id ? 'true' : undefined}
              >
                <span class="history-item-name">{l.history.name}</span>
                <span class="history-item-sub">
                  {l.history.counts.orders.toLocaleString('en-US')} orders · {periodOf(l.history, props.timeZone)}
                </span>
                <span class="history-item-sub">
                  imported {formatInstant(l.history.importedAt)} · {l.runs.length === 1 ? '1 run' : `${l.runs.length} runs`}
                </span>
              </a>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
