import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/domain/problem.ts';
import { createOrderOpener, type OpenHistoryOrderFn } from '../../../src/ui/history/create-order-opener.ts';

const failed = (message: string): Result<void> => ({ ok: false, problems: [{ code: 'history-order-missing', severity: 'error', message }] });

/** A function whose answers the test releases one by one. */
function controlled() {
  const calls: { historyId: string; orderId: string; answer: (r: Result<void>) => void }[] = [];
  const fn: OpenHistoryOrderFn = (historyId, orderId) => new Promise((resolve) => calls.push({ historyId, orderId, answer: resolve }));
  return { fn, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createOrderOpener', () => {
  it('has nothing to open with until both a history id and a function are given', () => {
    createRoot((dispose) => {
      expect(createOrderOpener(() => undefined, () => () => undefined).open()).toBeUndefined();
      expect(createOrderOpener(() => 'h1', () => undefined).open()).toBeUndefined();
      dispose();
    });
  });

  it('calls the function with the history and the order, and shows a failure it answers with', async () => {
    const { fn, calls } = controlled();
    const opener = createRoot(() => createOrderOpener(() => 'h1', () => fn));
    opener.open()!('o-17');
    expect(calls.map((c) => [c.historyId, c.orderId])).toEqual([['h1', 'o-17']]);
    calls[0]!.answer(failed('order o-17 is not in the history'));
    await settle();
    expect(opener.problem()).toBe('Order o-17 could not be opened: order o-17 is not in the history');
  });

  it('a newer click wins over an older answer, and clears the old message', async () => {
    const { fn, calls } = controlled();
    const opener = createRoot(() => createOrderOpener(() => 'h1', () => fn));
    opener.open()!('o-1');
    opener.open()!('o-2');
    calls[0]!.answer(failed('gone'));
    calls[1]!.answer({ ok: true, value: undefined });
    await settle();
    expect(opener.problem()).toBe('');
  });
});
