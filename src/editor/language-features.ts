/**
 * Everything the script language contributes to Monaco, registered together and owned by one
 * store: the language itself (lazy grammar), completion, hover, definition and formatting.
 * Diagnostics are per model (`attachDiagnostics`).
 */
import type { ScriptEnv } from '../dsl/index.ts';
import { registerCompletion } from './completion.ts';
import { registerDefinition } from './definition.ts';
import { DisposableStore } from './disposables.ts';
import { registerFormatting } from './formatting.ts';
import { registerHover } from './hover.ts';
import type { MonacoApi } from './load-monaco.ts';
import { registerScriptLanguage } from './register.ts';

/**
 * @example const features = registerLanguageFeatures(monaco, () => env); onCleanup(() => features.dispose())
 */
export function registerLanguageFeatures(monaco: MonacoApi, env: () => ScriptEnv): DisposableStore {
  const store = new DisposableStore();
  for (const d of registerScriptLanguage(monaco)) store.add(d);
  store.add(registerCompletion(monaco, env));
  store.add(registerHover(monaco));
  store.add(registerDefinition(monaco));
  store.add(registerFormatting(monaco));
  return store;
}
