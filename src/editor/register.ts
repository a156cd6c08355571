/**
 * Registers the script language with Monaco: its id, and a lazy loader for the Monarch grammar
 * and configuration, fetched only when a model of the language first appears. Monaco cannot
 * unregister a language id, so the id is registered once per Monaco instance; the grammar and
 * configuration are registrations the caller disposes (and a later call registers again).
 */
import type * as Monaco from 'monaco-editor/editor';
import type { Disposable } from './disposables.ts';
import { LANGUAGE_ID } from './language.ts';

const known = new WeakSet<object>();
const encountered = new WeakSet<object>();

/**
 * @example const disposables = registerScriptLanguage(monaco); monaco.editor.createModel(src, LANGUAGE_ID)
 */
export function registerScriptLanguage(monaco: typeof Monaco): Disposable[] {
  const { languages } = monaco;
  if (!known.has(languages)) {
    known.add(languages);
    languages.register({ id: LANGUAGE_ID, extensions: ['.promo'], aliases: ['Promo script', 'promo'] });
  }
  const grammar = () => import('./monarch.ts');
  let configuration: Disposable | undefined;
  let disposed = false;
  const configure = () => {
    encountered.add(languages);
    void grammar().then((m) => {
      if (!disposed) configuration = languages.setLanguageConfiguration(LANGUAGE_ID, m.conf);
    });
  };
  // Monaco announces a language only once; after that, configure directly.
  const listener = encountered.has(languages) ? (configure(), undefined) : languages.onLanguageEncountered(LANGUAGE_ID, configure);
  return [
    languages.registerTokensProviderFactory(LANGUAGE_ID, { create: async () => (await grammar()).language }),
    {
      dispose() {
        disposed = true;
        listener?.dispose();
        configuration?.dispose();
      },
    },
  ];
}
