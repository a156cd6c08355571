/**
 * The basket the Simulator is working on, as app state rather than view state: leaving the
 * Simulator and coming back keeps it, and the promotion editor can evaluate "the simulator's
 * current basket". Holds which saved basket it started from, the form draft (fields as typed)
 * and whether it was edited; `order()` is the order the draft builds, or undefined while a field
 * is invalid.
 */
import { createContext, createMemo, createSignal, useContext, type Accessor } from 'solid-js';
import type { SavedBasket } from '../../domain/bundle.ts';
import type { OrderInput } from '../../domain/order.ts';
import type { Workspace } from '../../storage/workspace-store.ts';
import { draftFromBasket, emptyDraft, orderFromDraft, type BasketDraft, type BuiltOrder } from '../simulator/basket-draft.ts';

/** Only seen before the workspace opens (no view renders then); it builds no order. */
const UNOPENED: BasketDraft = {
  base: { id: 'simulator' }, lines: [], customer: '', coupons: [], at: '', channel: 'inStore', orderType: 'carryOut', properties: [], manualPermission: false,
};

/** No saved basket selected: the draft started empty. */
export const NO_BASKET = '';

export interface CurrentBasket {
  /** The saved basket the draft started from, or NO_BASKET. */
  readonly basketId: Accessor<string>;
  /** That saved basket as it is in the workspace now (undefined when none or deleted). */
  readonly basket: Accessor<SavedBasket | undefined>;
  readonly draft: Accessor<BasketDraft>;
  /** True once the draft was changed after loading. */
  readonly edited: Accessor<boolean>;
  /** The draft validated: the order, or the field problems. */
  readonly built: Accessor<BuiltOrder>;
  /** The order (input form) the draft builds, or undefined while a field is invalid. */
  readonly order: Accessor<OrderInput | undefined>;
  /** The ledger state (usage counts, budgets) evaluated with the order: the saved basket's, or the one it was opened with. */
  readonly state: Accessor<SavedBasket['state'] | undefined>;
  /** Where a basket opened from elsewhere came from and which ledger it carries, for the simulator to say. */
  readonly origin: Accessor<string | undefined>;
  /** Starts over from a saved basket (NO_BASKET or an unknown id: an empty basket). */
  load(id: string): void;
  /** Replaces the draft with an edited one. */
  change(next: BasketDraft): void;
  /** Starts over from an order found elsewhere (a replayed history) with the ledger it met there. */
  adopt(next: BasketDraft, state: SavedBasket['state'] | undefined, origin: string): void;
}

/**
 * @example const current = createCurrentBasket(() => ws.current()); current.load('b01'); current.order()?.lines.length
 */
export function createCurrentBasket(workspace: Accessor<Workspace | undefined>, now: () => number = Date.now): CurrentBasket {
  const [basketId, setBasketId] = createSignal(NO_BASKET);
  const [own, setOwn] = createSignal<BasketDraft>();
  const [edited, setEdited] = createSignal(false);
  const [adopted, setAdopted] = createSignal<{ readonly state: SavedBasket['state'] | undefined; readonly origin: string }>();
  const bundle = () => workspace()?.bundle;
  const basket = createMemo(() => workspace()?.baskets.find((b) => b.id === basketId()));
  // Before anything is loaded the draft is an empty basket at the time the bundle first arrived.
  const empty = createMemo((prev: BasketDraft | undefined) => {
    const b = bundle();
    return prev ?? (b === undefined ? undefined : emptyDraft(b, now()));
  });
  const draft = (): BasketDraft => own() ?? empty() ?? UNOPENED;
  const built = createMemo((): BuiltOrder => {
    const b = bundle();
    return b === undefined ? { ok: false, errors: { workspace: 'the workspace is not open' } } : orderFromDraft(draft(), b);
  });

  return {
    basketId,
    basket,
    draft,
    edited,
    built,
    order: () => {
      const b = built();
      return b.ok ? b.order : undefined;
    },
    state: () => {
      const a = adopted();
      return a === undefined ? basket()?.state : a.state;
    },
    origin: () => adopted()?.origin,
    load(id) {
      setAdopted(undefined);
      const b = bundle();
      const saved = workspace()?.baskets.find((x) => x.id === id);
      setBasketId(saved === undefined ? NO_BASKET : id);
      setOwn(b === undefined ? undefined : saved === undefined ? emptyDraft(b, now()) : draftFromBasket(saved, b));
      setEdited(false);
    },
    change(next) {
      setOwn(next);
      setEdited(true);
    },
    adopt(next, state, origin) {
      setBasketId(NO_BASKET);
      setAdopted({ state, origin });
      setOwn(next);
      setEdited(true);
    },
  };
}

export const CurrentBasketContext = createContext<CurrentBasket>();

/**
 * The current basket of the nearest provider (App); throws outside one (a wiring bug, not a user error).
 * @example const current = useCurrentBasket(); current.order()
 */
export function useCurrentBasket(): CurrentBasket {
  const current = useContext(CurrentBasketContext);
  if (current === undefined) throw new Error('useCurrentBasket must be used inside <CurrentBasketContext.Provider>');
  return current;
}
