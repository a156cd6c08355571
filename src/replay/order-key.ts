import type { Order } from '../domain/index.ts';
import { parseInstant } from '../engine/time/index.ts';

/**
 * Replay order: by instant (offsets taken into account), then by order id, so two runs of the
 * same history — or of its shards — see every customer's orders in the same sequence.
 * @example sortForReplay(orders)[0].id
 */
export function sortForReplay(orders: readonly Order[]): Order[] {
  const keyed = orders.map((order) => ({ order, at: parseInstant(order.at) ?? Number.NaN }));
  keyed.sort((a, b) => compareKeys(a.at, a.order.id, b.at, b.order.id));
  return keyed.map((k) => k.order);
}

/** Instants first (NaN never happens for validated orders), then ids by code unit. */
export function compareKeys(atA: number, idA: string, atB: number, idB: string): number {
  if (atA !== atB) return atA < atB ? -1 : 1;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/** Whether `orders` is already in replay order (then no copy is made). */
export function isReplayOrdered(orders: readonly Order[]): boolean {
  let prevAt = Number.NEGATIVE_INFINITY;
  let prevId = '';
  for (const o of orders) {
    const at = parseInstant(o.at) ?? Number.NaN;
    if (compareKeys(prevAt, prevId, at, o.id) > 0) return false;
    prevAt = at;
    prevId = o.id;
  }
  return true;
}
