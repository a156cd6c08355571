/**
 * `promo simulate --redis`: the shards go to `promo worker` processes through the queue instead
 * of this machine's threads; progress and where each shard ran are printed on stderr.
 */
import type { Result } from '../domain/index.ts';
import type { ReplayReport } from '../replay/types.ts';
import { runDistributed, type DistributedRunOptions } from '../scale/distributed-run.ts';
import type { CliIO } from './command.ts';

export async function replayOnQueue(
  options: Omit<DistributedRunOptions, 'onProgress' | 'signal'>,
  progress: { update(done: number): void },
  io: Pick<CliIO, 'stderr'>,
): Promise<Result<ReplayReport>> {
  io.stderr(`promo simulate: ${options.plan.shards.length} shards queued on "${options.queue}" at ${options.connection.url}; start workers with: promo worker --redis ${options.connection.url}`);
  const cancel = new AbortController();
  const onSigint = (): void => cancel.abort();
  process.once('SIGINT', onSigint);
  try {
    const run = await runDistributed({ ...options, signal: cancel.signal, onProgress: (p) => progress.update(p.ordersDone) });
    if (!run.ok) return run;
    const byWorker = new Map<string, number>();
    for (const s of run.value.shards) byWorker.set(s.worker, (byWorker.get(s.worker) ?? 0) + 1);
    io.stderr(`promo simulate: shards ran on ${[...byWorker].map(([w, n]) => `${w} (${n})`).join(', ')}`);
    return { ok: true, value: run.value.report };
  } finally {
    process.off('SIGINT', onSigint);
  }
}
