import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyState, type Bundle, type LedgerState, type Order } from '../../src/domain/index.ts';
import { commit, evaluate } from '../../src/engine/index.ts';
import { parseInstant } from '../../src/engine/time/index.ts';
import { figuresOf, outcomeOf } from '../../src/replay/order-figures.ts';
import { ReplaySession, sortForReplay, type OrderOutcome } from '../../src/replay/index.ts';
import { SAMPLE_HISTORY_FILE } from '../../scripts/history/sample-history.ts';
import { readSampleBundle } from '../support/sample-files.ts';
import { readHistory } from '../support/history-factories.ts';
import { handMadeHistory } from '../support/replay-factories.ts';

/** The plain way: the whole ledger passed to every evaluate and commit. */
function fullLedgerReplay(bundle: Bundle, orders: readonly Order[]): { outcomes: OrderOutcome[]; state: LedgerState } {
  let state = emptyState();
  const outcomes = sortForReplay(orders).map((order) => {
    const result = evaluate(bundle, order, state);
    state = commit(state, order, result, bundle);
    return outcomeOf(figuresOf(order, parseInstant(order.at)!, result, bundle.currency), bundle.currency);
  });
  return { outcomes, state };
}

function viewReplay(bundle: Bundle, orders: readonly Order[]): { outcomes: OrderOutcome[]; state: LedgerState } {
  const session = new ReplaySession(bundle, { solver: { name: 'reference' } });
  const outcomes = sortForReplay(orders).map((o) => session.run(o));
  return { outcomes, state: session.ledger.toState() };
}

/** The ledger with generated codes as a set: the view keeps the first code issued under each string, as lookups find it. */
function comparable(s: LedgerState): unknown {
  return { ...s, issuedCoupons: [...new Set(s.issuedCoupons.map((c) => c.code))].sort() };
}

describe('the per-customer ledger view gives what the full ledger gives', () => {
  it.each([
    ['the hand-made history', () => handMadeHistory()],
    ['the first 400 orders of the sample history', () => {
      const bundle = readSampleBundle();
      const orders = readHistory(readFileSync(SAMPLE_HISTORY_FILE, 'utf8'), { customers: bundle.customers }).orders.slice(0, 400);
      return { bundle, orders };
    }],
  ] as const)('%s', (_name, load) => {
    const { bundle, orders } = load();
    const full = fullLedgerReplay(bundle, orders);
    const view = viewReplay(bundle, orders);
    expect(view.outcomes).toEqual(full.outcomes);
    expect(comparable(view.state)).toEqual(comparable(full.state));
    expect(full.outcomes.some((o) => o.limitHits.length > 0)).toBe(true);
  }, 300_000);
});
