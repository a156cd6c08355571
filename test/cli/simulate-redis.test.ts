/**
 * `promo simulate --redis`: the command's queue path end to end on a real Redis, with two shard
 * workers in this process (the worker processes themselves are tested in test/scale).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command } from '../../src/cli/commands/simulate.ts';
import type { ReplayReport } from '../../src/replay/index.ts';
import { redisConnection } from '../../src/scale/redis-connection.ts';
import { startShardWorker, type ShardWorker } from '../../src/scale/shard-worker.ts';
import { realFileIO, tempFiles } from '../support/cli-files.ts';
import { startTestRedis, type TestRedis } from '../support/redis-server.ts';
import { handMadeHistory } from '../support/replay-factories.ts';

const QUEUE = `cli-${randomUUID().slice(0, 8)}`;
let redis: TestRedis;
const workers: ShardWorker[] = [];
let dir: string;

beforeAll(async () => {
  redis = await startTestRedis();
  const c = redisConnection(redis.url);
  if (!c.ok) throw new Error(c.problems[0]!.message);
  for (let i = 0; i < 2; i++) workers.push(await startShardWorker({ connection: c.value, queue: QUEUE, concurrency: 1, solver: { name: 'reference' } }));
  const { bundle, orders } = handMadeHistory();
  dir = tempFiles({ 'bundle.json': JSON.stringify(bundle), 'history.jsonl': orders.map((o) => JSON.stringify(o)).join('\n') });
}, 60_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await redis?.stop();
});

async function simulate(args: string[]): Promise<{ code: number; report?: ReplayReport; err: string[] }> {
  const io = realFileIO(dir);
  const code = await command.run(['--bundle', 'bundle.json', '--orders', 'history.jsonl', '--solver', 'reference', ...args, '--out', 'report.json'], io);
  const text = io.written.get('report.json');
  return { code, ...(text === undefined ? {} : { report: JSON.parse(text) as ReplayReport }), err: io.err };
}

describe('promo simulate --redis', () => {
  it('gives the report of a local run with the same shards', async () => {
    const local = await simulate(['--workers', '3']);
    const queued = await simulate(['--redis', redis.url, '--queue', QUEUE, '--shards', '3']);
    expect(queued.code).toBe(0);
    expect(queued.report).toEqual(local.report);
    expect(queued.err.join('\n')).toMatch(/shards ran on /);
  }, 120_000);

  it.each([
    [['--redis', 'http://127.0.0.1:6379'], 2, /must start with redis:\/\//],
    [['--redis', 'redis://127.0.0.1:1'], 1, /cannot reach Redis at redis:\/\/127\.0\.0\.1:1/],
    [['--redis', 'redis://127.0.0.1:1', '--shards', '0'], 2, /--shards must be a whole number/],
  ])('%j exits %i with a message', async (args, exit, message) => {
    const r = await simulate(args);
    expect(r.code).toBe(exit);
    expect(r.err.join('\n')).toMatch(message);
  }, 30_000);
});
