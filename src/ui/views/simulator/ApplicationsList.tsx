import { For, Show } from 'solid-js';
import { formatCount } from '../../../domain/limits.ts';
import type { EvaluationResult } from '../../../domain/result.ts';
import { formatAmount } from '../../describe/format.ts';
import { applicationRows } from '../../simulator/result-view.ts';

/** Every application the engine chose (equal neighbours on one row, "× n"): promotion, tier, units used and rewarded, saving; clipped and budget-capped notes. */
export function ApplicationsList(props: { readonly result: EvaluationResult; readonly promotionName: (id: string) => string }) {
  const c = () => props.result.currency;
  return (
    <section class="sim-block" aria-labelledby="sim-apps-title">
      <h3 id="sim-apps-title">Applications</h3>
      <Show when={props.result.applications.length > 0} fallback={<p class="muted">No promotion applied.</p>}>
        <div class="table-scroll">
          <table class="data-table" aria-label="Applications">
            <thead>
              <tr>
                <th scope="col" class="grow">Promotion</th>
                <th scope="col" class="num">Tier</th>
                <th scope="col">Units used</th>
                <th scope="col">Rewarded</th>
                <th scope="col" class="num">Saving</th>
              </tr>
            </thead>
            <tbody>
              <For each={applicationRows(props.result.applications, c())}>
                {(row) => {
                  const a = row.application;
                  const each = row.times > 1 ? ' each' : '';
                  return (
                    <tr>
                      <td>
                        <div class="cell-title">
                          {props.promotionName(a.promotionId)}
                          <Show when={row.times > 1}>
                            {' '}
                            <span class="chip" title="Equal applications in a row, shown once">× {row.times.toLocaleString('en-US')}</span>
                          </Show>
                        </div>
                        <Show when={row.each.clipped}>{(clip) => <div class="cell-sub clip-mark">clipped {formatAmount(clip(), c())}{each}</div>}</Show>
                        <Show when={a.budgetCapped}>
                          {(cut) => (
                            <div class="cell-sub clip-mark" title="The customer's remaining budget was smaller than the reward, so the saving is that balance">
                              budget capped: {formatAmount(cut(), c())} less than the full reward
                            </div>
                          )}
                        </Show>
                      </td>
                      <td class="num">{a.tier + 1}</td>
                      <td class="nowrap">
                        {formatCount(row.each.used)}{each} <span class="muted">({row.each.usedByLine || '—'})</span>
                      </td>
                      <td class="nowrap">
                        {formatCount(row.each.rewarded)}{each} <span class="muted">({row.each.rewardedByLine || '—'})</span>
                      </td>
                      <td class="num">
                        <Show when={row.times > 1} fallback={formatAmount(a.saving, c())}>
                          {formatAmount(row.total, c())}
                          <div class="cell-sub">{formatAmount(row.each.saving, c())} each</div>
                        </Show>
                      </td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
