import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/storage/workspace-store.ts';
import { createCurrentBasket, NO_BASKET, useCurrentBasket } from '../../../src/ui/state/create-current-basket.ts';
import { updateLine } from '../../../src/ui/simulator/basket-draft.ts';
import { makeWorkspace, storedBasket } from '../../support/workspace-factories.ts';

const NOW = Date.parse('2026-03-11T15:00:00Z');

async function setup() {
  const ws = await makeWorkspace([storedBasket('a', { state: { couponUses: { X: 1 } } }, 2), storedBasket('b')]);
  return createRoot((dispose) => {
    const [workspace, setWorkspace] = createSignal<Workspace | undefined>();
    const current = createCurrentBasket(workspace, () => NOW);
    return { ws, current, open: () => setWorkspace(ws), setWorkspace, dispose };
  });
}

describe('createCurrentBasket', () => {
  it('builds no order before the workspace opens, then starts from an empty basket at "now"', async () => {
    const { current, open, dispose } = await setup();
    expect(current.order()).toBeUndefined();
    open();
    expect(current.basketId()).toBe(NO_BASKET);
    expect(current.order()).toMatchObject({ lines: [], at: '2026-03-11T11:00:00-04:00' });
    dispose();
  });

  it('loads a saved basket with its ledger state, and an edit changes the order and marks it edited', async () => {
    const { current, open, dispose } = await setup();
    open();
    current.load('a');
    expect(current.basket()?.name).toBe('Basket a');
    expect(current.state()).toMatchObject({ couponUses: { X: 1 } });
    expect(current.order()?.lines[0]?.quantity).toBe(2);
    expect(current.edited()).toBe(false);

    const line = current.draft().lines[0]!;
    current.change(updateLine(current.draft(), line.key, { quantity: '5' }));
    expect(current.edited()).toBe(true);
    expect(current.order()?.lines[0]?.quantity).toBe(5);
    dispose();
  });

  it('has no order while a field is invalid, and keeps the draft as typed', async () => {
    const { current, open, dispose } = await setup();
    open();
    current.load('b');
    const line = current.draft().lines[0]!;
    current.change(updateLine(current.draft(), line.key, { quantity: 'two' }));
    expect(current.order()).toBeUndefined();
    expect(current.built()).toMatchObject({ ok: false, errors: { [`line:${line.key}:quantity`]: expect.any(String) } });
    expect(current.draft().lines[0]?.quantity).toBe('two');
    dispose();
  });

  it('keeps the draft when the workspace is replaced, and follows the saved basket it started from', async () => {
    const { current, open, setWorkspace, dispose } = await setup();
    open();
    current.load('a');
    const line = current.draft().lines[0]!;
    current.change(updateLine(current.draft(), line.key, { quantity: '7' }));
    const next = await makeWorkspace([storedBasket('a', { name: 'Renamed' }, 3)]);
    setWorkspace(next);
    expect(current.basket()?.name).toBe('Renamed');
    expect(current.state()).toBeUndefined();
    expect(current.order()?.lines[0]?.quantity).toBe(7);
    dispose();
  });

  it('an unknown id loads an empty basket', async () => {
    const { current, open, dispose } = await setup();
    open();
    current.load('a');
    current.load('gone');
    expect(current.basketId()).toBe(NO_BASKET);
    expect(current.order()?.lines).toEqual([]);
    dispose();
  });

  it('useCurrentBasket throws outside its provider', () => {
    createRoot((dispose) => {
      expect(() => useCurrentBasket()).toThrow(/inside <CurrentBasketContext.Provider>/);
      dispose();
    });
  });
});
