/**
 * The app's place as a hash: `#/<view>[/<id>[/<sub>]]`, each part URI-encoded. Pure, so the
 * parser is a table test; `create-view.ts` keeps the reactive side.
 * Examples: `#/promotions/snacks-b2g1` selects a promotion, `#/promotions/snacks-b2g1/edit` opens
 * it in the editor, `#/promotions/new` starts a new one, `#/simulator/b01` simulates a basket,
 * `#/history/<history id>/<run id>` shows a replay run of an imported order history.
 */

export const VIEWS = ['promotions', 'baskets', 'simulator', 'history', 'catalog', 'scripts', 'bundle'] as const;
export type ViewName = (typeof VIEWS)[number];

export interface Route {
  readonly view: ViewName;
  /** The selected item of the view (a promotion, basket…), or a word such as `new`. */
  readonly id?: string;
  /** What to do with it, e.g. `edit`. Only present with an id. */
  readonly sub?: string;
}

export const isView = (s: string): s is ViewName => (VIEWS as readonly string[]).includes(s);

/** A malformed escape (`%E0%A4%A`) is kept as typed rather than thrown: a bad link must not break the page. */
function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Reads a hash; an unknown view falls back to Promotions (without id: it was someone else's id),
 * empty parts are ignored, parts after the third are dropped.
 * @example parseRoute('#/baskets/b01%2Fx') // { view: 'baskets', id: 'b01/x' }
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#?\/?/, '').split('/');
  const view = decode(parts[0] ?? '');
  if (!isView(view)) return { view: 'promotions' };
  const id = parts[1] === undefined || parts[1] === '' ? undefined : decode(parts[1]);
  if (id === undefined) return { view };
  const sub = parts[2] === undefined || parts[2] === '' ? undefined : decode(parts[2]);
  return sub === undefined ? { view, id } : { view, id, sub };
}

/**
 * The hash of a route; ids are encoded so one with a `/` or `#` stays one part.
 * @example formatRoute({ view: 'promotions', id: 'p 1', sub: 'edit' }) // '#/promotions/p%201/edit'
 */
export function formatRoute(route: Route): string {
  let hash = `#/${route.view}`;
  if (route.id !== undefined && route.id !== '') {
    hash += `/${encodeURIComponent(route.id)}`;
    if (route.sub !== undefined && route.sub !== '') hash += `/${encodeURIComponent(route.sub)}`;
  }
  return hash;
}

export const sameRoute = (a: Route, b: Route): boolean => a.view === b.view && a.id === b.id && a.sub === b.sub;
