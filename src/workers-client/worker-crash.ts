/**
 * Comlink leaves a call pending forever when its worker dies, so every worker spawner races its
 * calls against `crashed`, which rejects when the worker reports an uncaught error (a script that
 * cannot load…). `detach` removes the listener when the worker is terminated.
 */
export function crashOf(worker: Worker): { crashed: Promise<never>; detach: () => void } {
  let crash: ((e: Error) => void) | undefined;
  const crashed = new Promise<never>((_, reject) => {
    crash = reject;
  });
  crashed.catch(() => undefined); // observed by the races; no unhandled rejection when idle
  const onError = (e: ErrorEvent) => {
    e.preventDefault();
    crash?.(new Error(e.message || 'the worker script could not run'));
  };
  worker.addEventListener('error', onError);
  return { crashed, detach: () => worker.removeEventListener('error', onError) };
}
