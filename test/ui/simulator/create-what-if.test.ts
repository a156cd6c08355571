import { createRoot, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PromotionOutcome } from '../../../src/domain/result.ts';
import { evaluationPool } from '../../../src/ui/simulator/evaluation-client.ts';
import { createWhatIf, type BundleVersion, type WhatIfBasket } from '../../../src/ui/simulator/create-what-if.ts';
import { fakeEvaluateWorkers, orderId, type EvaluateCall } from '../../support/batch-factories.ts';
import { flush } from '../../support/pool-factories.ts';
import { okResponse, result } from '../../support/simulator-factories.ts';

const BEFORE: BundleVersion = { input: { name: 'saved' }, revision: 'r-before' };
const AFTER: BundleVersion = { input: { name: 'edited' }, revision: 'r-after' };
const basket = (id: string): WhatIfBasket => ({ id, name: `Basket ${id}`, order: { id: `o-${id}` } });

/** The fake engine: under the edited bundle, basket "a" gains promotion p (1.50). */
function engine(call: EvaluateCall) {
  const gains = call.options.bundleKey !== BEFORE.revision && orderId(call) === 'o-a';
  const outcomes: PromotionOutcome[] = gains
    ? [{ promotionId: 'p', status: 'applied', saving: '1.50', applications: 1, message: '' }]
    : [{ promotionId: 'p', status: 'notApplied', reason: 'thresholdNotMet', message: '' }];
  const saving = gains ? '1.50' : '0.00';
  return okResponse(result(outcomes, { orderId: orderId(call), totals: { gross: '20.00', customerPriceSaving: '0.00', promotionSaving: saving, net: '20.00', shipping: '0.00', shippingDiscount: '0.00', toPay: gains ? '18.50' : '20.00' } }));
}

