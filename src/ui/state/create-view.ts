import { createSignal, getOwner, onCleanup, type Accessor } from 'solid-js';

export const VIEWS = ['promotions', 'baskets', 'simulator', 'catalog', 'scripts', 'bundle'] as const;
export type ViewName = (typeof VIEWS)[number];

const isView = (s: string): s is ViewName => (VIEWS as readonly string[]).includes(s);

/** `#/baskets` → 'baskets'; anything else → 'promotions'. */
export function viewFromHash(hash: string): ViewName {
  const name = hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return isView(name) ? name : 'promotions';
}

/**
 * The current view, kept in `location.hash` so reload and the back button work without a router.
 * @example const view = createView(); view.view() === 'catalog'; view.go('bundle')
 */
export function createView(): { readonly view: Accessor<ViewName>; go(view: ViewName): void } {
  const [view, setView] = createSignal<ViewName>(viewFromHash(location.hash));
  const onHash = () => setView(viewFromHash(location.hash));
  addEventListener('hashchange', onHash);
  if (getOwner()) onCleanup(() => removeEventListener('hashchange', onHash));
  return {
    view,
    go(next) {
      location.hash = `#/${next}`;
    },
  };
}
