/** attachDiagnostics: debounced, stale results and results for a disposed model are dropped. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { attachDiagnostics } from '../../src/editor/diagnostics.ts';
import type { MonacoApi } from '../../src/editor/load-monaco.ts';
import { ok, type Result } from '../../src/domain/problem.ts';
import type { Diagnostic } from '../../src/dsl/index.ts';

function fakeModel(initial: string) {
  let text = initial;
  let disposed = false;
  const listeners: (() => void)[] = [];
  return {
    getValue: () => text,
    isDisposed: () => disposed,
    onDidChangeContent: (l: () => void) => {
      listeners.push(l);
      return { dispose: () => listeners.splice(listeners.indexOf(l), 1) };
    },
    type(next: string) {
      text = next;
      for (const l of [...listeners]) l();
    },
    dispose: () => (disposed = true),
  };
}

function deferredChecker() {
  const calls: { source: string; resolve: (r: Result<readonly Diagnostic[]>) => void }[] = [];
  const check = (source: string) => new Promise<Result<readonly Diagnostic[]>>((resolve) => calls.push({ source, resolve }));
  return { calls, check };
}

const one = (source: string): Result<readonly Diagnostic[]> => ok([{ code: 'unknown-variable', severity: 'error', message: source, start: 0, end: 1 }]);

describe('attachDiagnostics', () => {
  let setModelMarkers: ReturnType<typeof vi.fn>;
  let monaco: MonacoApi;
  beforeEach(() => {
    vi.useFakeTimers();
    setModelMarkers = vi.fn();
    monaco = { editor: { setModelMarkers }, MarkerSeverity: { Hint: 1, Info: 2, Warning: 4, Error: 8 } } as unknown as MonacoApi;
  });
  afterEach(() => vi.useRealTimers());

  test('checks at once, then once after typing pauses', async () => {
    const model = fakeModel('a');
    const checker = deferredChecker();
    attachDiagnostics(monaco, model as never, { check: checker.check, delayMs: 250 });
    expect(checker.calls.map((c) => c.source)).toEqual(['a']);
    model.type('ab');
    vi.advanceTimersByTime(100);
    model.type('abc');
    vi.advanceTimersByTime(249);
    expect(checker.calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(checker.calls.map((c) => c.source)).toEqual(['a', 'abc']);
  });

  test('an older result arriving after a newer request is dropped', async () => {
    const model = fakeModel('old');
    const checker = deferredChecker();
    const seen: string[] = [];
    attachDiagnostics(monaco, model as never, { check: checker.check, onResult: (s) => seen.push(s) });
    model.type('new');
    vi.advanceTimersByTime(250);
    checker.calls[1]!.resolve(one('new'));
    checker.calls[0]!.resolve(one('old'));
    await vi.runAllTimersAsync();
    expect(seen).toEqual(['new']);
    expect(setModelMarkers).toHaveBeenCalledTimes(1);
    expect(setModelMarkers.mock.calls[0]![2][0].message).toBe('new');
  });

  test('a result for a disposed model, or after dispose, is dropped', async () => {
    const model = fakeModel('x');
    const checker = deferredChecker();
    const attached = attachDiagnostics(monaco, model as never, { check: checker.check });
    model.dispose();
    checker.calls[0]!.resolve(one('x'));
    await vi.runAllTimersAsync();
    expect(setModelMarkers).not.toHaveBeenCalled();

    const live = fakeModel('y');
    const c2 = deferredChecker();
    const a2 = attachDiagnostics(monaco, live as never, { check: c2.check });
    a2.dispose();
    setModelMarkers.mockClear();
    c2.calls[0]!.resolve(one('y'));
    live.type('yz');
    await vi.runAllTimersAsync();
    expect(setModelMarkers).not.toHaveBeenCalled();
    expect(c2.calls).toHaveLength(1);
    attached.dispose();
  });
});
