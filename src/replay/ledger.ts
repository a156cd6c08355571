/**
 * The replay's ledger (SPEC §2), kept per customer. `commit` returns a whole new `LedgerState`
 * and copies every per-customer map it touches, which over a history of 50,000 customers would
 * make each order cost as much as the whole customer base. Evaluation of an order reads only its
 * own customer's uses, budgets and points, the promotion-wide use counts, and the codes entered
 * on it; so each order gets a VIEW holding just that, runs `evaluate` + `commit` on the view, and
 * the view's next state is folded back here. The results are the same as with the full ledger
 * (test/replay/ledger-view.test.ts replays the sample history both ways).
 */
import type { IssuedCoupon, LedgerState, Order } from '../domain/index.ts';

type Balance = { readonly spent: string; readonly periodStart: string };

interface CustomerLedger {
  uses: Record<string, number>;
  budgets: Record<string, Balance>;
  points?: number;
}

export class ReplayLedger {
  private promotionUses: Readonly<Record<string, number>> = {};
  private readonly couponUses = new Map<string, number>();
  /** The first code issued under each code string (what the engine's lookup finds). */
  private readonly issued = new Map<string, IssuedCoupon>();
  private readonly customers = new Map<string, CustomerLedger>();
  /** Codes issued so far (a code issued twice counts twice). */
  issuedCount = 0;

  /** The part of the ledger `order` can read. */
  viewFor(order: Order): LedgerState {
    const id = order.customer?.id;
    const mine = id === undefined ? undefined : this.customers.get(id);
    const customerUses: Record<string, Record<string, number>> = {};
    const budgets: Record<string, Record<string, Balance>> = {};
    const points: Record<string, number> = {};
    if (id !== undefined && mine !== undefined) {
      for (const p in mine.uses) customerUses[p] = { [id]: mine.uses[p]! };
      for (const p in mine.budgets) budgets[p] = { [id]: mine.budgets[p]! };
      if (mine.points !== undefined) points[id] = mine.points;
    }
    const couponUses: Record<string, number> = {};
    const issuedCoupons: IssuedCoupon[] = [];
    for (const code of order.coupons) {
      const used = this.couponUses.get(code);
      if (used !== undefined) couponUses[code] = used;
      const issued = this.issued.get(code);
      if (issued !== undefined && !issuedCoupons.includes(issued)) issuedCoupons.push(issued);
    }
    return { promotionUses: this.promotionUses, customerUses, couponUses, budgets, points, issuedCoupons };
  }

  /** Folds the state `commit` returned for `order` (run on `view`) back into the ledger. */
  absorb(order: Order, view: LedgerState, next: LedgerState): void {
    this.promotionUses = next.promotionUses;
    const id = order.customer?.id;
    if (id !== undefined) {
      let mine = this.customers.get(id);
      if (mine === undefined) {
        mine = { uses: {}, budgets: {} };
        this.customers.set(id, mine);
      }
      for (const p in next.customerUses) {
        const n = next.customerUses[p]![id];
        if (n !== undefined) mine.uses[p] = n;
      }
      for (const p in next.budgets) {
        const b = next.budgets[p]![id];
        if (b !== undefined) mine.budgets[p] = b;
      }
      const pts = next.points[id];
      if (pts !== undefined) mine.points = pts;
    }
    for (const code in next.couponUses) this.couponUses.set(code, next.couponUses[code]!);
    for (let i = view.issuedCoupons.length; i < next.issuedCoupons.length; i++) {
      const c = next.issuedCoupons[i]!;
      this.issuedCount++;
      if (!this.issued.has(c.code)) this.issued.set(c.code, c);
    }
  }

  /** The whole ledger in the engine's form (for tests and for saving a run's end state). */
  toState(): LedgerState {
    const customerUses: Record<string, Record<string, number>> = {};
    const budgets: Record<string, Record<string, Balance>> = {};
    const points: Record<string, number> = {};
    for (const [id, c] of this.customers) {
      for (const p in c.uses) (customerUses[p] ??= {})[id] = c.uses[p]!;
      for (const p in c.budgets) (budgets[p] ??= {})[id] = c.budgets[p]!;
      if (c.points !== undefined) points[id] = c.points;
    }
    return {
      promotionUses: { ...this.promotionUses }, customerUses, couponUses: Object.fromEntries(this.couponUses), budgets, points,
      issuedCoupons: [...this.issued.values()],
    };
  }
}
