/**
 * `promo simulate --outcomes <file>`: every order's outcome as one JSON line (orderId, customer,
 * instant, outlet, channel, gross, saving, net, the promotions applied with their savings, limit
 * hits, optimal, failure). Lines are written as the replay threads finish their chunks: within a
 * shard in replay order, shards interleaved. Writes are synchronous on purpose: the main thread
 * only coordinates, and a blocking write keeps memory bounded however slow the disk is.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OrderOutcome } from '../replay/index.ts';

export interface OutcomeLines {
  /** Never throws (it runs in a thread's message handler): a failed write is kept in `error` and later lines are dropped. */
  write(outcomes: readonly OrderOutcome[]): void;
  /** Lines written so far. */
  readonly count: number;
  /** The first write that failed (disk full, …), if any. */
  readonly error: string | undefined;
  close(): void;
}

/** Opens (truncates) the file; throws with the system's message when it cannot. */
export function openOutcomeLines(cwd: string, path: string): OutcomeLines {
  const fd = openSync(resolve(cwd, path), 'w');
  let count = 0;
  let open = true;
  let error: string | undefined;
  return {
    write(outcomes) {
      if (outcomes.length === 0 || error !== undefined || !open) return;
      try {
        writeSync(fd, outcomes.map((o) => `${JSON.stringify(o)}\n`).join(''));
        count += outcomes.length;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
    },
    get count() {
      return count;
    },
    get error() {
      return error;
    },
    close() {
      if (!open) return;
      open = false;
      try {
        closeSync(fd);
      } catch (e) {
        error ??= e instanceof Error ? e.message : String(e);
      }
    },
  };
}
