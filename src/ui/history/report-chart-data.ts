/**
 * The report's figures as chart series. A chart needs numbers for pixel positions, so amounts are
 * plotted as counts of minor units (exact integers as long as they stay below 2^53 minor units);
 * every amount a reader sees — tick labels, the hover legend, the table beside the chart — is
 * formatted from the exact decimal string or bigint with the domain's money formatter.
 */
import { tryParseMoney, type Minor } from '../../domain/money.ts';
import type { GroupFigures, HistogramBucket } from '../../replay/types.ts';
import { bucketLabel, minorMoney } from './report-format.ts';

export interface HistogramSeries {
  /** Bucket positions 0…n−1 (the x values). */
  readonly x: readonly number[];
  readonly orders: readonly number[];
  /** The range of each bucket in words, for the table and the hover legend. */
  readonly labels: readonly string[];
  /** Short axis labels: "none", "≤ $5", "> $100". */
  readonly ticks: readonly string[];
}

/** An amount without decimals when it has none to show: "$5", "$2.50". */
function short(minor: Minor, currency: string): string {
  const text = minorMoney(minor, currency);
  return text.replace(/[.,]0+(?=\D*$)/, '');
}

const minorOf = (amount: string | undefined, currency: string): Minor | undefined => {
  if (amount === undefined) return undefined;
  const m = tryParseMoney(amount, currency);
  return m.ok ? m.minor : undefined;
};

/**
 * @example histogramSeries([{ to: '0', orders: 4, saving: '0' }, { from: '0', to: '5', orders: 2, saving: '3.50' }], 'USD').ticks // ['none', '≤ $5']
 */
export function histogramSeries(buckets: readonly HistogramBucket[], currency: string): HistogramSeries {
  const ticks = buckets.map((b) => {
    const from = minorOf(b.from, currency);
    const to = minorOf(b.to, currency);
    if (from === undefined && to === 0n) return 'none';
    if (to !== undefined) return `≤ ${short(to, currency)}`;
    if (from !== undefined) return `> ${short(from, currency)}`;
    return 'all';
  });
  return { x: buckets.map((_, i) => i), orders: buckets.map((b) => b.orders), labels: buckets.map((b) => bucketLabel(b, currency)), ticks };
}

export interface DailySeries {
  /** Each day's UTC midnight in seconds: the chart shows it in UTC, so the label is the report's local date. */
  readonly x: readonly number[];
  readonly days: readonly string[];
  /** Saving per day in minor units, for plotting only. */
  readonly saving: readonly number[];
  readonly orders: readonly number[];
}

const dayStart = (day: string): number => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m === null ? Number.NaN : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 1000;
};

/**
 * Saving over time. Days whose key is not a date are left out rather than drawn at 1970.
 * @example dailySeries([{ key: '2026-01-02', saving: '12.50', … }], 'USD').saving // [1250]
 */
export function dailySeries(byDay: readonly GroupFigures[], currency: string): DailySeries {
  const days = byDay.filter((d) => !Number.isNaN(dayStart(d.key)));
  return {
    x: days.map((d) => dayStart(d.key)),
    days: days.map((d) => d.key),
    saving: days.map((d) => Number(minorOf(d.saving, currency) ?? 0n)),
    orders: days.map((d) => d.orders),
  };
}

/**
 * A money axis tick: the plotted minor units back to an amount, rounded to the minor unit.
 * @example moneyTick(125000, 'USD') // '$1,250'; moneyTick(250, 'USD') // '$2.50'
 */
export function moneyTick(plotted: number, currency: string): string {
  if (!Number.isFinite(plotted)) return '';
  return short(BigInt(Math.round(plotted)), currency);
}

/** The hover legend's amount: exact to the minor unit. */
export function moneyValue(plotted: number | null | undefined, currency: string): string {
  return plotted === null || plotted === undefined || !Number.isFinite(plotted) ? '—' : minorMoney(BigInt(Math.round(plotted)), currency);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Time-axis steps in whole days (1, 2, 7, 14 days, about a month, a quarter), so every tick is a date. */
export const DAY_STEPS: readonly number[] = [1, 2, 7, 14, 30, 91, 182, 365].map((d) => d * 86_400);

/**
 * A time-axis tick: the date of a plotted day (seconds at UTC midnight), short.
 * @example dayTick(1767225600) // '1 Jan'; dayTick(1767225600, true) // '1 Jan 2026'
 */
export function dayTick(seconds: number, withYear = false): string {
  const d = new Date(seconds * 1000);
  if (Number.isNaN(d.getTime())) return '';
  const text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return withYear ? `${text} ${d.getUTCFullYear()}` : text;
}
