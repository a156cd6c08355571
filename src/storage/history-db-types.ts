/**
 * What the History view keeps in its OWN IndexedDB database (`promo-workbench-history`), apart
 * from the workspace database: imported order histories and replay runs are large and have their
 * own life (a history outlives the workspace revision it was replayed with), and keeping them
 * apart means the workspace schema never changes for them.
 *
 * Big payloads (a history's orders, a run's per-order outcomes) are stored as JSON text in chunks
 * of a few thousand: one `JSON.parse` per chunk is cheaper than cloning as many small objects,
 * a bigint or decimal.js object can never slip in (JSON.stringify refuses the one and flattens the
 * other only through our own money strings), and a chunk is a unit of progress when reading.
 */
import type { HistoryCounts, HistoryFormat } from '../history/types.ts';
import type { ReplayReport, ReplaySolverName } from '../replay/types.ts';

/**
 * `staging`: being written (an import not yet agreed to, a run still running); never listed, and
 * swept when left behind (a closed tab). `ready` (histories) / `complete` (runs): written whole.
 */
export type HistoryStatus = 'staging' | 'ready';
export type RunStatus = 'staging' | 'complete';

/** An imported order history, without its orders. */
export interface HistoryMeta {
  readonly id: string;
  /** Shown in the list: the file's name, or "Sample order history". */
  readonly name: string;
  readonly format: HistoryFormat;
  /** The amounts were read in this currency's minor units (the workspace's at import time). */
  readonly currency: string;
  /** ISO instant of the import (staging: when it started). */
  readonly importedAt: string;
  readonly status: HistoryStatus;
  /** The reader's counts; `orders` is what was stored. */
  readonly counts: HistoryCounts;
  /** First and last order instant (ISO) of the stored orders; absent when no order was stored. */
  readonly firstAt?: string;
  readonly lastAt?: string;
  /** Chunks in `historyOrders` (0 … chunks − 1). */
  readonly chunks: number;
  /** File size in bytes, when known. */
  readonly bytes?: number;
}

/** Part of a history's orders: `json` is a JSON array of domain `Order`s (plain JSON, money as decimal strings). */
export interface OrderChunk {
  readonly historyId: string;
  readonly index: number;
  readonly count: number;
  readonly json: string;
}

/** The workspace a run replayed: its bundle as stored (input form), so a run can be re-read or re-run later. */
export interface RunBundle {
  readonly workspaceId?: string;
  readonly name: string;
  readonly revision: string;
  readonly input: unknown;
}

/** A replay run of one history with one bundle revision. */
export interface RunMeta {
  readonly id: string;
  readonly historyId: string;
  /** ISO instants. */
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly status: RunStatus;
  readonly bundle: RunBundle;
  /** The merged report (absent while staging). */
  readonly report?: ReplayReport;
  readonly solver?: ReplaySolverName;
  /** Workers that ran shards, and wall time of the run. */
  readonly workers?: number;
  readonly elapsedMs?: number;
  /** Chunks in `runOutcomes`, per shard (shard index → chunk count). */
  readonly outcomeChunks?: readonly number[];
}

/** Part of one shard's per-order outcomes: `json` is a JSON array of `OrderOutcome`. */
export interface OutcomeChunk {
  readonly runId: string;
  readonly shard: number;
  readonly index: number;
  readonly count: number;
  readonly json: string;
}

/** A history with its complete runs, newest first, for the list. */
export interface HistoryListing {
  readonly history: HistoryMeta;
  readonly runs: readonly RunMeta[];
}

export type { ReplaySolverName };
