import { canonicalJson } from '../bundle/canonical-json.ts';

/**
 * Which items one write changed (added, edited or removed), by id. A tab that hears of another
 * tab's write uses this to tell whether an editor holding unsaved edits is affected.
 * `settings` lists the other top-level bundle members that changed (`name`, `currency`, …).
 */
export interface ChangedItems {
  readonly promotions: readonly string[];
  readonly baskets: readonly string[];
  readonly scripts: readonly string[];
  readonly products: readonly string[];
  readonly settings: readonly string[];
}

export const NO_CHANGES: ChangedItems = { promotions: [], baskets: [], scripts: [], products: [], settings: [] };

/** The JSON a workspace is made of, as written in files (the same shape as `WorkspaceDraft`). */
interface WorkspaceJson {
  readonly bundle: unknown;
  readonly baskets: readonly unknown[];
}

const ITEM_LISTS = ['promotions', 'scripts', 'products'] as const;
// `baskets` inside the bundle are not the saved baskets: they are bundle content like any other member.
const NOT_SETTINGS = new Set<string>([...ITEM_LISTS, 'revision']);

const asObject = (v: unknown): Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** id → canonical JSON of the item; items without a string id are keyed by their position. */
function byId(list: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(list)) return out;
  list.forEach((item, i) => {
    const id = asObject(item)['id'];
    out.set(typeof id === 'string' ? id : `#${i}`, canonicalJson(item));
  });
  return out;
}

function changedIds(before: unknown, after: unknown): string[] {
  const a = byId(before);
  const b = byId(after);
  const ids = new Set([...a.keys(), ...b.keys()]);
  return [...ids].filter((id) => a.get(id) !== b.get(id)).sort();
}

/**
 * Compares two workspaces item by item (canonical JSON, so member order does not count).
 * `before` undefined means everything in `after` is new.
 * @example changedItems(before, after).promotions // ['spring-sale']
 */
export function changedItems(before: WorkspaceJson | undefined, after: WorkspaceJson): ChangedItems {
  const a = asObject(before?.bundle);
  const b = asObject(after.bundle);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const settings = [...keys]
    .filter((k) => !NOT_SETTINGS.has(k))
    .filter((k) => (a[k] === undefined ? undefined : canonicalJson(a[k])) !== (b[k] === undefined ? undefined : canonicalJson(b[k])))
    .sort();
  return {
    promotions: changedIds(a['promotions'], b['promotions']),
    scripts: changedIds(a['scripts'], b['scripts']),
    products: changedIds(a['products'], b['products']),
    baskets: changedIds(before?.baskets, after.baskets),
    settings,
  };
}

/** True when no item and no setting changed. */
export const isUnchanged = (c: ChangedItems): boolean =>
  c.promotions.length + c.baskets.length + c.scripts.length + c.products.length + c.settings.length === 0;
