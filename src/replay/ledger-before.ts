/**
 * The ledger an order of a history met when it was replayed: every order before it in replay
 * order is run through evaluate → commit, exactly as `replayShard` does, and the order's own view
 * of the ledger (its customer's uses, budgets and points, the promotion-wide uses, its codes) is
 * returned. Opening a replayed order in the simulator with this state shows what the replay gave,
 * limits already used up by the customer's earlier orders included.
 *
 * When no state is shared between customers (`promotionWideState` is empty, the condition under
 * which a run is sharded by customer), only the same customer's earlier orders can change what the
 * order reads, so only those are replayed; an order without a customer then reads an empty ledger.
 */
import { problem, type Bundle, type LedgerState, type Order, type Result } from '../domain/index.ts';
import { sortForReplay } from './order-key.ts';
import { ReplaySession } from './replay-session.ts';
import { promotionWideState } from './shards.ts';
import type { ReplaySolver } from './types.ts';

export interface LedgerBefore {
  readonly state: LedgerState;
  /** Earlier orders replayed to build it. */
  readonly replayed: number;
  /** Whether the history's other customers were replayed too (state shared between customers). */
  readonly wholeHistory: boolean;
}

/** @example const r = ledgerBefore(bundle, orders, 'o-1042', { name: 'reference' }); r.ok && r.value.state.customerUses */
export function ledgerBefore(bundle: Bundle, orders: readonly Order[], orderId: string, solver: ReplaySolver): Result<LedgerBefore> {
  const sorted = sortForReplay(orders);
  const at = sorted.findIndex((o) => o.id === orderId);
  if (at < 0) return { ok: false, problems: [problem('history-order-missing', `Order ${orderId} is not in this history`)] };
  const target = sorted[at]!;
  const wholeHistory = promotionWideState(bundle, sorted).promotionIds.length > 0;
  const customer = target.customer?.id;
  const earlier = sorted.slice(0, at).filter((o) => wholeHistory || (customer !== undefined && o.customer?.id === customer));
  try {
    const session = new ReplaySession(bundle, { solver });
    for (const o of earlier) session.run(o);
    return { ok: true, value: { state: session.ledger.viewFor(target), replayed: earlier.length, wholeHistory } };
  } catch (e) {
    return { ok: false, problems: [problem('replay-failed', `the orders before ${orderId} could not be replayed: ${e instanceof Error ? e.message : String(e)}`)] };
  }
}
