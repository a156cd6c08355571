/**
 * Opens one order of a stored history in the basket simulator: the order becomes the current
 * basket (as an edited, unsaved basket) and the app goes to `#/simulator`. The report and compare
 * views call it from their order links.
 *
 * The basket carries the ledger the order met in the history (`ledgerBefore`: the orders before
 * it replayed with the workspace's bundle), so a limit or budget its customer had already used up
 * is used up in the simulator too, and the simulator gets what the replay gave. The simulator says
 * so under the basket picker (`CurrentBasket.origin`).
 */
import { problem, type Result } from '../../domain/problem.ts';
import type { Bundle, LedgerState, Order, SavedBasket } from '../../domain/index.ts';
import type { LedgerBefore } from '../../replay/ledger-before.ts';
import type { CurrentBasket } from '../state/create-current-basket.ts';
import type { Navigation } from '../state/create-view.ts';
import { draftFromBasket } from '../simulator/basket-draft.ts';

/** `openHistoryOrder(historyId, orderId)`: resolves once the simulator shows the order, or with the problem. */
export type OpenHistoryOrder = (historyId: string, orderId: string) => Promise<Result<void>>;

export interface OpenHistoryOrderDeps {
  readonly findOrder: (historyId: string, orderId: string) => Promise<Order | undefined>;
  readonly bundle: () => Bundle | undefined;
  /** The ledger the order met in the history (a replay worker's `ledgerBefore`). */
  readonly ledgerBefore: (historyId: string, orderId: string) => Promise<Result<LedgerBefore>>;
  readonly current: Pick<CurrentBasket, 'adopt'>;
  readonly nav: Pick<Navigation, 'go'>;
}

/** The order as a basket the simulator's form can take (it is never saved as such). */
export const basketOfOrder = (order: Order, state?: LedgerState): SavedBasket => ({ id: `history-order-${order.id}`, name: `Order ${order.id}`, order, ...(state === undefined ? {} : { state }) });

/** What the simulator says about an order opened from a history. */
export function originNote(order: Order, ledger: LedgerBefore): string {
  const who = order.customer?.id;
  const n = ledger.replayed.toLocaleString('en-US');
  const orders = ledger.replayed === 1 ? 'order' : 'orders';
  const ledgerText =
    ledger.replayed === 0
      ? `empty (${who === undefined ? 'no customer' : `customer ${who}'s first order`})`
      : ledger.wholeHistory
        ? `as left by the ${n} ${orders} before it (all customers: the bundle has state they share)`
        : `as left by customer ${who ?? ''}'s ${n} earlier ${orders}`;
  return `Order ${order.id} from the history. Ledger: ${ledgerText}.`;
}

/**
 * @example const open = makeOpenHistoryOrder({ findOrder: (h, o) => db.findOrder(h, o), bundle, current, nav }); await open('h1', 'o-1042')
 */
export function makeOpenHistoryOrder(deps: OpenHistoryOrderDeps): OpenHistoryOrder {
  return async (historyId, orderId) => {
    const bundle = deps.bundle();
    if (bundle === undefined) return { ok: false, problems: [problem('workspace-not-ready', 'The workspace is not open yet')] };
    let order: Order | undefined;
    try {
      order = await deps.findOrder(historyId, orderId);
    } catch (e) {
      return { ok: false, problems: [problem('history-unreadable', `The history could not be read: ${e instanceof Error ? e.message : String(e)}`)] };
    }
    if (order === undefined) return { ok: false, problems: [problem('history-order-missing', `Order ${orderId} is not in this history (was it deleted?)`)] };
    const ledger = await deps.ledgerBefore(historyId, orderId);
    if (!ledger.ok) return ledger;
    // The order becomes an edited basket that is not saved: saving it is the user's choice.
    deps.current.adopt(draftFromBasket(basketOfOrder(order), bundle), ledger.value.state, originNote(order, ledger.value));
    deps.nav.go({ view: 'simulator' });
    return { ok: true, value: undefined };
  };
}
