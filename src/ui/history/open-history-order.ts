/**
 * Opens one order of a stored history in the basket simulator: the order becomes the current
 * basket (as an edited, unsaved basket) and the app goes to `#/simulator`. The report and compare
 * views call it from their order links.
 *
 * The basket starts without ledger state: the simulator shows what the order gets on its own,
 * which can differ from its replay result when a limit or budget was already used up by the
 * customer's earlier orders (the run's per-order outcome keeps what the replay gave).
 */
import { problem, type Result } from '../../domain/problem.ts';
import type { Bundle, Order, SavedBasket } from '../../domain/index.ts';
import type { CurrentBasket } from '../state/create-current-basket.ts';
import { NO_BASKET } from '../state/create-current-basket.ts';
import type { Navigation } from '../state/create-view.ts';
import { draftFromBasket } from '../simulator/basket-draft.ts';

/** `openHistoryOrder(historyId, orderId)`: resolves once the simulator shows the order, or with the problem. */
export type OpenHistoryOrder = (historyId: string, orderId: string) => Promise<Result<void>>;

export interface OpenHistoryOrderDeps {
  readonly findOrder: (historyId: string, orderId: string) => Promise<Order | undefined>;
  readonly bundle: () => Bundle | undefined;
  readonly current: Pick<CurrentBasket, 'load' | 'change'>;
  readonly nav: Pick<Navigation, 'go'>;
}

/** The order as a basket the simulator's form can take (it is never saved as such). */
export const basketOfOrder = (order: Order): SavedBasket => ({ id: `history-order-${order.id}`, name: `Order ${order.id}`, order });

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
    // Start from no saved basket, then put the order in as the draft: the simulator shows it as
    // an edited basket, so saving it is the user's choice.
    deps.current.load(NO_BASKET);
    deps.current.change(draftFromBasket(basketOfOrder(order), bundle));
    deps.nav.go({ view: 'simulator' });
    return { ok: true, value: undefined };
  };
}
