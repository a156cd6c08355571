import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVALUATION_TIMEOUT_MS, makeEvaluationClient } from '../../src/ui/simulator/evaluation-client.ts';
import { BUDGET } from '../../src/domain/limits.ts';
import { fakeEvaluateWorkers } from '../support/batch-factories.ts';

// Issue 11: a worker that died without an error event left the simulator on "Evaluating…" for good.
describe('the evaluation client when its worker never answers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('answers with a timeout problem the simulator shows, and the next request runs on a fresh worker', async () => {
    const f = fakeEvaluateWorkers();
    const client = makeEvaluationClient(f.spawn, { timeoutMs: 2_000 });
    const pending = client.evaluate({ bundle: {}, order: { id: 'o-1' } });
    await vi.advanceTimersByTimeAsync(2_000);
    const outcome = await pending;
    expect(outcome.kind).toBe('done');
    if (outcome.kind === 'done') {
      expect(outcome.response).toEqual({
        ok: false,
        problems: [expect.objectContaining({ code: 'evaluation-worker-timeout', severity: 'error', message: expect.stringContaining('did not answer within 2 s') })],
      });
    }
    expect(f.terminated).toEqual([0]);
    void client.evaluate({ bundle: {}, order: { id: 'o-2' } });
    expect(f.calls[1]!.worker).toBe(1);
    client.dispose();
  });

  it('the default watchdog outlasts the largest settable evaluation budget', () => {
    expect(EVALUATION_TIMEOUT_MS).toBeGreaterThan(BUDGET.maxMillis);
  });
});
