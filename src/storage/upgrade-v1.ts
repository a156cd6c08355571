import type { BasketRecord, JsonObject, WorkspaceRow } from './types.ts';

/** The one workspace a v1 database held (store `workspace`, key `current`), without a serial. */
export interface V1WorkspaceRecord {
  readonly input: JsonObject;
  readonly revision: string;
  readonly savedAt: string;
}

/**
 * Schema v1 → v2: the single v1 workspace and its baskets (separate store, ordered by position)
 * become one v2 row under `id`, serial 1. Nothing stored in v1 (an empty database) gives nothing.
 * Pure, so the IndexedDB upgrade and the memory backend share it.
 * @example upgradeV1(record, baskets, 'ws-1')?.snapshot.workspace.serial // 1
 */
export function upgradeV1(workspace: V1WorkspaceRecord | undefined, baskets: readonly BasketRecord[], id: string): WorkspaceRow | undefined {
  if (workspace === undefined) return undefined;
  const ordered = [...baskets].sort((a, b) => a.position - b.position).map((b, position) => ({ id: b.id, position, basket: b.basket }));
  return {
    id,
    createdAt: workspace.savedAt,
    snapshot: {
      workspace: { input: workspace.input, revision: workspace.revision, savedAt: workspace.savedAt, serial: 1 },
      baskets: ordered,
    },
  };
}
