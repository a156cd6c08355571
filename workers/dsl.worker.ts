/**
 * Checks scripts off the main thread so typing never waits for the checker. The API returns
 * results as data: Comlink rebuilds thrown errors from message/name/stack only.
 */
import * as Comlink from 'comlink';
import { fail, ok, problem, type Result } from '../src/domain/problem.ts';
import { checkScript, type Diagnostic, type ScriptEnv } from '../src/dsl/index.ts';

const api = {
  /**
   * Every diagnostic of `source`, sorted by position.
   * @example await worker.check("extend DiscountCondition\noutput x", 'DiscountCondition', {}) // { ok: true, value: [{ code: 'unknown-variable', … }] }
   */
  check(source: string, extensionPoint: string | undefined, env: ScriptEnv): Result<readonly Diagnostic[]> {
    try {
      return ok(checkScript(source, extensionPoint, env));
    } catch (e) {
      return fail([problem('script-check-failed', `the checker failed: ${e instanceof Error ? e.message : String(e)}`)]);
    }
  },
};

export type DslWorkerApi = typeof api;

Comlink.expose(api);
