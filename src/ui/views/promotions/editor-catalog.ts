import { createContext, useContext, type Accessor } from 'solid-js';
import type { Bundle } from '../../../domain/bundle.ts';

/** What editor widgets need beyond their own field: the bundle being edited (catalog, scripts, currency). */
export const EditorBundleContext = createContext<Accessor<Bundle>>();

/**
 * The bundle of the nearest promotion editor; throws outside one (a wiring bug).
 * @example const bundle = useEditorCatalog(); bundle().products.length
 */
export function useEditorCatalog(): Accessor<Bundle> {
  const b = useContext(EditorBundleContext);
  if (b === undefined) throw new Error('editor widgets must be inside <EditorBundleContext.Provider>');
  return b;
}
