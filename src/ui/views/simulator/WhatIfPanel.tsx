import { createMemo, createSignal, For, Show } from 'solid-js';
import type { EvaluationResult } from '../../../domain/result.ts';
import { formatMoney } from '../../../domain/money.ts';
import { formatAmount, plural } from '../../describe/format.ts';
import { useCurrentBasket } from '../../state/create-current-basket.ts';
import { useWorkspace } from '../../state/workspace-context.ts';
import { createWhatIf, type BundleVersion, type WhatIfBasket, type WhatIfRow } from '../../simulator/create-what-if.ts';
import { evaluationPool, type EvaluationPool } from '../../simulator/evaluation-client.ts';
import { spawnEvaluateWorker } from '../../simulator/spawn-worker.ts';
import { formatDelta, summarizeWhatIf, type BasketDiff, type PromotionShift } from '../../simulator/what-if.ts';
import { applicationsSideBySide, sideRows, totalsSideBySide } from '../../simulator/what-if-sides.ts';
import { ProblemList } from '../../components/ProblemList.tsx';
import './what-if.css';

export interface WhatIfPanelProps {
  /** The last saved bundle (the workspace's stored input and revision). */
  readonly before: BundleVersion;
  /** The edited bundle; undefined while there is no edit or it does not validate. */
  readonly after: BundleVersion | undefined;
  /** Tests; by default the evaluation pool the Simulator and "Run all baskets" share. */
  readonly pool?: EvaluationPool;
}

type Compared = Extract<BasketDiff, { kind: 'compared' }>;

/** Promotion names from a bundle in input form, without trusting its shape. */
function namesIn(input: unknown): Map<string, string> {
  const promotions = (input as { promotions?: unknown } | undefined)?.promotions;
  const names = new Map<string, string>();
  if (Array.isArray(promotions)) {
    for (const p of promotions as { id?: unknown; name?: unknown }[]) if (typeof p?.id === 'string' && typeof p.name === 'string') names.set(p.id, p.name);
  }
  return names;
}

/** Promotions that started and stopped applying, each said in words (not by colour alone). */
function Shifts(props: { readonly started: readonly PromotionShift[]; readonly stopped: readonly PromotionShift[]; readonly name: (id: string) => string; readonly currency: string }) {
  const item = (s: PromotionShift, word: 'started' | 'stopped') => (
    <li class={`shift-${word}`}>
      <span class="shift-word">{word}</span> {props.name(s.promotionId)} <span class="muted">{formatAmount(s.saving, props.currency)}</span>
      <Show when={s.reason}>{(r) => <code class="code-chip">{r()}</code>}</Show>
    </li>
  );
  return (
    <Show when={props.started.length + props.stopped.length > 0} fallback={<span class="muted">—</span>}>
      <ul class="plain-list shifts">
        <For each={props.started}>{(s) => item(s, 'started')}</For>
        <For each={props.stopped}>{(s) => item(s, 'stopped')}</For>
      </ul>
    </Show>
  );
}

