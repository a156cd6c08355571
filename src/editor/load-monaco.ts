/** Lazy entry to the Monaco chunk: the first call starts the download, later calls share it. */
import type * as Monaco from 'monaco-editor/editor';

export type MonacoApi = typeof Monaco;

let loading: Promise<MonacoApi> | undefined;

/**
 * @example const monaco = await loadMonaco(); monaco.editor.create(el, { language: LANGUAGE_ID })
 */
export function loadMonaco(): Promise<MonacoApi> {
  loading ??= import('./monaco-setup.ts').then((m) => m.monaco);
  // A failed download may be retried by the next call.
  loading.catch(() => (loading = undefined));
  return loading;
}
