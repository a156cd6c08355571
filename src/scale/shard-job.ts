/**
 * Runs one shard job on a worker: reads the run's bundle and the job's orders as untrusted JSON
 * (another machine wrote them), validates both with the domain's one validator and schemas, and
 * replays the shard. Pure apart from the injected bundle lookup, so it is tested without Redis.
 */
import { hostname } from 'node:os';
import type { Bundle, Order, Problem, Result } from '../domain/index.ts';
import { OrderSchema } from '../domain/index.ts';
import { schemaProblems } from '../bundle/schema-problems.ts';
import { MAX_BUNDLE_BYTES, secureParse } from '../bundle/secure-parse.ts';
import { validateBundle } from '../bundle/validate.ts';
import { replayShard } from '../replay/replay-shard.ts';
import type { ReplayNote, ReplaySolver } from '../replay/types.ts';
import type { ShardJobData, ShardJobResult } from './queue-contract.ts';

/** `host:pid`: enough to tell workers apart in a run's summary. */
export const workerName = (): string => `${hostname()}:${process.pid}`;

/** Parses a run's stored bundle text once; workers cache the answer per run. */
export function readRunBundle(text: string | null, runId: string): Result<Bundle> {
  if (text === null) {
    return { ok: false, problems: [{ code: 'run-bundle-missing', severity: 'error', message: `run ${runId}: its bundle is not in Redis (expired or removed)` }] };
  }
  const json = secureParse(text, { maxBytes: MAX_BUNDLE_BYTES, what: `run ${runId} bundle` });
  return json.ok ? validateBundle(json.value) : json;
}

function readOrders(data: ShardJobData): Result<Order[]> {
  if (!Array.isArray(data.orders)) return { ok: false, problems: [{ code: 'bad-shard-job', severity: 'error', message: 'the job has no orders array', path: '$.orders' }] };
  const orders: Order[] = [];
  for (let i = 0; i < data.orders.length; i++) {
    const r = OrderSchema.safeParse(data.orders[i]);
    if (!r.success) {
      const raw = data.orders[i] as { id?: unknown } | null;
      const which = typeof raw?.id === 'string' ? `order ${JSON.stringify(raw.id)}` : `order #${i + 1} of the shard`;
      const problems = schemaProblems(r.error.issues, data.orders[i]).map((p): Problem => ({
        ...p,
        message: `${which}: ${p.message}`,
        path: `$.orders[${i}]${(p.path ?? '$').slice(1)}`,
      }));
      return { ok: false, problems };
    }
    orders.push(r.data);
  }
  return { ok: true, value: orders };
}

/**
 * @example await runShardJob(data, bundle, { name: 'wasm', solveLevel }) // { ok: true, value: { report, worker, … } }
 */
export async function runShardJob(data: ShardJobData, bundle: Bundle, solver: ReplaySolver, signal?: AbortSignal): Promise<Result<ShardJobResult>> {
  const orders = readOrders(data);
  if (!orders.ok) return orders;
  const started = performance.now();
  const replayed = await replayShard(bundle, orders.value, {
    solver,
    notes: data.notes as readonly ReplayNote[],
    sharding: data.sharding,
    ...(typeof data.topN === 'number' && Number.isInteger(data.topN) && data.topN >= 0 && data.topN <= 1000 ? { topN: data.topN } : {}),
    ...(signal === undefined ? {} : { signal }),
  });
  if (!replayed.ok) return replayed;
  return {
    ok: true,
    value: { report: replayed.value, worker: workerName(), orders: orders.value.length, elapsedMs: Math.round(performance.now() - started) },
  };
}
