import { z } from 'zod';
import type { DeepReadonly } from './readonly.ts';
import { CountSchema, LocalDateTimeSchema, LocalTimeSchema } from './primitives.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * When a promotion runs (SPEC §3.2). `start` is inclusive and `end` exclusive, both local
 * date-times in `timeZone` (default: the outlet's, else the bundle's). "Expires on 5 May" and
 * "last active day 4 May" are both `end = 5 May 00:00`.
 */
export const ScheduleSchema = z.strictObject({
  start: LocalDateTimeSchema.optional(),
  end: LocalDateTimeSchema.optional(),
  weekdays: z.array(z.enum(WEEKDAYS)).optional(),
  /** `from` inclusive, `to` exclusive; a window with `to` before `from` runs past midnight. */
  dailyWindow: z.strictObject({ from: LocalTimeSchema, to: LocalTimeSchema }).optional(),
  timeZone: z.string().optional(),
  /** Wallet discounts: expiry relative to when the discount is issued to a customer. */
  relativeExpiry: z.strictObject({ amount: CountSchema, unit: z.enum(['hours', 'days']) }).optional(),
});
export type Schedule = DeepReadonly<z.output<typeof ScheduleSchema>>;
