import { makeMemoryBackend, type MemoryBackendOptions } from '../../src/storage/memory-backend.ts';
import type { WorkspaceBackend } from '../../src/storage/types.ts';
import { writeWorkspace, type WorkspaceDraft } from '../../src/storage/workspace-store.ts';
import { bundleInput } from './ui-factories.ts';

/** A saved basket as written in a file. */
export const basketInput = (id: string, name = `Basket ${id}`) => ({
  id,
  name,
  order: { id: `o-${id}`, at: '2026-05-01T12:00:00-04:00', lines: [{ id: 'l1', productId: 'cola', quantity: 3, unitPrice: '1.50' }] },
});

/** A valid workspace draft: the fixture bundle (renamed) and the given baskets. */
export const workspaceDraft = (name = 'Fixture workspace', baskets: readonly string[] = []): WorkspaceDraft => ({
  bundle: bundleInput({ name }),
  baskets: baskets.map((id) => basketInput(id)),
});

/** Ids `ws-1`, `ws-2`, … in call order. */
export function idSequence(prefix = 'ws'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** A memory backend holding the given workspaces (stored in order, serial 1 each). */
export async function backendWith(workspaces: Readonly<Record<string, WorkspaceDraft>>, options: MemoryBackendOptions = {}): Promise<WorkspaceBackend> {
  const backend = makeMemoryBackend(options);
  let tick = 0;
  for (const [id, draft] of Object.entries(workspaces)) {
    // Distinct instants so creation order is the listing order.
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));
    const r = await writeWorkspace(backend, id, draft, undefined, () => at);
    if (!r.ok) throw new Error(`fixture workspace ${id}: ${r.problems.map((p) => p.message).join('; ')}`);
  }
  return backend;
}

let channels = 0;
/** A channel name no other test uses, so stores of different tests never hear each other. */
export const freshChannel = (): string => `promo-workbench-test-${process.pid}-${++channels}`;

/** Waits until `check` passes (for BroadcastChannel delivery, which is asynchronous). */
export async function eventually(check: () => void, tries = 200): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      check();
      return;
    } catch (e) {
      if (i >= tries) throw e;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}