describe('createWhatIf', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup() {
    const f = fakeEvaluateWorkers();
    const pool = evaluationPool(f.spawn, 2);
    const answered = new Set<EvaluateCall>();
    /** Answers every call the workers hold, again and again until the pool's queue is empty. */
    const answerAll = async (respond = engine) => {
      for (let round = 0; round < 50; round++) {
        const open = f.calls.filter((c) => !answered.has(c));
        if (open.length === 0) return;
        for (const c of open) {
          answered.add(c);
          c.answer(respond(c));
        }
        await flush();
      }
    };
    return createRoot((dispose) => {
      const [after, setAfter] = createSignal<BundleVersion | undefined>(AFTER);
      const [baskets] = createSignal<readonly WhatIfBasket[]>([basket('a'), basket('b')]);
      const [currentOrder, setCurrentOrder] = createSignal<{ order: unknown } | undefined>({ order: { id: 'o-current' } });
      const whatIf = createWhatIf({ before: () => BEFORE, after, baskets, currentOrder }, { pool: () => pool, delayMs: 200 });
      return { f, whatIf, setAfter, setCurrentOrder, answerAll, answered, dispose };
    });
  }

  it('evaluates the current basket and every saved basket under both bundles, then compares them', async () => {
    const { f, whatIf, answerAll, dispose } = setup();
    expect(whatIf.status()).toBe('busy');
    vi.advanceTimersByTime(200);
    await flush();
    // The current basket goes first (urgent); each bundle travels with its revision as bundle key.
    expect([orderId(f.calls[0]!), f.calls[0]!.options.bundleKey]).toEqual(['o-current', 'r-before']);
    await answerAll();
    expect(f.calls).toHaveLength(6);
    expect(new Set(f.calls.map((c) => `${c.options.bundleKey} ${(c.bundle as { name: string }).name}`))).toEqual(new Set(['r-before saved', 'r-after edited']));
    // The current basket's "after" jumps ahead of the saved baskets' "after".
    expect(f.calls.filter((c) => c.options.bundleKey === 'r-after').map(orderId)).toEqual(['o-current', 'o-a', 'o-b']);
    expect(whatIf.status()).toBe('ready');
    expect(whatIf.progress()).toEqual({ done: 6, total: 6 });
    const rows = whatIf.rows();
    expect(rows.map((r) => [r.basket.name, r.current])).toEqual([['Simulator basket', true], ['Basket a', false], ['Basket b', false]]);
    expect(rows.map((r) => r.diff.kind === 'compared' && [r.diff.delta, r.diff.started.map((s) => s.promotionId), r.diff.changed])).toEqual([
      [0n, [], false],
      [150n, ['p'], true],
      [0n, [], false],
    ]);
    dispose();
  });

  it('evaluates "before" once per saved revision: an edit re-evaluates only "after"', async () => {
    const { f, whatIf, setAfter, setCurrentOrder, answerAll, dispose } = setup();
    vi.advanceTimersByTime(200);
    await answerAll();
    const first = f.calls.length;
    setAfter({ input: { name: 'edited again' }, revision: 'r-after-2' });
    vi.advanceTimersByTime(200);
    await answerAll();
    const again = f.calls.slice(first);
    expect(again.map((c) => c.options.bundleKey)).toEqual(['r-after-2', 'r-after-2', 'r-after-2']);
    // An edited current basket is a new basket: both sides are evaluated for it, nothing else.
    setCurrentOrder({ order: { id: 'o-current-2' } });
    vi.advanceTimersByTime(200);
    await answerAll();
    expect(f.calls.slice(first + 3).map((c) => [orderId(c), c.options.bundleKey])).toEqual([
      ['o-current-2', 'r-before'],
      ['o-current-2', 'r-after-2'],
    ]);
    expect(whatIf.status()).toBe('ready');
    dispose();
  });

  it('a burst of edits makes one run', async () => {
    const { f, setAfter, answerAll, dispose } = setup();
    vi.advanceTimersByTime(100);
    setAfter({ input: {}, revision: 'r2' });
    vi.advanceTimersByTime(100);
    setAfter({ input: {}, revision: 'r3' });
    vi.advanceTimersByTime(199);
    await flush();
    expect(f.calls).toHaveLength(0);
    vi.advanceTimersByTime(1);
    await answerAll();
    expect(f.calls).toHaveLength(6);
    expect(new Set(f.calls.map((c) => c.options.bundleKey))).toEqual(new Set(['r-before', 'r3']));
    dispose();
  });

  it('never applies a stale run: a newer edit aborts the running one and only its answers are shown', async () => {
    const { f, whatIf, setAfter, answerAll, answered, dispose } = setup();
    vi.advanceTimersByTime(200);
    await flush();
    expect(f.calls.length).toBeGreaterThan(0);
    setAfter({ input: {}, revision: 'r-newer' });
    await flush();
    // The busy workers of the old run were terminated (the only way to stop a worker's computation).
    expect(f.terminated.length).toBeGreaterThan(0);
    // Their late answers arrive anyway; they must change nothing.
    for (const c of f.calls) {
      answered.add(c);
      c.answer(engine(c));
    }
    await flush();
    expect(whatIf.rows()).toEqual([]);
    expect(whatIf.status()).toBe('busy');
    vi.advanceTimersByTime(200);
    await answerAll((c) => (c.options.bundleKey === 'r-newer' ? okResponse(result([], { orderId: 'newer' })) : engine(c)));
    expect(whatIf.status()).toBe('ready');
    expect(whatIf.rows().map((r) => r.after.ok && r.after.value.orderId)).toEqual(['newer', 'newer', 'newer']);
    dispose();
  });

  it('keeps the last rows, marked stale, while the next run is pending; nothing to compare is idle', async () => {
    const { f, whatIf, setAfter, answerAll, dispose } = setup();
    vi.advanceTimersByTime(200);
    await answerAll();
    setAfter({ input: {}, revision: 'r2' });
    expect(whatIf.stale()).toBe(true);
    expect(whatIf.rows()).toHaveLength(3);
    setAfter(undefined);
    expect(whatIf.status()).toBe('idle');
    expect(whatIf.rows()).toEqual([]);
    const calls = f.calls.length;
    vi.advanceTimersByTime(1000);
    await flush();
    expect(f.calls).toHaveLength(calls);
    dispose();
  });

  it('a crashed worker becomes a failed row, and is asked again next time (not cached)', async () => {
    const { f, whatIf, setAfter, answered, answerAll, dispose } = setup();
    vi.advanceTimersByTime(200);
    await flush();
    const first = f.calls[0]!;
    answered.add(first);
    // Rejecting the call is what a dying worker looks like to the pool.
    (first as unknown as { answer: (r: unknown) => void }).answer(Promise.reject(new Error('worker died')));
    await answerAll();
    const current = whatIf.rows()[0]!;
    expect(current.diff).toMatchObject({ kind: 'failed', side: 'before' });
    expect(current.diff.kind === 'failed' && current.diff.problems[0]?.code).toBe('evaluation-worker-failed');
    setAfter({ input: {}, revision: 'r2' });
    vi.advanceTimersByTime(200);
    await answerAll();
    expect(whatIf.rows()[0]!.diff.kind).toBe('compared');
    expect(f.calls.filter((c) => orderId(c) === 'o-current' && c.options.bundleKey === 'r-before')).toHaveLength(2);
    dispose();
  });
});
