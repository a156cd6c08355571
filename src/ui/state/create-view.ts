import { createContext, createMemo, createSignal, getOwner, onCleanup, useContext, type Accessor } from 'solid-js';
import { formatRoute, parseRoute, sameRoute, VIEWS, type Route, type ViewName } from './route.ts';

export { VIEWS, type Route, type ViewName };

/** `#/baskets` → 'baskets'; anything else → 'promotions'. */
export const viewFromHash = (hash: string): ViewName => parseRoute(hash).view;

/** The part of `window` navigation needs; a fake in tests. */
export interface HistoryHost {
  readonly location: { readonly hash: string };
  readonly history: { pushState(data: unknown, unused: string, url: string): void; replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: 'hashchange' | 'popstate', listener: () => void): void;
  removeEventListener(type: 'hashchange' | 'popstate', listener: () => void): void;
}

export interface GoOptions {
  /** Replace the current history entry instead of adding one (selection changes: back leaves the view, not the last click). */
  readonly replace?: boolean;
}

export interface Navigation {
  readonly view: Accessor<ViewName>;
  /** The whole place: view, selected id, sub-page (`#/promotions/<id>/edit`). */
  readonly route: Accessor<Route>;
  /** Goes to a view (its hash without selection) or a route. */
  go(to: ViewName | Route, options?: GoOptions): void;
}

/**
 * The current view and selection, kept in `location.hash` so reload and the back button work
 * without a router. Links (`<a href="#/…">`) and back/forward arrive as hashchange/popstate;
 * `go` writes the hash with pushState/replaceState (neither fires hashchange, so it sets the
 * route itself).
 * @example const nav = createView(); nav.view() === 'catalog'; nav.go({ view: 'baskets', id: 'b01' }, { replace: true })
 */
export function createView(host: HistoryHost = window): Navigation {
  const [route, setRoute] = createSignal<Route>(parseRoute(host.location.hash), { equals: sameRoute });
  const onHash = () => setRoute(parseRoute(host.location.hash));
  host.addEventListener('hashchange', onHash);
  host.addEventListener('popstate', onHash);
  if (getOwner()) {
    onCleanup(() => {
      host.removeEventListener('hashchange', onHash);
      host.removeEventListener('popstate', onHash);
    });
  }
  const view = createMemo(() => route().view);
  return {
    view,
    route,
    go(to, options = {}) {
      const next: Route = typeof to === 'string' ? { view: to } : to;
      const hash = formatRoute(next);
      if (host.location.hash !== hash) {
        if (options.replace === true) host.history.replaceState(null, '', hash);
        else host.history.pushState(null, '', hash);
      }
      setRoute(next);
    },
  };
}

export const NavigationContext = createContext<Navigation>();

/**
 * The navigation of the nearest provider (App); throws outside one (a wiring bug, not a user error).
 * @example const nav = useNavigation(); const selected = () => nav.route().id
 */
export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (nav === undefined) throw new Error('useNavigation must be used inside <NavigationContext.Provider>');
  return nav;
}
