/**
 * What one replay worker does (`workers/replay.worker.ts` only wires it): read a stored history
 * from the history database, plan its shards with replay-core's `planShards`, replay one shard
 * with `replayShard` and the worker's level solver, and write that shard's per-order outcomes
 * into the database as staged chunks of the run. The page gets back only the shard's partial
 * report (small) and progress about ten times a second, never the orders or outcomes.
 *
 * A worker keeps the history it read, the parsed bundle and the plan between calls: the pool
 * sends the plan call and then each shard to whichever worker is free, and every worker plans
 * the same way (planShards is deterministic), so a shard index means the same orders everywhere.
 * Replay-core's functions, the store and the solver are injected: tests run the job in Node.
 */
import { BundleSchema, problem, type Bundle, type Order, type Problem, type Result } from '../../domain/index.ts';
import { schemaProblems } from '../../bundle/schema-problems.ts';
import { ledgerBefore, type LedgerBefore } from '../../replay/ledger-before.ts';
import type { OrderOutcome, PlanShards, ReplayNote, ReplayReport, ReplayShard, ReplaySolver, ShardPlan } from '../../replay/types.ts';
import { makeChunker, OUTCOME_CHUNK } from '../../storage/history-db-chunks.ts';
import type { HistoryDb } from '../../storage/history-db.ts';

export interface PlanRequest {
  readonly historyId: string;
  /** The workspace bundle as stored (input form) and its revision (the cache key). */
  readonly bundle: unknown;
  readonly bundleKey: string;
  /** Shards wanted (the worker count). */
  readonly shards: number;
}

export interface ShardRequest extends PlanRequest {
  readonly runId: string;
  readonly shard: number;
}

/** The ledger one order of a stored history met (replay-core `ledgerBefore`). */
export interface LedgerRequest {
  readonly historyId: string;
  readonly bundle: unknown;
  readonly bundleKey: string;
  readonly orderId: string;
}

export interface PlanSummary {
  readonly kind: ShardPlan['kind'];
  /** Orders per shard, by shard index. */
  readonly orders: readonly number[];
  readonly notes: readonly ReplayNote[];
}

export interface ShardDone {
  readonly report: ReplayReport;
  /** Outcome chunks written for this shard. */
  readonly chunks: number;
}

export interface ReplayJobDeps {
  readonly planShards: PlanShards;
  readonly replayShard: ReplayShard;
  readonly solver: () => Promise<ReplaySolver>;
  readonly store: Pick<HistoryDb, 'readOrders' | 'putOutcomeChunk'>;
  readonly chunkSize?: number;
}

export interface ReplayJob {
  plan(request: PlanRequest): Promise<Result<PlanSummary>>;
  runShard(request: ShardRequest, onProgress?: (done: number) => void): Promise<Result<ShardDone>>;
  ledgerBefore(request: LedgerRequest): Promise<Result<LedgerBefore>>;
}

/** @example const job = makeReplayJob({ planShards, replayShard, solver, store }); await job.plan({ historyId, bundle, bundleKey, shards: 2 }) */
export function makeReplayJob(deps: ReplayJobDeps): ReplayJob {
  let history: { id: string; orders: Promise<readonly Order[]> } | undefined;
  let bundle: { key: string; value: Bundle } | undefined;
  let plan: { key: string; value: ShardPlan } | undefined;

  const ordersOf = (id: string): Promise<readonly Order[]> => {
    if (history?.id !== id) {
      const orders = deps.store.readOrders(id);
      // A failed read is not kept: the next call reads again.
      orders.catch(() => {
        if (history?.orders === orders) history = undefined;
      });
      history = { id, orders };
    }
    return history.orders;
  };

  const bundleOf = (input: unknown, key: string): Result<Bundle> => {
    if (bundle?.key === key) return { ok: true, value: bundle.value };
    const parsed = BundleSchema.safeParse(input);
    if (!parsed.success) {
      const problems: Problem[] = schemaProblems(parsed.error.issues, input).map((p) => ({ ...p, path: `$.bundle${(p.path ?? '$').slice(1)}` }));
      return { ok: false, problems };
    }
    bundle = { key, value: parsed.data };
    return { ok: true, value: parsed.data };
  };

  const planOf = async (request: PlanRequest): Promise<Result<{ bundle: Bundle; plan: ShardPlan }>> => {
    const b = bundleOf(request.bundle, request.bundleKey);
    if (!b.ok) return b;
    const key = `${request.historyId}\u0000${request.bundleKey}\u0000${request.shards}`;
    if (plan?.key !== key) {
      const orders = await ordersOf(request.historyId);
      if (orders.length === 0) return { ok: false, problems: [problem('history-missing', `The history ${request.historyId} has no stored orders (deleted?)`)] };
      plan = { key, value: deps.planShards(b.value, orders, { shards: Math.max(1, request.shards) }) };
    }
    return { ok: true, value: { bundle: b.value, plan: plan.value } };
  };

  const guarded = async <T>(what: string, run: () => Promise<Result<T>>): Promise<Result<T>> => {
    try {
      return await run();
    } catch (e) {
      // An exception is a bug or a refused write (quota): data for the page, never a lost promise.
      const err = e instanceof Error ? e : new Error(String(e));
      const code = err.name === 'QuotaExceededError' ? 'storage-quota-exceeded' : 'replay-failed';
      return { ok: false, problems: [problem(code, `${what} failed: ${err.message}`)] };
    }
  };

  return {
    plan: (request) =>
      guarded('Planning the replay', async () => {
        const p = await planOf(request);
        if (!p.ok) return p;
        return { ok: true, value: { kind: p.value.plan.kind, orders: p.value.plan.shards.map((s) => s.orders.length), notes: p.value.plan.notes } };
      }),

    runShard: (request, onProgress) =>
      guarded(`Replaying shard ${request.shard + 1}`, async () => {
        const p = await planOf(request);
        if (!p.ok) return p;
        const shard = p.value.plan.shards[request.shard];
        if (shard === undefined) return { ok: false, problems: [problem('replay-no-shard', `The plan has no shard ${request.shard + 1}`)] };
        const writes: Promise<void>[] = [];
        const chunker = makeChunker<OrderOutcome>(deps.chunkSize ?? OUTCOME_CHUNK, (index, count, json) => {
          const write = deps.store.putOutcomeChunk({ runId: request.runId, shard: request.shard, index, count, json });
          write.catch(() => undefined); // observed by Promise.all below
          writes.push(write);
        });
        const solver = await deps.solver();
        const result = await deps.replayShard(p.value.bundle, shard.orders, {
          solver,
          onOrder: (o) => chunker.add(o),
          ...(onProgress === undefined ? {} : { onProgress: (pr) => onProgress(pr.done) }),
          notes: p.value.plan.notes,
          sharding: { kind: p.value.plan.kind, shards: p.value.plan.shards.length },
        });
        const chunks = chunker.flush();
        await Promise.all(writes);
        if (!result.ok) return result;
        return { ok: true, value: { report: result.value, chunks } };
      }),

    ledgerBefore: (request) =>
      guarded(`Replaying the orders before ${request.orderId}`, async () => {
        const b = bundleOf(request.bundle, request.bundleKey);
        if (!b.ok) return b;
        const orders = await ordersOf(request.historyId);
        return ledgerBefore(b.value, orders, request.orderId, await deps.solver());
      }),
  };
}
