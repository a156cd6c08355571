import { createEffect, on, onCleanup, onMount } from 'solid-js';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** The theme's colours a chart draws with, read from tokens.css so both themes stay legible. */
export interface ChartColors {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly accent: string;
  readonly accentSoft: string;
  readonly green: string;
  readonly font: string;
}

/** Reads the current theme's tokens; a canvas cannot use CSS variables, so they are resolved here. */
export function readChartColors(root: HTMLElement = document.documentElement): ChartColors {
  const css = getComputedStyle(root);
  const token = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: token('--text-2', '#4b5563'),
    muted: token('--text-3', '#5f6878'),
    grid: token('--border', '#e3e6eb'),
    accent: token('--accent', '#4f46e5'),
    accentSoft: token('--accent-soft', '#eef2ff'),
    green: token('--green', '#127235'),
    font: `${token('--fs-sm', '12px')} ${token('--font-sans', 'sans-serif')}`,
  };
}

export interface UplotChartProps {
  /** What the chart shows; the canvas itself is hidden from screen readers, which get the table beside it. */
  readonly label: string;
  readonly height: number;
  readonly data: uPlot.AlignedData;
  /** Built again on every theme change with that theme's colours. */
  readonly options: (colors: ChartColors) => Omit<uPlot.Options, 'width' | 'height'>;
}

/**
 * A uPlot chart that follows its box's width (ResizeObserver) and the app's theme (`data-theme`
 * on <html>, watched with a MutationObserver): a theme change rebuilds the chart with the new
 * colours, new data rebuilds it too (a report changes rarely; rebuilding keeps one code path).
 * Everything it creates is released with its owner.
 */
export function UplotChart(props: UplotChartProps) {
  let box!: HTMLDivElement;
  let chart: uPlot | undefined;

  const build = () => {
    chart?.destroy();
    const width = Math.max(box.clientWidth, 120);
    chart = new uPlot({ ...props.options(readChartColors()), width, height: props.height }, props.data, box);
  };

  onMount(() => {
    build();
    const themeWatch = new MutationObserver(build);
    themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    let lastWidth = box.clientWidth;
    const resizeWatch = new ResizeObserver(() => {
      const width = box.clientWidth;
      // The legend under the plot changes the box's height, not its width: only a width change resizes.
      if (width === lastWidth || chart === undefined) return;
      lastWidth = width;
      chart.setSize({ width: Math.max(width, 120), height: props.height });
    });
    resizeWatch.observe(box);
    onCleanup(() => {
      themeWatch.disconnect();
      resizeWatch.disconnect();
      chart?.destroy();
      chart = undefined;
    });
  });

  createEffect(on(() => [props.data, props.options], () => chart !== undefined && build(), { defer: true }));

  return <div class="report-chart" ref={box} aria-hidden="true" data-chart={props.label} />;
}
