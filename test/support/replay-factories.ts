import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BundleSchema, OrderSchema, type Bundle, type Order } from '../../src/domain/index.ts';
import { replayShard, type OrderOutcome, type ReplayOptions, type ReplayReport } from '../../src/replay/index.ts';

/** The hand-made history of test/replay (bundle + orders, out of time order on purpose). */
export function handMadeHistory(): { bundle: Bundle; orders: Order[] } {
  const raw = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'replay', 'hand-made-history.json'), 'utf8')) as { bundle: unknown; orders: unknown[] };
  return { bundle: BundleSchema.parse(raw.bundle), orders: raw.orders.map((o) => OrderSchema.parse(o)) };
}

/** Replays with the reference solver and fails the test on a problem; collects per-order outcomes. */
export async function replayAll(bundle: Bundle, orders: readonly Order[], options: Partial<ReplayOptions> = {}): Promise<{ report: ReplayReport; outcomes: OrderOutcome[] }> {
  const outcomes: OrderOutcome[] = [];
  const r = await replayShard(bundle, orders, { solver: { name: 'reference' }, ...options, onOrder: (o) => outcomes.push(o) });
  if (!r.ok) throw new Error(`replay failed: ${JSON.stringify(r.problems)}`);
  return { report: r.value, outcomes };
}

/** The figures of a report without what says how it was run (sharding, notes). */
export function figuresOnly(r: ReplayReport): Omit<ReplayReport, 'sharding' | 'notes'> {
  const { sharding: _s, notes: _n, ...rest } = r;
  return rest;
}
