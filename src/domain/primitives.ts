import './zod-jitless.ts';
import { z } from 'zod';
import { LIMITS, formatCount } from './limits.ts';

/**
 * Decimal money string at the edges ("12.50", "0.125"); parsed to minor units by `money.ts`.
 * Every amount the domain holds is a price, a threshold, a reward, a cap or a balance, so it is
 * never negative: a negative price would turn a reward's proportional split upside down. The
 * shape is checked first (`abort`), so "-abc" gets one message, not two.
 */
export const MoneySchema = z
  .string()
  .regex(/^-?\d{1,15}(\.\d{1,4})?$/, { message: 'expected a decimal amount such as "12.50"', abort: true })
  .refine((s) => !s.startsWith('-'), {
    message: 'must not be negative (prices, rewards, thresholds and caps are 0 or more)',
    params: { code: 'money-negative' },
  });
export type Money = z.output<typeof MoneySchema>;

/** Percent as a decimal string, 0–100 with at most two decimals ("12.5" = 1250 bp). */
export const PercentSchema = z
  .string()
  .regex(/^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/, 'expected a percent from "0" to "100" with at most two decimals');
export type Percent = z.output<typeof PercentSchema>;

export const IdSchema = z.string().min(1, 'must not be empty').max(200);

export const CountSchema = z.number().int().min(1);
export const NonNegativeIntSchema = z.number().int().min(0);

/**
 * Whether the date and time parts of an ISO text name a real moment: month 1–12, a day the month
 * has (29 February only in leap years), hours 0–23 (24:00 only where `endOfDay` allows it),
 * minutes and seconds 0–59, an offset of at most ±14:00. The patterns check the shape; this
 * checks the calendar, so "2026-02-30" or "T23:99" is refused instead of rolling over.
 */
export function isRealDateTime(text: string, endOfDay = false): boolean {
  const m = /^(?:(\d{4})-(\d{2})-(\d{2}))?T?(?:(\d{2}):(\d{2})(?::(\d{2}))?)?(?:\.\d+)?(Z|[+-](\d{2}):(\d{2}))?$/.exec(text);
  if (m === null) return false;
  const [, y, mo, d, h, mi, sec, , oh, om] = m;
  if (y !== undefined) {
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if (month < 1 || month > 12 || day < 1 || day > days[month - 1]!) return false;
  }
  if (h !== undefined) {
    const hour = Number(h);
    const minute = Number(mi);
    if (minute > 59 || (sec !== undefined && Number(sec) > 59)) return false;
    if (hour > 24 || (hour === 24 && !(endOfDay && minute === 0))) return false;
  }
  if (oh !== undefined && (Number(om) > 59 || Number(oh) * 60 + Number(om) > 14 * 60)) return false;
  return true;
}

/** Local wall-clock date-time without offset, read in the schedule's time zone. */
export const LocalDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'expected a local date-time such as "2026-07-01T00:00"')
  .refine((s) => isRealDateTime(s), 'not a real calendar date and time');

export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as "2026-05-04"')
  .refine((s) => isRealDateTime(s), 'not a real calendar date');

/** A time of day; "24:00" is the end of the day (a daily window up to midnight). */
export const LocalTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'expected a time such as "09:30"')
  .refine((s) => isRealDateTime(s, true), 'not a real time of day (00:00 to 23:59, or 24:00 for the end of the day)');

/** An instant with its offset, as orders carry it. */
export const InstantSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
    'expected an ISO 8601 instant with offset such as "2026-05-04T23:59:00-04:00"',
  )
  .refine((s) => isRealDateTime(s), 'not a real date, time and offset (offsets go up to ±14:00)');

export const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]);
export type Scalar = z.output<typeof ScalarSchema>;

/** Custom fields on orders, lines and customers: bounded in entries and text so a file cannot bloat every copy of them. */
export const CustomFieldsSchema = z
  .record(
    z.string().max(LIMITS.customFieldText, `a custom-field key has at most ${formatCount(LIMITS.customFieldText)} characters`),
    z.union([
      z.string().max(LIMITS.customFieldText, `a custom-field value has at most ${formatCount(LIMITS.customFieldText)} characters`),
      z.number(),
      z.boolean(),
    ]),
  )
  .refine((r) => Object.keys(r).length <= LIMITS.customFieldEntries, {
    message: `at most ${formatCount(LIMITS.customFieldEntries)} custom fields`,
    params: { code: 'limit-custom-fields' },
  });

export const ChannelSchema = z.enum(['inStore', 'online']);
export type Channel = z.output<typeof ChannelSchema>;
export const OrderTypeSchema = z.enum(['carryOut', 'delivery', 'reservation']);
export type OrderType = z.output<typeof OrderTypeSchema>;
