import { describe, expect, it } from 'vitest';
import { handMadeHistory } from '../../support/replay-factories.ts';
import { makeReplayJob } from '../../../src/ui/history/replay-job.ts';
import { planShards, replayShard } from '../../../src/replay/index.ts';

// The replay worker answers "which ledger did this order meet" from the stored history, for the
// simulator to open a replayed order with it.
describe('the replay job: ledgerBefore', () => {
  const { bundle, orders } = handMadeHistory();
  const job = makeReplayJob({
    planShards, replayShard,
    solver: async () => ({ name: 'reference' }),
    store: { readOrders: async () => orders, putOutcomeChunk: async () => undefined },
  });
  const request = (orderId: string) => ({ historyId: 'h1', bundle, bundleKey: 'rev-1', orderId });

  it('replays the customer\'s earlier orders from the stored history', async () => {
    // h4 is c1's fourth order: five-off-a (at most twice per customer) was used on h1 and h3.
    const r = await job.ledgerBefore(request('h4'));
    expect(r.ok && r.value.replayed).toBe(3);
    expect(r.ok && r.value.state.customerUses['five-off-a']).toEqual({ c1: 2 });
  });

  it('answers a bad bundle or an unknown order with a problem, not an exception', async () => {
    expect(await job.ledgerBefore(request('nope'))).toMatchObject({ ok: false, problems: [{ code: 'history-order-missing' }] });
    const broken = await job.ledgerBefore({ ...request('h4'), bundle: { format: 'nope' }, bundleKey: 'rev-2' });
    expect(broken.ok).toBe(false);
  });
});
