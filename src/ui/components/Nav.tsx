import { For } from 'solid-js';
import type { ViewName } from '../state/create-view.ts';
import { useWorkspace } from '../state/workspace-context.ts';

const ITEMS: readonly { readonly view: ViewName; readonly label: string }[] = [
  { view: 'promotions', label: 'Promotions' },
  { view: 'baskets', label: 'Baskets' },
  { view: 'simulator', label: 'Simulator' },
  { view: 'history', label: 'History' },
  { view: 'catalog', label: 'Catalog' },
  { view: 'scripts', label: 'Scripts' },
  { view: 'bundle', label: 'Bundle' },
];

/** The left navigation; links change the hash so reload and back keep the view. */
export function Nav(props: { readonly current: ViewName }) {
  const ws = useWorkspace();
  const count = (view: ViewName): number | undefined => {
    const w = ws.current();
    if (w === undefined) return undefined;
    if (view === 'promotions') return w.bundle.promotions.length;
    if (view === 'baskets') return w.baskets.length;
    if (view === 'catalog') return w.bundle.products.length;
    if (view === 'scripts') return w.bundle.scripts.length;
    return undefined;
  };
  return (
    <nav class="app-nav" aria-label="Main">
      <ul>
        <For each={ITEMS}>
          {(item) => (
            <li>
              <a href={`#/${item.view}`} class="nav-link" aria-current={props.current === item.view ? 'page' : undefined}>
                <span>{item.label}</span>
                <span class="nav-count" aria-hidden="true">
                  {count(item.view)}
                </span>
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
