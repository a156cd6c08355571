import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyState, type Bundle, type Order } from '../../src/domain/index.ts';
import { evaluate } from '../../src/engine/index.ts';
import { parseInstant } from '../../src/engine/time/index.ts';
import { figuresOf, outcomeOf } from '../../src/replay/order-figures.ts';
import { ledgerBefore, sortForReplay } from '../../src/replay/index.ts';
import { SAMPLE_HISTORY_FILE } from '../../scripts/history/sample-history.ts';
import { readHistory } from '../support/history-factories.ts';
import { handMadeHistory, replayAll } from '../support/replay-factories.ts';
import { readSampleBundle } from '../support/sample-files.ts';

/** What the order gets when evaluated alone against `state`, as a replay outcome. */
const outcomeWith = (bundle: Bundle, order: Order, state: Parameters<typeof evaluate>[2]) =>
  outcomeOf(figuresOf(order, parseInstant(order.at)!, evaluate(bundle, order, state), bundle.currency), bundle.currency);

// An order opened from a run must get what the replay gave it: its ledger is the one its earlier orders left.
describe('ledgerBefore: the ledger an order of a history met', () => {
  it.each([
    ['the hand-made history, every order', () => handMadeHistory(), 1],
    ['the sample history, every 40th of the first 400 orders', () => {
      const bundle = readSampleBundle();
      return { bundle, orders: readHistory(readFileSync(SAMPLE_HISTORY_FILE, 'utf8'), { customers: bundle.customers }).orders.slice(0, 400) };
    }, 40],
  ] as const)('%s: evaluated with it, the order gets its replay outcome', async (_name, load, step) => {
    const { bundle, orders } = load();
    const { outcomes } = await replayAll(bundle, orders);
    const sorted = sortForReplay(orders);
    let differsFromEmpty = 0;
    for (let i = 0; i < sorted.length; i += step) {
      const order = sorted[i]!;
      const r = ledgerBefore(bundle, orders, order.id, { name: 'reference' });
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      expect(outcomeWith(bundle, order, r.value.state), order.id).toEqual(outcomes[i]);
      if (JSON.stringify(outcomeWith(bundle, order, emptyState())) !== JSON.stringify(outcomes[i])) differsFromEmpty++;
    }
    // Not vacuous: some orders get less than they would alone, because of their earlier orders.
    expect(differsFromEmpty).toBeGreaterThan(0);
  }, 120_000);

  it('replays only the customer\'s earlier orders when no state is shared between customers', () => {
    const { bundle, orders } = handMadeHistory();
    const r = ledgerBefore(bundle, orders, 'h6', { name: 'reference' });
    expect(r.ok && { replayed: r.value.replayed, wholeHistory: r.value.wholeHistory }).toEqual({ replayed: 5, wholeHistory: false });
    const anonymous = ledgerBefore(bundle, orders, 'h9', { name: 'reference' });
    expect(anonymous.ok && anonymous.value.replayed).toBe(0);
  });

  it('names an order that is not in the history', () => {
    const { bundle, orders } = handMadeHistory();
    const r = ledgerBefore(bundle, orders, 'nope', { name: 'reference' });
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['history-order-missing']);
  });
});
