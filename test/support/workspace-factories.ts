/** Workspaces for UI state tests: the simulator fixture bundle with stored baskets, validated as the app would. */
import { prepareWorkspace, type Workspace } from '../../src/storage/workspace-store.ts';
import { simBundleInput } from './simulator-factories.ts';
import type { BundleInput } from '../../src/domain/bundle.ts';

export const AT = '2026-03-11T11:00:00-04:00';

/** A basket as stored (input form): one line of `quantity` × p-1 at 10.00. */
export const storedBasket = (id: string, extra: Record<string, unknown> = {}, quantity = 1) => ({
  id, name: `Basket ${id}`, order: { id: `o-${id}`, at: AT, lines: [{ id: 'l1', productId: 'p-1', quantity, unitPrice: '10.00' }] }, ...extra,
});

export async function makeWorkspace(baskets: readonly unknown[], bundle: Partial<BundleInput> = {}): Promise<Workspace> {
  const r = await prepareWorkspace({ bundle: simBundleInput(bundle), baskets });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}