/** One side of the before / after comparison: totals and applications, differing entries marked. */
function Side(props: { readonly title: string; readonly result: EvaluationResult; readonly other: EvaluationResult; readonly side: 'before' | 'after'; readonly name: (id: string) => string }) {
  const c = () => props.result.currency;
  const totals = () => totalsSideBySide(props.side === 'before' ? props.result : props.other, props.side === 'before' ? props.other : props.result);
  const apps = () => sideRows(applicationsSideBySide(props.side === 'before' ? props.result : props.other, props.side === 'before' ? props.other : props.result)[props.side]);
  return (
    <section class="what-if-side card" aria-label={props.title}>
      <h4>{props.title}</h4>
      <dl class="what-if-totals">
        <For each={totals()}>
          {(row) => (
            <>
              <dt classList={{ differs: row.differs }}>{row.label}</dt>
              <dd classList={{ differs: row.differs }} data-total={row.key}>
                {formatAmount(row[props.side], c())}
                <Show when={row.differs}>
                  <span class="visually-hidden"> (differs)</span>
                </Show>
              </dd>
            </>
          )}
        </For>
      </dl>
      <Show when={apps().length > 0} fallback={<p class="muted">No promotion applies.</p>}>
        <ul class="what-if-apps" aria-label={`Applications ${props.side}`}>
          <For each={apps()}>
            {(a) => (
              <li classList={{ differs: a.differs }}>
                <span>
                  {props.name(a.promotionId)}
                  <Show when={a.times > 1}>
                    {' '}
                    <span class="chip" title="Equal applications in a row, shown once">× {a.times.toLocaleString('en-US')}</span>
                  </Show>
                  <span class="muted"> · tier {a.tier + 1} · {a.rewarded || 'no units'}{a.times > 1 ? ' each' : ''}</span>
                </span>
                <span class="num-inline">
                  {formatAmount(a.saving, c())}
                  {a.times > 1 ? ' each' : ''}
                </span>
                <Show when={a.differs}>
                  <span class="what-if-mark">{props.side === 'after' ? 'new' : 'gone'}</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

/**
 * What an edit changes: every saved basket and the simulator's current basket evaluated under the
 * last saved bundle and the edited one (`createWhatIf`), summed up, the changed baskets in a
 * table, unchanged ones folded, and one chosen basket side by side.
 */
export function WhatIfPanel(props: WhatIfPanelProps) {
  const store = useWorkspace();
  const current = useCurrentBasket();
  const baskets = createMemo((): readonly WhatIfBasket[] => {
    const ws = store.current();
    if (ws === undefined) return [];
    const names = new Map(ws.baskets.map((b) => [b.id, b.name]));
    return [...ws.snapshot.baskets]
      .sort((a, b) => a.position - b.position)
      .map((b) => ({ id: b.id, name: names.get(b.id) ?? b.id, order: b.basket['order'], ...(b.basket['state'] === undefined ? {} : { state: b.basket['state'] }) }));
  });
  const currentOrder = createMemo(() => {
    const order = current.order();
    const state = current.state();
    return order === undefined ? undefined : { order, ...(state === undefined ? {} : { state }) };
  });
  const whatIf = createWhatIf(
    { before: () => props.before, after: () => props.after, baskets, currentOrder },
    { pool: () => props.pool ?? evaluationPool(spawnEvaluateWorker) },
  );
  const currency = () => store.current()?.bundle.currency ?? 'USD';
  const name = (id: string) => namesIn(props.after?.input).get(id) ?? namesIn(props.before.input).get(id) ?? id;
  const compared = (r: WhatIfRow): Compared | undefined => (r.diff.kind === 'compared' ? r.diff : undefined);
  const changed = () => whatIf.rows().filter((r) => compared(r)?.changed === true);
  const unchanged = () => whatIf.rows().filter((r) => compared(r)?.changed === false);
  const failed = () => whatIf.rows().filter((r) => r.diff.kind === 'failed');
  const summary = () => summarizeWhatIf(whatIf.rows().map((r) => r.diff), currency());
  const money = (minor: bigint) => formatAmount(formatMoney(minor, currency()), currency());
  const results = (r: WhatIfRow) => (r.before.ok && r.after.ok ? { before: r.before.value, after: r.after.value } : undefined);
  const key = (r: WhatIfRow) => (r.current ? '@current' : r.basket.id);

  const [chosen, setChosen] = createSignal<string>();
  const shown = () => whatIf.rows().find((r) => key(r) === chosen()) ?? changed()[0] ?? whatIf.rows()[0];

  return (
    <section class="what-if" aria-labelledby="what-if-title" aria-busy={whatIf.status() === 'busy'}>
      <div class="pane-head">
        <h3 id="what-if-title">What-if</h3>
        <span class="muted" role="status">
          {whatIf.status() === 'busy' ? `Evaluating… ${whatIf.progress().done} / ${whatIf.progress().total}` : ''}
        </span>
      </div>
      <Show when={props.after !== undefined} fallback={<p class="muted">No edited bundle to compare with the saved one.</p>}>
        <div classList={{ 'what-if-body': true, stale: whatIf.stale() }}>
          <Show when={whatIf.status() !== 'busy' || whatIf.rows().length > 0}>
            <p class="what-if-summary" data-changed={summary().changed}>
              {summary().text}
            </p>
          </Show>
          <Show when={changed().length > 0}>
            <div class="table-scroll">
              <table class="data-table" aria-label="Changed baskets">
                <thead>
                  <tr>
                    <th scope="col" class="grow">Basket</th>
                    <th scope="col" class="num">Saving before</th>
                    <th scope="col" class="num">After</th>
                    <th scope="col" class="num">Delta</th>
                    <th scope="col">Started / stopped</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={changed()}>
                    {(r) => {
                      const d = compared(r)!;
                      return (
                        <tr aria-selected={shown() === r}>
                          <td>
                            <button type="button" class="link-button" aria-label={`Compare ${r.basket.name} before and after`} onClick={() => setChosen(key(r))}>
                              {r.basket.name}
                            </button>
                            <Show when={d.moved.length > 0}>
                              <div class="cell-sub">saving changed: {d.moved.map(name).join(', ')}</div>
                            </Show>
                          </td>
                          <td class="num">{money(d.savingBefore)}</td>
                          <td class="num">{money(d.savingAfter)}</td>
                          <td class="num" classList={{ 'delta-up': d.delta > 0n, 'delta-down': d.delta < 0n }}>
                            {formatDelta(d.delta, d.currency)}
                          </td>
                          <td>
                            <Shifts started={d.started} stopped={d.stopped} name={name} currency={d.currency} />
                          </td>
                        </tr>
                      );
                    }}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
          <For each={failed()}>
            {(r) => <ProblemList problems={r.diff.kind === 'failed' ? r.diff.problems : []} label={`${r.basket.name}: evaluation problems`} />}
          </For>
          <Show when={unchanged().length > 0}>
            <details class="what-if-unchanged">
              <summary>{plural(unchanged().length, 'unchanged basket')}</summary>
              <ul class="plain-list">
                <For each={unchanged()}>
                  {(r) => (
                    <li>
                      <button type="button" class="link-button" onClick={() => setChosen(key(r))}>
                        {r.basket.name}
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </details>
          </Show>
          <Show when={shown()}>
            {(r) => (
              <section class="what-if-compare" aria-label="Before and after">
                <div class="field">
                  <label class="field-label" for="what-if-basket">
                    Before / after of
                  </label>
                  <select id="what-if-basket" class="input" value={key(r())} onChange={(e) => setChosen(e.currentTarget.value)}>
                    <For each={whatIf.rows()}>{(x) => <option value={key(x)}>{x.basket.name}</option>}</For>
                  </select>
                </div>
                <Show when={results(r())} fallback={<p class="muted">This basket could not be evaluated on both sides.</p>}>
                  {(pair) => (
                    <div class="what-if-sides">
                      <Side title="Before (saved)" side="before" result={pair().before} other={pair().after} name={name} />
                      <Side title="After (edited)" side="after" result={pair().after} other={pair().before} name={name} />
                    </div>
                  )}
                </Show>
              </section>
            )}
          </Show>
        </div>
      </Show>
    </section>
  );
}
