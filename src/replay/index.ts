/**
 * Replay of an order history (docs/order-history.md, "Replay"): shard plan, the per-shard run,
 * exact mergeable reports and their CSV form.
 */
export * from './types.ts';
export { planShards, promotionWideState, shardOf } from './shards.ts';
export { replayShard } from './replay-shard.ts';
export { ledgerBefore, type LedgerBefore } from './ledger-before.ts';
export { ReplaySession, DEFAULT_TOP_N, type ReplaySessionOptions } from './replay-session.ts';
export { mergeReports } from './report-merge.ts';
export { readReport } from './report-read.ts';
export { ReplayReportSchema } from './report-schema.ts';
export { sortForReplay } from './order-key.ts';
export { reportToCsv, REPORT_CSV_COLUMNS } from './report-csv.ts';
export { ReplayWorkerCore } from './worker-core.ts';
export type { ReplayWorkerRequest, ReplayWorkerResponse } from './worker-protocol.ts';
