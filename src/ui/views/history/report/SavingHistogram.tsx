import { For } from 'solid-js';
import uPlot from 'uplot';
import type { HistogramBucket } from '../../../../replay/types.ts';
import { histogramSeries } from '../../../history/report-chart-data.ts';
import { reportMoney } from '../../../history/report-format.ts';
import { UplotChart, type ChartColors } from './UplotChart.tsx';

/** Whole numbers only on a count axis: there is no half an order. */
const COUNT_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000, 200000, 500000, 1000000];

/**
 * How many orders saved how much: one bar per bucket of the report's fixed edges. Tick labels thin
 * out on a narrow chart (every k-th bucket), the table under it always lists every bucket in full.
 */
export function SavingHistogram(props: { readonly buckets: readonly HistogramBucket[]; readonly currency: string }) {
  const series = () => histogramSeries(props.buckets, props.currency);
  const options = (c: ChartColors): Omit<uPlot.Options, 'width' | 'height'> => {
    const s = series();
    const axis = { stroke: c.text, font: c.font, ticks: { stroke: c.grid, width: 1 }, grid: { stroke: c.grid, width: 1 } };
    return {
      legend: { show: true, live: true },
      cursor: { drag: { x: false, y: false }, points: { show: false } },
      scales: { x: { time: false, range: [-0.5, Math.max(s.x.length - 0.5, 0.5)] }, y: { range: (_u, _min, max) => [0, Math.max(max, 1) * 1.1] } },
      series: [
        { label: 'Saving per order', value: (_u, v) => (v === null ? '—' : (s.labels[v] ?? '')) },
        { label: 'Orders', stroke: c.accent, fill: c.accent, width: 0, points: { show: false }, paths: uPlot.paths.bars!({ size: [0.8, 72] }), value: (_u, v) => (v === null ? '—' : String(v)) },
      ],
      axes: [
        {
          ...axis,
          grid: { show: false },
          splits: () => [...s.x],
          values: (u, splits) => {
            const every = Math.max(1, Math.ceil((s.x.length * 64) / Math.max(u.width - 80, 64)));
            return splits.map((i) => (i % every === 0 ? (s.ticks[i] ?? '') : ''));
          },
        },
        { ...axis, incrs: COUNT_STEPS, values: (_u, splits) => splits.map(String), label: 'Orders', labelFont: c.font },
      ],
    };
  };
  return (
    <figure class="report-figure">
      <figcaption id="report-histogram-title">Saving per order</figcaption>
      <UplotChart label="Saving per order" height={220} data={[series().x as number[], series().orders as number[]]} options={options} />
      <details class="report-chart-table">
        <summary>Saving per order as a table</summary>
        <div class="table-scroll">
          <table class="data-table" aria-labelledby="report-histogram-title">
            <thead>
              <tr>
                <th scope="col">Saving per order</th>
                <th scope="col" class="num">Orders</th>
                <th scope="col" class="num">Saving</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.buckets}>
                {(b, i) => (
                  <tr>
                    <td>{series().labels[i()]}</td>
                    <td class="num">{b.orders}</td>
                    <td class="num">{reportMoney(b.saving, props.currency)}</td>
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
