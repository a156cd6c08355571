import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createBatchState } from '../../../src/ui/simulator/batch-state.ts';
import { evaluationPool } from '../../../src/ui/simulator/evaluation-client.ts';
import { prepareWorkspace, type Workspace } from '../../../src/storage/workspace-store.ts';
import { fakeEvaluateWorkers, orderId } from '../../support/batch-factories.ts';
import { flush } from '../../support/pool-factories.ts';
import { okResponse, result, simBundleInput } from '../../support/simulator-factories.ts';

const at = '2026-03-11T11:00:00-04:00';
const stored = (id: string, extra: Record<string, unknown> = {}) => ({
  id, name: `Basket ${id}`, order: { id: `o-${id}`, at, lines: [{ id: 'l1', productId: 'p-1', quantity: 1, unitPrice: '10.00' }] }, ...extra,
});

async function workspace(): Promise<Workspace> {
  const r = await prepareWorkspace({
    bundle: simBundleInput(),
    baskets: [stored('a', { expected: { promotionSaving: '0.00' } }), stored('b', { state: { couponUses: {} } }), stored('c')],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe('createBatchState (the Baskets view’s run)', () => {
  it('sends the stored baskets with the workspace revision, fills rows in, and cancel keeps the finished ones', async () => {
    const ws = await workspace();
    const f = fakeEvaluateWorkers();
    const pool = evaluationPool(f.spawn, 2);
    const { batch, dispose } = createRoot((d) => ({ batch: createBatchState(() => ws, () => pool), dispose: d }));
    batch.start();
    await flush();
    expect(batch.running()).toBe(true);
    expect(batch.rows().map((r) => r.kind)).toEqual(['pending', 'pending', 'pending']);
    expect(f.calls.map(orderId)).toEqual(['o-a', 'o-b']);
    expect(f.calls[0]!.options).toEqual({ bundleKey: ws.snapshot.workspace.revision });
    expect(f.calls[1]!.state).toEqual({ couponUses: {} });

    f.calls[0]!.answer(okResponse(result([])));
    await flush();
    expect(batch.rows().map((r) => r.kind)).toEqual(['done', 'pending', 'pending']);
    expect(batch.rows()[0]).toMatchObject({ expectation: 'match' });

    batch.cancel();
    await flush();
    expect(batch.running()).toBe(false);
    expect(batch.cancelled()).toBe(true);
    expect(batch.rows().map((r) => r.kind)).toEqual(['done', 'cancelled', 'cancelled']);
    expect(batch.facts()).toMatchObject({ workers: 2 });
    expect(f.terminated.sort()).toEqual([0, 1]);
    dispose();
    pool.dispose();
  });

  it('a new run replaces the old one: the old run’s late rows are ignored', async () => {
    const ws = await workspace();
    const f = fakeEvaluateWorkers();
    const pool = evaluationPool(f.spawn, 3);
    const { batch, dispose } = createRoot((d) => ({ batch: createBatchState(() => ws, () => pool), dispose: d }));
    batch.start();
    await flush();
    const first = f.calls.slice();
    batch.start();
    await flush();
    first[0]!.answer(okResponse(result([]))); // from a terminated worker
    await flush();
    expect(batch.running()).toBe(true);
    expect(batch.rows().map((r) => r.kind)).toEqual(['pending', 'pending', 'pending']);
    for (const c of f.calls.slice(3)) c.answer(okResponse(result([])));
    await flush();
    expect(batch.running()).toBe(false);
    expect(batch.cancelled()).toBe(false);
    expect(batch.rows().map((r) => r.kind)).toEqual(['done', 'done', 'done']);
    dispose();
    pool.dispose();
  });
});
