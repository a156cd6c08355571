import { RELOAD_STRATEGIES } from '../../domain/index.ts';
import { addMonths, compareDates, formatCalendarDate, parseDate, type CalendarDate } from '../time/index.ts';

export type ReloadStrategy = (typeof RELOAD_STRATEGIES)[number];

/** Where the order falls relative to a stored budget period. */
export interface BudgetPeriod {
  /** Local date the period containing the order began. */
  readonly periodStart: string;
  /** True when the order is in a later period than the stored one: the balance refills. */
  readonly reloaded: boolean;
}

/**
 * SPEC §6 reload strategies, on local dates in the order's zone:
 * - `none`: never refills;
 * - `startOfYear` / `startOfQuarter` / `startOfMonth`: refills on the first day of each calendar
 *   year / quarter (Jan, Apr, Jul, Oct) / month;
 * - `yearly` / `quarterly` / `monthly`: refills every 12 / 3 / 1 months counted from the stored
 *   period start (the anniversary), a day past the target month's end clamped to its last day
 *   (31 Jan + 1 month = 28 Feb), always counted from the stored start so days do not drift.
 * An order dated before the stored period start (a replay out of order) never refills.
 * @example budgetPeriod('startOfMonth', '2026-04-17', '2026-05-02') // { periodStart: '2026-05-01', reloaded: true }
 */
export function budgetPeriod(strategy: ReloadStrategy, storedStart: string, today: string): BudgetPeriod {
  const start = parseDate(storedStart);
  const now = parseDate(today);
  if (start === undefined || now === undefined) throw new Error(`bad budget dates ${storedStart}, ${today}`);
  if (strategy === 'none' || compareDates(now, start) < 0) return { periodStart: storedStart, reloaded: false };
  const calendar = CALENDAR_MONTHS[strategy];
  if (calendar !== undefined) {
    const current = calendarPeriodStart(now, calendar);
    const reloaded = compareDates(current, start) > 0;
    return reloaded ? { periodStart: formatCalendarDate(current), reloaded } : { periodStart: storedStart, reloaded };
  }
  const step = ANNIVERSARY_MONTHS[strategy]!;
  const months = (now.year - start.year) * 12 + (now.month - start.month);
  let k = Math.floor(months / step);
  while (k > 0 && compareDates(addMonths(start, k * step), now) > 0) k -= 1;
  return k === 0 ? { periodStart: storedStart, reloaded: false } : { periodStart: formatCalendarDate(addMonths(start, k * step)), reloaded: true };
}

/**
 * The period start for a customer with no stored balance yet: the calendar period's first day, or
 * the order's own date for `none` and the anniversary strategies.
 * @example firstPeriodStart('startOfQuarter', '2026-05-04') // '2026-04-01'
 */
export function firstPeriodStart(strategy: ReloadStrategy, today: string): string {
  const calendar = CALENDAR_MONTHS[strategy];
  const now = parseDate(today);
  if (calendar === undefined || now === undefined) return today;
  return formatCalendarDate(calendarPeriodStart(now, calendar));
}

const CALENDAR_MONTHS: Partial<Record<ReloadStrategy, number>> = { startOfYear: 12, startOfQuarter: 3, startOfMonth: 1 };
const ANNIVERSARY_MONTHS: Partial<Record<ReloadStrategy, number>> = { yearly: 12, quarterly: 3, monthly: 1 };

function calendarPeriodStart(d: CalendarDate, months: number): CalendarDate {
  const month = Math.floor((d.month - 1) / months) * months + 1;
  return { year: d.year, month, day: 1 };
}
