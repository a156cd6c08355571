/**
 * A small, deterministic order history made from a workspace's saved baskets, for the report
 * development page (`#/dev/report`): each basket comes back every third day over six weeks, for a
 * rotating customer, at its own time of day. Not a sample of real shopping — a way to see the
 * report and compare views filled without importing a file.
 */
import { OrderSchema, type Order } from '../../domain/index.ts';

export interface HarnessBasket {
  readonly id: string;
  /** The basket's order in input form (as stored in the workspace). */
  readonly order: unknown;
}

const DAYS = 42;
const FIRST_DAY = Date.UTC(2026, 2, 2);

/**
 * @example harnessHistory(baskets, ['c-1001', 'c-1002']).length // about baskets × 14
 */
export function harnessHistory(baskets: readonly HarnessBasket[], customers: readonly string[]): Order[] {
  const orders: Order[] = [];
  for (let day = 0; day < DAYS; day++) {
    const date = new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
    baskets.forEach((b, k) => {
      if ((day + k) % 3 !== 0) return;
      const input = b.order as { at?: unknown; customer?: unknown } | undefined;
      if (input === undefined || typeof input !== 'object') return;
      const at = typeof input.at === 'string' ? input.at : `${date}T12:00:00-05:00`;
      const time = at.slice(10);
      const customer = input.customer ?? (customers.length === 0 ? undefined : { id: customers[(day + k) % customers.length] });
      const parsed = OrderSchema.safeParse({ ...input, id: `h${String(day + 1).padStart(2, '0')}-${b.id}`, at: `${date}${time}`, ...(customer === undefined ? {} : { customer }) });
      if (parsed.success) orders.push(parsed.data);
    });
  }
  return orders;
}
