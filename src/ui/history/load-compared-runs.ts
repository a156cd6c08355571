/**
 * The two sides of a compare: two stored runs of one history with their per-order outcomes read
 * from the history database, the older run first ("before"). The sides have the shape report-ui's
 * `CompareView` takes (`{ label, report, outcomes }`).
 */
import { problem, type Result } from '../../domain/problem.ts';
import type { OrderOutcome, ReplayReport } from '../../replay/types.ts';
import type { RunMeta } from '../../storage/history-db-types.ts';
import type { HistoryDb } from '../../storage/history-db.ts';
import { formatInstant } from './history-words.ts';

export interface RunSide {
  readonly label: string;
  readonly report: ReplayReport;
  readonly outcomes: readonly OrderOutcome[];
  readonly run: RunMeta;
}

/** How a side is named. @example runLabel(run) // 'Sample workspace · rev 68a8e46 · 1 Dec 2026, 15:12' */
export const runLabel = (run: RunMeta): string => `${run.bundle.name} · rev ${run.bundle.revision.slice(0, 7)} · ${formatInstant(run.startedAt)}`;

/**
 * @example const r = await loadComparedRuns(db, [runA, runB]); if (r.ok) show(r.value.before, r.value.after)
 */
export async function loadComparedRuns(db: Pick<HistoryDb, 'readOutcomes'>, runs: readonly [RunMeta, RunMeta]): Promise<Result<{ before: RunSide; after: RunSide }>> {
  const [a, b] = [...runs].sort((x, y) => (x.startedAt < y.startedAt ? -1 : x.startedAt > y.startedAt ? 1 : x.id < y.id ? -1 : 1)) as [RunMeta, RunMeta];
  if (a.historyId !== b.historyId) return { ok: false, problems: [problem('compare-different-histories', 'Only two runs of the same history can be compared')] };
  if (a.report === undefined || b.report === undefined) return { ok: false, problems: [problem('compare-no-report', 'A run without a report cannot be compared')] };
  try {
    const [before, after] = await Promise.all([db.readOutcomes(a.id), db.readOutcomes(b.id)]);
    return {
      ok: true,
      value: { before: { label: runLabel(a), report: a.report, outcomes: before, run: a }, after: { label: runLabel(b), report: b.report, outcomes: after, run: b } },
    };
  } catch (e) {
    return { ok: false, problems: [problem('history-unreadable', `The runs' outcomes could not be read: ${e instanceof Error ? e.message : String(e)}`)] };
  }
}
