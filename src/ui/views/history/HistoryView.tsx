import { createEffect, createResource, createSignal, on, Show, untrack } from 'solid-js';
import { problem } from '../../../domain/problem.ts';
import { mergeReports } from '../../../replay/report-merge.ts';
import type { RunMeta } from '../../../storage/history-db-types.ts';
import type { Workspace } from '../../../storage/workspace-store.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { createHistoryImport } from '../../history/create-history-import.ts';
import { createReplayRun } from '../../history/create-replay-run.ts';
import { historyDb } from '../../history/history-db-client.ts';
import { makeOpenHistoryOrder } from '../../history/open-history-order.ts';
import { spawnImportWorker, spawnReplayWorker } from '../../history/spawn-history-workers.ts';
import { useCurrentBasket } from '../../state/create-current-basket.ts';
import { useWorkspace } from '../../state/workspace-context.ts';
import { bundleWithStoredCodes } from '../../../coupons/bundle-codes.ts';
import { sharedCouponStore } from '../../../storage/coupon-db-shared.ts';
import { useNavigation } from '../../state/create-view.ts';
import { HistoryDetail } from './HistoryDetail.tsx';
import { HistoryImportPanel } from './HistoryImportPanel.tsx';
import { HistoryList } from './HistoryList.tsx';
import './history.css';

/**
 * `#/history[/<history id>[/<run id>]]`: import order histories (left), replay the selected one
 * with the current workspace and read its runs (right). Histories and runs live in their own
 * IndexedDB database; imports and replays run in workers.
 */
export function HistoryView(props: { readonly workspace: Workspace }) {
  const nav = useNavigation();
  const current = useCurrentBasket();
  const [storageProblem, setStorageProblem] = createSignal<string>();
  const [listings, { refetch }] = createResource(async () => {
    try {
      return await (await historyDb()).list();
    } catch (e) {
      setStorageProblem(`The history database could not be opened (${e instanceof Error ? e.message : String(e)}); histories cannot be stored in this browser.`);
      return [];
    }
  });
  const route = () => nav.route();
  const selected = () => {
    const all = listings() ?? [];
    const id = route().id;
    return id === undefined ? all[0] : all.find((l) => l.history.id === id);
  };
  const run = (): RunMeta | undefined => {
    const l = selected();
    if (l === undefined) return undefined;
    const sub = route().sub;
    return sub === undefined ? l.runs[0] : l.runs.find((r) => r.id === sub);
  };

  // A link to a history that is gone (deleted in another tab, an old bookmark) falls back to the list.
  createEffect(
    on(listings, (all) => {
      const id = untrack(() => route().id);
      if (all !== undefined && id !== undefined && !all.some((l) => l.history.id === id)) nav.go({ view: 'history' }, { replace: true });
    }),
  );

  const bundle = () => props.workspace.bundle;
  const imp = createHistoryImport({
    spawn: spawnImportWorker,
    db: historyDb,
    workspace: () => ({ currency: bundle().currency, customers: bundle().customers }),
    onStored: (meta) => {
      void refetch();
      nav.go({ view: 'history', id: meta.id });
    },
  });
  const replay = createReplayRun({
    spawn: spawnReplayWorker,
    db: historyDb,
    merge: mergeReports,
    onStored: (r) => {
      void refetch();
      nav.go({ view: 'history', id: r.historyId, sub: r.id }, { replace: true });
    },
  });
  const ws = useWorkspace();
  /**
   * The workspace bundle as a replay runs it. Codes kept in the coupon store are not in the
   * workspace's JSON: the replay gets them inline, as an exported bundle carries them, so orders
   * entering them see the codes they would have.
   */
  const replayBundle = async (): Promise<{ readonly input: Record<string, unknown>; readonly revision: string }> => {
    const rec = props.workspace.snapshot.workspace;
    const id = ws.currentId();
    let withCodes = bundle();
    try {
      if (id !== undefined) withCodes = await bundleWithStoredCodes(bundle(), (await sharedCouponStore()).store, id);
    } catch {
      // No coupon store in this browser: the bundle's own codes are all there is.
    }
    const extra = withCodes.coupons.slice(bundle().coupons.length);
    const input = extra.length === 0 ? rec.input : { ...rec.input, coupons: [...((rec.input['coupons'] as unknown[] | undefined) ?? []), ...extra] };
    return { input, revision: rec.revision };
  };
  const openHistoryOrder = makeOpenHistoryOrder({
    findOrder: async (historyId, orderId) => (await historyDb()).findOrder(historyId, orderId),
    bundle,
    // One worker for the call: it reads the history, replays the orders before this one, and goes.
    ledgerBefore: async (historyId, orderId) => {
      const worker = spawnReplayWorker();
      try {
        const b = await replayBundle();
        return await worker.ledgerBefore({ historyId, bundle: b.input, bundleKey: b.revision, orderId });
      } catch (e) {
        return { ok: false, problems: [problem('replay-failed', `The orders before ${orderId} could not be replayed: ${e instanceof Error ? e.message : String(e)}`)] };
      } finally {
        worker.terminate();
      }
    },
    current,
    nav,
  });

  const startReplay = async () => {
    const l = selected();
    if (l === undefined) return;
    const b = await replayBundle();
    replay.start(l.history, { name: bundle().name, revision: b.revision, input: b.input, currency: bundle().currency });
  };
  const guard = async (what: string, op: () => Promise<void>) => {
    try {
      await op();
      setStorageProblem(undefined);
    } catch (e) {
      setStorageProblem(`${what} failed (${e instanceof Error ? e.message : String(e)}); nothing was changed.`);
    }
    void refetch();
  };
  const deleteHistory = () => {
    const l = selected();
    if (l === undefined) return;
    void guard(`Deleting ${l.history.name}`, async () => {
      await (await historyDb()).deleteHistory(l.history.id);
      nav.go({ view: 'history' }, { replace: true });
    });
  };
  const deleteRun = (r: RunMeta) =>
    void guard('Deleting the run', async () => {
      await (await historyDb()).deleteRun(r.id);
      if (route().sub === r.id) nav.go({ view: 'history', id: r.historyId }, { replace: true });
    });

  return (
    <div class="split split-history">
      <section class="pane pane-list" aria-labelledby="history-title">
        <div class="pane-head">
          <h2 id="history-title">History</h2>
          <span class="muted">{listings()?.length ?? 0} imported</span>
        </div>
        <Show when={storageProblem()}>
          {(text) => (
            <p class="notice notice-error" role="alert">
              {text()}
            </p>
          )}
        </Show>
        <HistoryImportPanel imp={imp} disabled={replay.running()} />
        <HistoryList listings={listings() ?? []} selectedId={selected()?.history.id} timeZone={bundle().timeZone} />
      </section>
      <section class="pane pane-detail" aria-labelledby="history-detail-title">
        <Show
          when={selected()}
          fallback={
            <EmptyState title="No order history yet">
              <p id="history-detail-title" class="muted">
                Import a file of past orders (or use the sample) to see what the current promotions would have cost on them.
              </p>
            </EmptyState>
          }
        >
          {(l) => (
            <HistoryDetail
              listing={l()}
              run={run()}
              replay={replay}
              timeZone={bundle().timeZone}
              replayBlocked={imp.busy() ? 'An import is running' : undefined}
              onReplay={() => void startReplay()}
              onDeleteHistory={deleteHistory}
              onDeleteRun={deleteRun}
              openHistoryOrder={openHistoryOrder}
              db={historyDb}
            />
          )}
        </Show>
      </section>
    </div>
  );
}
