import { For, Match, Show, Switch } from 'solid-js';
import type { Promotion } from '../../domain/promotion.ts';
import type { SavedBasket } from '../../domain/bundle.ts';
import type { RunView } from './run-against-basket.ts';

export interface RunPanelProps {
  readonly baskets: readonly SavedBasket[];
  readonly promotions: readonly Promotion[];
  readonly basketId: string | undefined;
  readonly promotionId: string | undefined;
  readonly onBasket: (id: string) => void;
  readonly onPromotion: (id: string) => void;
  readonly onRun: () => void;
  /** Why Run is off (errors, check pending); undefined when it may run. */
  readonly refused?: string | undefined;
  readonly result: RunView | undefined;
  readonly onJump: (line: number, column: number) => void;
}

/** Run the script against a saved basket (and the promotion it would run for): outputs, trace or the runtime error. */
export function RunPanel(props: RunPanelProps) {
  return (
    <section class="scripts-panel" aria-labelledby="script-run-title">
      <div class="scripts-panel-head">
        <h3 id="script-run-title">Run</h3>
        <span class="muted">Ctrl/⌘+Enter</span>
      </div>
      <div class="run-controls">
        <label class="run-field">
          <span>Basket</span>
          <select class="input" value={props.basketId ?? ''} onChange={(e) => props.onBasket(e.currentTarget.value)} aria-label="Basket">
            <For each={props.baskets}>{(b) => <option value={b.id}>{b.name}</option>}</For>
          </select>
        </label>
        <label class="run-field">
          <span>Promotion</span>
          <select class="input" value={props.promotionId ?? ''} onChange={(e) => props.onPromotion(e.currentTarget.value)} aria-label="Promotion">
            <For each={props.promotions}>{(p) => <option value={p.id}>{p.name}</option>}</For>
          </select>
        </label>
        <button
          type="button"
          class="btn btn-primary"
          onClick={() => props.onRun()}
          disabled={props.refused !== undefined || props.basketId === undefined || props.promotionId === undefined}
          aria-describedby={props.refused === undefined ? undefined : 'script-gate'}
        >
          Run
        </button>
      </div>
      <Show when={props.result} fallback={<p class="muted run-hint">Run the script to see its outputs and a step trace.</p>}>
        {(r) => (
          <div class="run-result" aria-label="Run result" role="region">
            <Switch>
              <Match when={r().kind === 'ok' && r()}>
                {(ok) => (
                  <dl class="run-outputs" aria-label="Outputs">
                    <For each={(ok() as Extract<RunView, { kind: 'ok' }>).outputs}>
                      {(o) => (
                        <div class="run-output">
                          <dt>{o.name}</dt>
                          <dd>
                            <code>{o.value}</code>
                          </dd>
                        </div>
                      )}
                    </For>
                  </dl>
                )}
              </Match>
              <Match when={r().kind === 'error' && (r() as Extract<RunView, { kind: 'error' }>)}>
                {(err) => (
                  <p class="notice notice-error run-error" role="alert">
                    <button type="button" class="link-button" onClick={() => props.onJump(err().line, err().column)}>
                      line {err().line}:{err().column}
                    </button>{' '}
                    <code>{err().code}</code> {err().message}
                  </p>
                )}
              </Match>
            </Switch>
            <details class="run-trace">
              <summary>
                Trace · {r().steps} steps{r().trace.length > 0 ? ` · ${r().trace.length} statements` : ''}
              </summary>
              <ol>
                <For each={r().trace}>
                  {(t) => (
                    <li>
                      <button type="button" class="link-button" onClick={() => props.onJump(t.line, 1)}>
                        {t.line}
                      </button>{' '}
                      <code>{t.statement}</code>
                      <Show when={t.variables}>
                        <span class="muted"> — {t.variables}</span>
                      </Show>
                    </li>
                  )}
                </For>
              </ol>
            </details>
          </div>
        )}
      </Show>
    </section>
  );
}
