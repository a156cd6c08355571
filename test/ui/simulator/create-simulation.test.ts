import { createRoot, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulation } from '../../../src/ui/simulator/create-simulation.ts';
import { makeEvaluationClient, type EvaluationRequest } from '../../../src/ui/simulator/evaluation-client.ts';
import { fakeSpawner, okResponse, result } from '../../support/simulator-factories.ts';

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('createSimulation', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup() {
    const f = fakeSpawner();
    const client = makeEvaluationClient(f.spawn);
    return createRoot((dispose) => {
      const [request, setRequest] = createSignal<EvaluationRequest | undefined>({ bundle: {}, order: 'a' });
      const sim = createSimulation(request, { client, delayMs: 150 });
      return { f, sim, setRequest, dispose };
    });
  }

  it('waits out the debounce, so a burst of edits sends only the last basket', async () => {
    const { f, sim, setRequest, dispose } = setup();
    expect(sim.status()).toBe('busy');
    setRequest({ bundle: {}, order: 'b' });
    setRequest({ bundle: {}, order: 'c' });
    vi.advanceTimersByTime(149);
    expect(f.workers).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(f.workers[0]!.calls.map((c) => c.order)).toEqual(['c']);
    f.workers[0]!.calls[0]!.resolve(okResponse(result([], { orderId: 'c' })));
    await flush();
    expect(sim.status()).toBe('ready');
    expect(sim.result()?.orderId).toBe('c');
    expect(sim.stale()).toBe(false);
    dispose();
  });

  it('never applies the answer of a basket edited after it was sent', async () => {
    const { f, sim, setRequest, dispose } = setup();
    vi.advanceTimersByTime(150);
    const first = f.workers[0]!.calls[0]!;
    setRequest({ bundle: {}, order: 'b' }); // still debouncing: the client has not seen it yet
    first.resolve(okResponse(result([], { orderId: 'a' })));
    await flush();
    expect(sim.result()).toBeUndefined();
    expect(sim.status()).toBe('busy');
    vi.advanceTimersByTime(150);
    f.workers.at(-1)!.calls.at(-1)!.resolve(okResponse(result([], { orderId: 'b' })));
    await flush();
    expect(sim.result()?.orderId).toBe('b');
    dispose();
  });

  it('keeps the last result, marked stale, while the form has errors or the worker reports problems', async () => {
    const { f, sim, setRequest, dispose } = setup();
    vi.advanceTimersByTime(150);
    f.workers[0]!.calls[0]!.resolve(okResponse(result([], { orderId: 'a' })));
    await flush();
    setRequest(undefined);
    expect(sim.stale()).toBe(true);
    expect(sim.result()?.orderId).toBe('a');
    setRequest({ bundle: {}, order: 'bad' });
    vi.advanceTimersByTime(150);
    f.workers[0]!.calls[1]!.resolve({ ok: false, problems: [{ code: 'schema-invalid-type', severity: 'error', message: 'x', path: '$.order.lines' }] });
    await flush();
    expect(sim.status()).toBe('failed');
    expect(sim.problems().map((p) => p.code)).toEqual(['schema-invalid-type']);
    expect(sim.result()?.orderId).toBe('a');
    expect(sim.stale()).toBe(true);
    dispose();
  });

  it('disposing the owner cancels a pending debounce', () => {
    const { f, dispose } = setup();
    dispose();
    vi.advanceTimersByTime(1000);
    expect(f.workers).toHaveLength(0);
  });
});
