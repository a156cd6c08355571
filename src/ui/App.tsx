import { createEffect, createSignal, ErrorBoundary, lazy, Match, on, onCleanup, Switch, type JSX } from 'solid-js';
import type { Result } from '../domain/problem.ts';
import type { WorkspaceBackend } from '../storage/types.ts';
import type { WorkspaceDraft } from '../storage/workspace-store.ts';
import { Header } from './components/Header.tsx';
import { Nav } from './components/Nav.tsx';
import { SkipLink } from './components/SkipLink.tsx';
import { focusView } from './components/focus-view.ts';
import { ViewError } from './components/ViewError.tsx';
import { ProblemList } from './components/ProblemList.tsx';
import { createTheme } from './state/create-theme.ts';
import { createView, NavigationContext } from './state/create-view.ts';
import { createCurrentBasket, CurrentBasketContext } from './state/create-current-basket.ts';
import { createWorkspace } from './state/create-workspace.ts';
import { WorkspaceContext } from './state/workspace-context.ts';
import { PromotionsView } from './views/promotions/PromotionsView.tsx';
import { BasketsView } from './views/baskets/BasketsView.tsx';
import { CatalogView } from './views/catalog/CatalogView.tsx';
import { BundleView } from './views/bundle/BundleView.tsx';
import { SimulatorView } from './views/simulator/SimulatorView.tsx';
import { ScriptsView } from './views/ScriptsView.tsx';
import { HistoryView } from './views/history/HistoryView.tsx';
import { ImportPanel } from './views/bundle/ImportPanel.tsx';
// The narrow-screen overrides (800 px, 390 px) for the shell and every view.
import './styles/responsive.css';

// A development page for the condition builder on its own; not in the navigation, so not a view
// of createView: its own hash signal lets the navigation leave it.
const ConditionsHarness = lazy(() => import('./conditions/ConditionsHarness.tsx').then((m) => ({ default: m.ConditionsHarness })));
// The same for the replay report and compare views (a small history made from the saved baskets).
const ReportHarness = lazy(() => import('./views/history/report/ReportHarness.tsx').then((m) => ({ default: m.ReportHarness })));

export interface AppProps {
  readonly backend: Promise<WorkspaceBackend>;
  readonly loadSample: () => Promise<Result<WorkspaceDraft>>;
}

/** One boundary per view: a failing view shows its error; leaving it and coming back starts it afresh. */
function Guarded(props: { readonly children: JSX.Element }) {
  return <ErrorBoundary fallback={(error, reset) => <ViewError error={error} reset={reset} />}>{props.children}</ErrorBoundary>;
}

/** The workbench shell: header, navigation, and the current view inside an error boundary. */
export function App(props: AppProps) {
  const workspace = createWorkspace(props.backend, props.loadSample);
  const theme = createTheme(props.backend);
  const nav = createView();
  const currentBasket = createCurrentBasket(() => workspace.current());
  const [hash, setHash] = createSignal(location.hash);
  const onHash = () => setHash(location.hash);
  addEventListener('hashchange', onHash);
  onCleanup(() => removeEventListener('hashchange', onHash));
  let main: HTMLElement | undefined;
  // Not on first load (the page starts at the top); after the new view has rendered.
  createEffect(on(nav.view, () => requestAnimationFrame(() => main && focusView(main)), { defer: true }));
  const failedProblems = () => {
    const s = workspace.state();
    return s.kind === 'failed' ? s.problems : undefined;
  };

  return (
    <WorkspaceContext.Provider value={workspace}>
      <NavigationContext.Provider value={nav}>
      <CurrentBasketContext.Provider value={currentBasket}>
      <div class="app">
        <SkipLink target="main" />
        <Header theme={theme} />
        <Nav current={nav.view()} />
        <main class="app-main" id="main" tabindex="-1" ref={main}>
          <Switch>
            <Match when={workspace.state().kind === 'loading'}>
              <p class="loading" role="status">
                Opening workspace…
              </p>
            </Match>
            <Match when={failedProblems()}>
              {(problems) => (
                <section class="pane pane-full" aria-label="Workspace problem">
                  <p class="notice notice-error" role="alert">
                    The workspace could not be opened. Import a bundle to start.
                  </p>
                  <ProblemList problems={problems()} label="Workspace problems" />
                  <ImportPanel />
                </section>
              )}
            </Match>
            <Match when={workspace.current()}>
              {(w) => (
                <Switch>
                  <Match when={hash().startsWith('#/dev/conditions')}>
                    <Guarded>
                      <ConditionsHarness workspace={w()} />
                    </Guarded>
                  </Match>
                  <Match when={hash().startsWith('#/dev/report')}>
                    <Guarded>
                      <ReportHarness workspace={w()} />
                    </Guarded>
                  </Match>
                  <Match when={nav.view() === 'promotions'}>
                    <Guarded>
                      <PromotionsView workspace={w()} />
                    </Guarded>
                  </Match>
                  <Match when={nav.view() === 'baskets'}>
                    <Guarded>
                      <BasketsView workspace={w()} />
                    </Guarded>
                  </Match>
                  <Match when={nav.view() === 'simulator'}>
                    <Guarded>
                      <SimulatorView workspace={w()} />
                    </Guarded>
                  </Match>
                  <Match when={nav.view() === 'history'}>
                    <Guarded>
                      <HistoryView workspace={w()} />
                    </Guarded>
                  </Match>
                  <Match when={nav.view() === 'catalog'}>
                    <Guarded>
                      <CatalogView workspace={w()} />
                    </Guarded>
                  </Match>
                  <Match when={nav.view() === 'scripts'}>
                    <Guarded>
                      <ScriptsView workspace={w()} />
                    </Guarded>
                  </Match>
                  <Match when={nav.view() === 'bundle'}>
                    <Guarded>
                      <BundleView workspace={w()} />
                    </Guarded>
                  </Match>
                </Switch>
              )}
            </Match>
          </Switch>
        </main>
      </div>
      </CurrentBasketContext.Provider>
      </NavigationContext.Provider>
    </WorkspaceContext.Provider>
  );
}
