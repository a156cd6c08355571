import { For, Show } from 'solid-js';
import { countOf } from '../../../history/report-format.ts';
import type { ReplayNote, ReplayReport } from '../../../../replay/types.ts';
import { plural } from '../../../describe/format.ts';

/** A note that changes how the figures read is a warning; one that only says how the run went is information. */
const WARNINGS: ReadonlySet<ReplayNote['code']> = new Set(['approximated-promotion-wide-limits', 'orders-not-optimal', 'evaluation-failed']);

/** The report's own notes (approximated limits, orders not proven optimal, failures), each with its code. */
export function ReportNotes(props: { readonly report: ReplayReport; readonly name: (promotionId: string) => string }) {
  const warnings = () => props.report.notes.filter((n) => WARNINGS.has(n.code));
  const infos = () => props.report.notes.filter((n) => !WARNINGS.has(n.code));
  const item = (n: ReplayNote) => (
    <li data-note={n.code}>
      {n.message}
      <Show when={n.promotionIds !== undefined && n.promotionIds.length > 0}>
        <span class="muted"> ({n.promotionIds!.map(props.name).join(', ')})</span>
      </Show>
      <Show when={n.orders !== undefined}>
        <span class="muted"> · {countOf(n.orders!, 'order')}</span>
      </Show>{' '}
      <code class="code-chip">{n.code}</code>
    </li>
  );
  return (
    <Show when={props.report.notes.length > 0}>
      <section class="report-notes" aria-label="Notes on this report">
        <Show when={warnings().length > 0}>
          <div class="notice notice-warn" role="note">
            <ul class="plain-list">
              <For each={warnings()}>{item}</For>
            </ul>
          </div>
        </Show>
        <Show when={infos().length > 0}>
          <ul class="plain-list muted report-info-notes">
            <For each={infos()}>{item}</For>
          </ul>
        </Show>
      </section>
    </Show>
  );
}
