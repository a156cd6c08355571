/**
 * The whole scale-out path on a real Redis: two `promo worker` processes take the shards of a
 * history from a BullMQ queue, and the producer's merged report equals one process replaying the
 * whole history. Slow (worker processes start through the CLI), so one test covers the path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeSolver } from '../../src/wasm/node.ts';
import { planShards } from '../../src/replay/shards.ts';
import { runDistributed } from '../../src/scale/distributed-run.ts';
import { redisConnection, type RedisConnection } from '../../src/scale/redis-connection.ts';
import { figuresOnly, handMadeHistory, replayAll } from '../support/replay-factories.ts';
import { ensureNodeBuild } from '../support/node-build.ts';
import { startTestRedis, type TestRedis } from '../support/redis-server.ts';

const BIN = fileURLToPath(new URL('../../bin/promo.mjs', import.meta.url));
const QUEUE = `test-${randomUUID().slice(0, 8)}`;

let redis: TestRedis;
let connection: RedisConnection;
const workers: ChildProcess[] = [];

/** Starts `promo worker` and resolves once it says it is waiting for jobs. */
function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'worker', '--redis', url, '--queue', QUEUE], { stdio: ['ignore', 'ignore', 'pipe'] });
  workers.push(child);
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      if (err.includes('waiting for jobs')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`promo worker exited with ${code}:\n${err}`)));
  });
}

beforeAll(ensureNodeBuild, 300_000);

beforeAll(async () => {
  redis = await startTestRedis();
  const c = redisConnection(redis.url);
  if (!c.ok) throw new Error(c.problems[0]!.message);
  connection = c.value;
  await Promise.all([startWorker(redis.url), startWorker(redis.url)]);
}, 60_000);

afterAll(async () => {
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.exitCode !== null) return resolve();
          w.once('exit', () => resolve());
          w.kill('SIGTERM');
        }),
    ),
  );
  await redis?.stop();
}, 30_000);

describe('replay on a BullMQ queue with two worker processes', () => {
  it('merges the shard reports into the report of one whole run, and both workers took shards', async () => {
    const { bundle, orders } = handMadeHistory();
    const wasm = nodeSolver();
    // The workers run the WASM solver; the whole run here uses the same module.
    const whole = await replayAll(bundle, orders, { solver: { name: 'wasm', solveLevel: (input) => wasm.solveLevel(input) } });
    const progress: number[] = [];
    const run = await runDistributed({ connection, queue: QUEUE, bundle, plan: planShards(bundle, orders, { shards: 6 }), onProgress: (p) => progress.push(p.shardsDone) });
    if (!run.ok) throw new Error(JSON.stringify(run.problems));
    expect(run.value.plan.kind).toBe('byCustomer');
    expect(run.value.report.solver).toBe('wasm');
    expect(figuresOnly(run.value.report)).toEqual(figuresOnly(whole.report));
    expect(run.value.report.sharding).toEqual({ kind: 'byCustomer', shards: run.value.shards.length });
    expect(run.value.shards.reduce((n, s) => n + s.orders, 0)).toBe(orders.length);
    expect(new Set(run.value.shards.map((s) => s.worker)).size).toBe(2);
    expect(progress.at(-1)).toBe(run.value.shards.length);
  }, 120_000);

  it('a worker that receives a broken order fails the shard with its path, and nothing is merged', async () => {
    const { bundle, orders } = handMadeHistory();
    const broken = [{ ...orders[0]!, lines: [{ ...orders[0]!.lines[0]!, quantity: -1 }] }, ...orders.slice(1)];
    const run = await runDistributed({ connection, queue: QUEUE, bundle, plan: planShards(bundle, broken as typeof orders, { shards: 1 }) });
    expect(run.ok).toBe(false);
    if (!run.ok) {
      expect(run.problems[0]!.code).toBe('shard-failed');
      expect(run.problems[0]!.message).toContain(`order ${JSON.stringify(orders[0]!.id)}`);
      expect(run.problems[0]!.message).toMatch(/lines\[0\]\.quantity/);
    }
  }, 120_000);
});
