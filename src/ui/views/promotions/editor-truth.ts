import { createContext, useContext, type Accessor } from 'solid-js';
import type { PromotionTraces } from '../../../engine/eligibility/conditions/trace.ts';

/**
 * How the working copy's condition trees fare on the simulator's current basket, so each node of
 * the condition builder can say true or false. Undefined while there is no basket or the working
 * copy does not validate.
 */
export const EditorTruthContext = createContext<Accessor<PromotionTraces | undefined>>(() => undefined);

export const useEditorTruth = (): Accessor<PromotionTraces | undefined> => useContext(EditorTruthContext);
