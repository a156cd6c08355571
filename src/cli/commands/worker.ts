import { parseArgs } from 'node:util';
import type { CliCommand, CliIO } from '../command.ts';
import { DEFAULT_QUEUE } from '../../scale/queue-contract.ts';
import { redisConnection } from '../../scale/redis-connection.ts';
import { startShardWorker } from '../../scale/shard-worker.ts';
import { reachRedis } from '../../scale/reach-redis.ts';
import { SOLVER_NAMES, chooseSolver, type SolverName } from '../solver-choice.ts';

const usage = 'promo worker --redis <redis://host:port> [--queue name] [--concurrency N] [--solver wasm|reference]';

/**
 * A replay worker for `promo simulate --redis`: runs shard jobs from the queue until SIGINT or
 * SIGTERM, then finishes the jobs in hand and exits 0. Start any number, on any machines.
 */
export const command: CliCommand = {
  summary: 'replay history shards from a Redis queue (BullMQ) until stopped',
  usage,
  async run(args: readonly string[], io: CliIO): Promise<number> {
    let values: { redis?: string | undefined; queue?: string | undefined; concurrency?: string | undefined; solver?: string | undefined };
    try {
      ({ values } = parseArgs({
        args: [...args],
        options: { redis: { type: 'string' }, queue: { type: 'string' }, concurrency: { type: 'string' }, solver: { type: 'string' } },
      }));
    } catch (e) {
      io.stderr(`promo worker: ${(e as Error).message}\nusage: ${usage}`);
      return 2;
    }
    const connection = redisConnection(values.redis);
    if (!connection.ok) {
      io.stderr(`promo worker: ${connection.problems[0]!.message}\nusage: ${usage}`);
      return 2;
    }
    const concurrency = values.concurrency === undefined ? 1 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
      io.stderr(`promo worker: --concurrency must be a whole number from 1 to 64\nusage: ${usage}`);
      return 2;
    }
    const requested = (values.solver ?? 'wasm') as SolverName;
    if (!SOLVER_NAMES.includes(requested)) {
      io.stderr(`promo worker: --solver must be ${SOLVER_NAMES.join(' or ')}\nusage: ${usage}`);
      return 2;
    }
    const reached = await reachRedis(connection.value);
    if (!reached.ok) {
      io.stderr(`promo worker: ${reached.problems[0]!.message}`);
      return 1;
    }
    const chosen = await chooseSolver(requested);
    if (chosen.note !== undefined) io.stderr(`promo worker: ${chosen.note}`);
    const queue = values.queue ?? DEFAULT_QUEUE;
    const worker = await startShardWorker({
      connection: connection.value,
      queue,
      concurrency,
      solver: chosen.solveLevel === undefined ? { name: chosen.name } : { name: chosen.name, solveLevel: chosen.solveLevel },
      log: (line) => io.stderr(`promo worker: ${line}`),
    });
    io.stderr(`promo worker: waiting for jobs on queue "${queue}" (${chosen.name} solver, concurrency ${concurrency})`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    io.stderr('promo worker: stopping after the jobs in hand');
    await worker.close();
    return 0;
  },
};
