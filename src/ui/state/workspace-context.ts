import { createContext, useContext } from 'solid-js';
import type { WorkspaceStore } from './create-workspace.ts';

export const WorkspaceContext = createContext<WorkspaceStore>();

/**
 * The workspace store of the nearest provider; throws outside one (a wiring bug, not a user error).
 * @example const ws = useWorkspace(); ws.current()?.bundle.promotions
 */
export function useWorkspace(): WorkspaceStore {
  const store = useContext(WorkspaceContext);
  if (store === undefined) throw new Error('useWorkspace must be used inside <WorkspaceContext.Provider>');
  return store;
}
