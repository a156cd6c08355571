import { z } from 'zod';

/** Decimal money string at the edges ("12.50", "-3", "0.125"); parsed to minor units by `money.ts`. */
export const MoneySchema = z
  .string()
  .regex(/^-?\d{1,15}(\.\d{1,4})?$/, 'expected a decimal amount such as "12.50"');
export type Money = z.output<typeof MoneySchema>;

/** Percent as a decimal string, 0–100 with at most two decimals ("12.5" = 1250 bp). */
export const PercentSchema = z
  .string()
  .regex(/^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/, 'expected a percent from "0" to "100" with at most two decimals');
export type Percent = z.output<typeof PercentSchema>;

export const IdSchema = z.string().min(1, 'must not be empty').max(200);

export const CountSchema = z.number().int().min(1);
export const NonNegativeIntSchema = z.number().int().min(0);

/** Local wall-clock date-time without offset, read in the schedule's time zone. */
export const LocalDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'expected a local date-time such as "2026-07-01T00:00"');

export const LocalDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as "2026-05-04"');

export const LocalTimeSchema = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'expected a time such as "09:30"');

/** An instant with its offset, as orders carry it. */
export const InstantSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
    'expected an ISO 8601 instant with offset such as "2026-05-04T23:59:00-04:00"',
  );

export const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]);
export type Scalar = z.output<typeof ScalarSchema>;

/** Custom fields on orders, lines and customers. */
export const CustomFieldsSchema = z.record(z.string(), ScalarSchema);

export const ChannelSchema = z.enum(['inStore', 'online']);
export type Channel = z.output<typeof ChannelSchema>;
export const OrderTypeSchema = z.enum(['carryOut', 'delivery', 'reservation']);
export type OrderType = z.output<typeof OrderTypeSchema>;
