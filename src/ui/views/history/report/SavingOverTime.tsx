import { For } from 'solid-js';
import uPlot from 'uplot';
import type { GroupFigures } from '../../../../replay/types.ts';
import { dailySeries, DAY_STEPS, dayTick, moneyTick, moneyValue } from '../../../history/report-chart-data.ts';
import { reportDay, reportMoney, reportPercent } from '../../../history/report-format.ts';
import { UplotChart, type ChartColors } from './UplotChart.tsx';

const dayOf = (seconds: number): string => new Date(seconds * 1000).toISOString().slice(0, 10);

/**
 * Promotion saving per day, as bars on a time axis. Days are the report's local dates; the chart
 * places each at UTC midnight and draws its axis in UTC, so the date on the axis is that local date.
 */
export function SavingOverTime(props: { readonly days: readonly GroupFigures[]; readonly currency: string }) {
  const series = () => dailySeries(props.days, props.currency);
  const options = (c: ChartColors): Omit<uPlot.Options, 'width' | 'height'> => {
    const axis = { stroke: c.text, font: c.font, ticks: { stroke: c.grid, width: 1 }, grid: { stroke: c.grid, width: 1 } };
    return {
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      legend: { show: true, live: true },
      cursor: { drag: { x: false, y: false }, points: { show: false } },
      // Half a day either side, so the first and last day's bars are whole.
      scales: { x: { time: true, range: (_u, min, max) => [min - 43_200, max + 43_200] }, y: { range: (_u, _min, max) => [0, Math.max(max, 1) * 1.1] } },
      series: [
        { label: 'Day', value: (_u, v) => (v === null ? '—' : reportDay(dayOf(v))) },
        { label: 'Saving', stroke: c.accent, fill: c.accent, width: 0, points: { show: false }, paths: uPlot.paths.bars!({ size: [0.7, 28] }), value: (_u, v) => moneyValue(v, props.currency) },
      ],
      axes: [
        {
          ...axis,
          grid: { show: false },
          incrs: [...DAY_STEPS],
          space: 56,
          // The first tick carries the year, so a history across New Year still reads.
          values: (_u, splits) => splits.map((v, i) => dayTick(v, i === 0)),
        },
        { ...axis, size: 64, values: (_u, splits) => splits.map((v) => moneyTick(v, props.currency)) },
      ],
    };
  };
  return (
    <figure class="report-figure">
      <figcaption id="report-over-time-title">Saving over time</figcaption>
      <UplotChart label="Saving over time" height={220} data={[series().x as number[], series().saving as number[]]} options={options} />
      <details class="report-chart-table">
        <summary>Saving per day as a table</summary>
        <div class="table-scroll report-table-tall">
          <table class="data-table" aria-labelledby="report-over-time-title">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col" class="num">Orders</th>
                <th scope="col" class="num">Saving</th>
                <th scope="col" class="num">Saving rate</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.days}>
                {(d) => (
                  <tr>
                    <td>{reportDay(d.key)}</td>
                    <td class="num">{d.orders}</td>
                    <td class="num">{reportMoney(d.saving, props.currency)}</td>
                    <td class="num">{reportPercent(d.savingRate)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
