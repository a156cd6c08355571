import type { ChangedItems } from '../../storage/changed-items.ts';

export const CHANNEL_NAME = 'promo-workbench';

/** What one tab tells the others of the same origin. */
export type WorkspaceMessage =
  | {
      readonly kind: 'workspace-written';
      readonly workspaceId: string;
      readonly revision: string;
      readonly serial: number;
      readonly items: ChangedItems;
    }
  /** A workspace was created, duplicated or deleted: the switcher's list changed. */
  | { readonly kind: 'workspaces-changed' };

export interface WorkspaceChannel {
  post(message: WorkspaceMessage): void;
  close(): void;
}

const isMessage = (data: unknown): data is WorkspaceMessage =>
  typeof data === 'object' && data !== null && ['workspace-written', 'workspaces-changed'].includes((data as { kind?: unknown }).kind as string);

/**
 * A BroadcastChannel between tabs of the same origin (a channel never hears its own posts).
 * Without BroadcastChannel the tab still works alone: compare-and-set still refuses stale writes.
 * @example const ch = openWorkspaceChannel(CHANNEL_NAME, (m) => m.kind === 'workspace-written' && reload(m.workspaceId))
 */
export function openWorkspaceChannel(name: string, onMessage: (message: WorkspaceMessage) => void): WorkspaceChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    // Another version of the app may post other shapes: ignore what we do not know.
    if (isMessage(e.data)) onMessage(e.data);
  };
  let closed = false;
  return {
    post(message) {
      if (!closed) channel.postMessage(message);
    },
    close() {
      closed = true;
      channel.close();
    },
  };
}
