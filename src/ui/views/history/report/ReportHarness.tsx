import { createResource, createSignal, Show } from 'solid-js';
import type { Bundle } from '../../../../domain/index.ts';
import { replayShard } from '../../../../replay/replay-shard.ts';
import { planShards } from '../../../../replay/shards.ts';
import type { OrderOutcome, ReplayReport } from '../../../../replay/types.ts';
import type { Workspace } from '../../../../storage/workspace-store.ts';
import { harnessHistory } from '../../../history/harness-history.ts';
import { ProblemList } from '../../../components/ProblemList.tsx';
import { CompareView } from '../compare/CompareView.tsx';
import { ReportView } from './ReportView.tsx';

interface HarnessRun {
  readonly label: string;
  readonly report: ReplayReport;
  readonly outcomes: readonly OrderOutcome[];
}

/** One shard, as the History view would plan it on one worker: the plan's notes go into the report. */
async function run(label: string, bundle: Bundle, orders: Parameters<typeof replayShard>[1]) {
  const outcomes: OrderOutcome[] = [];
  const plan = planShards(bundle, orders);
  const r = await replayShard(bundle, plan.shards.flatMap((s) => s.orders), {
    solver: { name: 'reference' },
    notes: plan.notes,
    sharding: { kind: plan.kind, shards: 1 },
    onOrder: (o) => outcomes.push(o),
  });
  return r.ok ? { ok: true as const, value: { label, report: r.value, outcomes } satisfies HarnessRun } : r;
}

/** The bundle with its most saving promotion switched off: an edit whose effect the compare view shows. */
function withoutTop(bundle: Bundle, report: ReplayReport): { readonly bundle: Bundle; readonly name: string } {
  const top = [...report.promotions].sort((a, b) => b.orders - a.orders)[0];
  if (top === undefined) return { bundle, name: 'nothing' };
  return { bundle: { ...bundle, promotions: bundle.promotions.map((p) => (p.id === top.promotionId ? { ...p, status: 'inactive' as const } : p)) }, name: top.name };
}

/**
 * A development page (`#/dev/report`, not in the navigation): the open workspace's saved baskets
 * become a small history (`harnessHistory`), replayed with the reference solver under the saved
 * rules and with the promotion applied to most orders switched off; the report of the first run
 * and the comparison of both are shown. Opening an order only says which one was asked for: the
 * History view wires it to the simulator.
 */
export function ReportHarness(props: { readonly workspace: Workspace }) {
  const [opened, setOpened] = createSignal('');
  const [runs] = createResource(
    () => props.workspace,
    async (w) => {
      const baskets = w.snapshot.baskets.map((b) => ({ id: b.id, order: b.basket['order'] }));
      const orders = harnessHistory(baskets, (w.bundle.customers ?? []).map((c) => c.id));
      const before = await run('Saved rules', w.bundle, orders);
      if (!before.ok) return before;
      const edit = withoutTop(w.bundle, before.value.report);
      const after = await run(`Without ${edit.name}`, edit.bundle, orders);
      return after.ok ? { ok: true as const, value: { before: before.value, after: after.value } } : after;
    },
  );
  const value = () => {
    const x = runs();
    return x?.ok ? x.value : undefined;
  };
  const problems = () => {
    const x = runs();
    return x !== undefined && !x.ok ? x.problems : [];
  };
  const open = (historyId: string, orderId: string) => {
    setOpened(`Open order ${orderId} of history ${historyId}`);
  };
  return (
    <section class="pane pane-full report-harness" aria-label="Report and compare (development)">
      <p class="muted" role="status" data-opened={opened()}>
        {runs.loading ? 'Replaying the saved baskets as a history…' : opened() || 'Replayed the saved baskets as a six-week history.'}
      </p>
      <Show when={problems().length > 0}>
        <ProblemList problems={problems()} label="Replay problems" />
      </Show>
      <Show when={value()}>
        {(v) => (
          <>
            <ReportView report={v().before.report} title="Report · saved rules" historyId="harness" openHistoryOrder={open} />
            <CompareView before={v().before} after={v().after} historyId="harness" openHistoryOrder={open} />
          </>
        )}
      </Show>
    </section>
  );
}
