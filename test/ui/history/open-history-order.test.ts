import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { emptyState, OrderSchema, type LedgerState, type Order } from '../../../src/domain/index.ts';
import type { Result } from '../../../src/domain/problem.ts';
import type { LedgerBefore } from '../../../src/replay/ledger-before.ts';
import type { Workspace } from '../../../src/storage/workspace-store.ts';
import { createCurrentBasket, NO_BASKET } from '../../../src/ui/state/create-current-basket.ts';
import type { Route } from '../../../src/ui/state/route.ts';
import { makeOpenHistoryOrder } from '../../../src/ui/history/open-history-order.ts';
import { makeWorkspace, storedBasket } from '../../support/workspace-factories.ts';

const stored: Order = OrderSchema.parse({
  id: 'o-1042',
  at: '2026-02-03T14:30:00-05:00',
  customer: { id: 'c7', segments: ['gold'] },
  coupons: ['SAVE5'],
  lines: [{ id: 'l1', productId: 'cola', quantity: 4, unitPrice: '1.50' }],
});

/** What the replay worker answers: c7 used "five-off" twice in the orders before o-1042. */
const metState: LedgerState = { ...emptyState(), customerUses: { 'five-off': { c7: 2 } } };
const met = (): Promise<Result<LedgerBefore>> => Promise.resolve({ ok: true, value: { state: metState, replayed: 3, wholeHistory: false } });

async function setUp(ledgerBefore: (h: string, o: string) => Promise<Result<LedgerBefore>> = met) {
  const ws = await makeWorkspace([storedBasket('a')]);
  return createRoot((dispose) => {
    const [workspace] = createSignal<Workspace | undefined>(ws);
    const current = createCurrentBasket(workspace);
    const went: Route[] = [];
    const asked: string[] = [];
    const open = makeOpenHistoryOrder({
      findOrder: async (h, o) => {
        asked.push(`${h}/${o}`);
        return o === stored.id ? stored : undefined;
      },
      bundle: () => ws.bundle,
      ledgerBefore,
      current,
      nav: { go: (to) => void went.push(typeof to === 'string' ? { view: to } : to) },
    });
    return { current, open, went, asked, dispose };
  });
}

describe('openHistoryOrder', () => {
  it('puts the stored order into the current basket (lines, customer, coupons, time) and goes to the simulator', async () => {
    const { current, open, went, asked, dispose } = await setUp();
    current.load('a');
    expect(await open('h1', 'o-1042')).toEqual({ ok: true, value: undefined });
    expect(asked).toEqual(['h1/o-1042']);
    expect(current.basketId()).toBe(NO_BASKET);
    expect(current.edited()).toBe(true);
    const order = current.order();
    expect(order).toMatchObject({ coupons: ['SAVE5'], customer: { id: 'c7', segments: ['gold'] }, lines: [{ productId: 'cola', quantity: 4, unitPrice: '1.50' }] });
    // The same instant, written in the bundle's zone.
    expect(Date.parse(order!.at)).toBe(Date.parse(stored.at));
    expect(went).toEqual([{ view: 'simulator' }]);
    dispose();
  });

  it('carries the ledger the order met in the history, and the simulator is told where it came from', async () => {
    const { current, open, dispose } = await setUp();
    expect(await open('h1', 'o-1042')).toEqual({ ok: true, value: undefined });
    expect(current.state()).toEqual(metState);
    expect(current.origin()).toBe("Order o-1042 from the history. Ledger: as left by customer c7's 3 earlier orders.");
    // Starting over from a saved basket drops both.
    current.load('a');
    expect(current.origin()).toBeUndefined();
    expect(current.state()).toBe(current.basket()?.state);
    dispose();
  });

  it('when the earlier orders cannot be replayed, nothing changes and the problem is shown', async () => {
    const { current, open, went, dispose } = await setUp(() => Promise.resolve({ ok: false, problems: [{ code: 'replay-failed', severity: 'error', message: 'the orders before o-1042 could not be replayed' }] }));
    current.load('a');
    expect(await open('h1', 'o-1042')).toMatchObject({ ok: false, problems: [{ code: 'replay-failed' }] });
    expect(current.basketId()).toBe('a');
    expect(current.origin()).toBeUndefined();
    expect(went).toEqual([]);
    dispose();
  });

  it('an order that is not in the history changes nothing and says which', async () => {
    const { current, open, went, dispose } = await setUp();
    current.load('a');
    const r = await open('h1', 'o-9');
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'history-order-missing' }] });
    expect(!r.ok && r.problems[0]!.message).toContain('o-9');
    expect(current.basketId()).toBe('a');
    expect(went).toEqual([]);
    dispose();
  });
});
