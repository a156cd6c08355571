/**
 * How a replay report's figures read on screen: amounts, percents, histogram bucket ranges, days.
 * Pure and DOM-free. Amounts stay decimal strings or bigint minor units; the domain's money parser
 * and formatter do every conversion, so a float never holds an amount.
 */
import { formatMoney, tryParseMoney, type Minor } from '../../domain/money.ts';
import type { HistogramBucket } from '../../replay/types.ts';
import { formatAmount, formatDate } from '../describe/format.ts';

/**
 * A report amount for reading.
 * @example reportMoney('1234.5', 'USD') // '$1,234.50'
 */
export const reportMoney = (amount: string, currency: string): string => formatAmount(amount, currency);

/** A count for reading, with thousands separators. */
export const reportCount = (n: number): string => n.toLocaleString('en-US');

/** "1,662 orders". */
export const countOf = (n: number, one: string): string => `${reportCount(n)} ${n === 1 ? one : `${one}s`}`;

/**
 * Minor units for reading.
 * @example minorMoney(-150n, 'EUR') // '−€1.50'
 */
export const minorMoney = (minor: Minor, currency: string): string => formatAmount(formatMoney(minor, currency), currency);

/**
 * A report percent ("12.34", two decimals) for reading.
 * @example reportPercent('12.30') // '12.3 %'
 */
export function reportPercent(percent: string): string {
  const trimmed = percent.includes('.') ? percent.replace(/0+$/, '').replace(/\.$/, '') : percent;
  return `${trimmed} %`;
}

/**
 * A signed amount: "+$4.50", "−$1.20", "$0.00".
 * @example signedMoney(450n, 'USD') // '+$4.50'
 */
export function signedMoney(delta: Minor, currency: string): string {
  const text = minorMoney(delta, currency);
  return delta > 0n ? `+${text}` : text;
}

/**
 * A bucket's range in words. Bucket edges mean `from < saving ≤ to`; the lower bound is shown as the
 * first amount inside the bucket (one minor unit above `from`), so neighbouring ranges never overlap.
 * @example bucketLabel({ from: '5.00', to: '10.00', orders: 3, saving: '24.00' }, 'USD') // '$5.01 – $10.00'
 */
export function bucketLabel(bucket: HistogramBucket, currency: string): string {
  const from = bucket.from === undefined ? undefined : tryParseMoney(bucket.from, currency);
  const to = bucket.to === undefined ? undefined : tryParseMoney(bucket.to, currency);
  if (from === undefined && to !== undefined) return to.ok && to.minor === 0n ? 'No saving' : `up to ${reportMoney(bucket.to!, currency)}`;
  if (from !== undefined && to === undefined) return `over ${reportMoney(bucket.from!, currency)}`;
  if (from === undefined || to === undefined) return 'any saving';
  if (!from.ok || !to.ok) return `${bucket.from} – ${bucket.to}`;
  return `${minorMoney(from.minor + 1n, currency)} – ${minorMoney(to.minor, currency)}`;
}

/**
 * A local date of the report for reading.
 * @example reportDay('2026-03-05') // '5 Mar 2026'
 */
export const reportDay = (day: string): string => formatDate(day);

/**
 * An order's instant as its local date and time as written (the history's offset is kept, not
 * converted, so it reads as the till printed it).
 * @example reportInstant('2026-03-05T14:07:00+01:00') // '5 Mar 2026 14:07'
 */
export function reportInstant(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(at);
  return m === null ? at : `${formatDate(m[1]!)} ${m[2]}`;
}

/** A group key for reading: the empty outlet is "no outlet", channels in words. */
export function groupLabel(kind: 'outlet' | 'channel' | 'day', key: string): string {
  if (kind === 'day') return reportDay(key);
  if (kind === 'outlet') return key === '' ? 'No outlet' : key;
  return key === 'inStore' ? 'In store' : key === 'online' ? 'Online' : key;
}
