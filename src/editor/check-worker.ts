/**
 * The main-thread side of `workers/dsl.worker.ts`: one worker per editor session, terminated on
 * dispose. The worker's API is imported as a type only, so its code stays in the worker chunk.
 */
import * as Comlink from 'comlink';
import type { Result } from '../domain/problem.ts';
import type { Diagnostic, ScriptEnv } from '../dsl/index.ts';
import type { DslWorkerApi } from '../../workers/dsl.worker.ts';
import type { Disposable } from './disposables.ts';

export interface ScriptChecker extends Disposable {
  check(source: string, extensionPoint: string | undefined, env: ScriptEnv): Promise<Result<readonly Diagnostic[]>>;
}

/**
 * @example const checker = createCheckWorker(); const r = await checker.check(src, 'DiscountCondition', {}); checker.dispose()
 */
export function createCheckWorker(): ScriptChecker {
  const worker = new Worker(new URL('../../workers/dsl.worker.ts', import.meta.url), { type: 'module', name: 'dsl-check' });
  const remote = Comlink.wrap<DslWorkerApi>(worker);
  return {
    check: (source, extensionPoint, env) => remote.check(source, extensionPoint, env),
    dispose() {
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
