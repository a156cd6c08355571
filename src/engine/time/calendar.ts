/**
 * Calendar arithmetic on local dates "YYYY-MM-DD" (budget periods, coupon dates, ages).
 * Dates compare as strings because the format is fixed-width.
 */

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** "2026-05-04" → {2026, 5, 4}; undefined if malformed. */
export function parseDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export const formatCalendarDate = (d: CalendarDate): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Adds whole months, clamping the day to the target month's length.
 * @example addMonths({ year: 2026, month: 1, day: 31 }, 1) // { year: 2026, month: 2, day: 28 }
 */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Negative, zero or positive as a is before, equal to or after b. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Whole years from `birth` to `on`; the birthday itself counts (a person born 2000-05-04 is 26 on
 * 2026-05-04). Someone born 29 February turns a year older on 1 March in common years.
 * @example ageOn({ year: 2000, month: 5, day: 4 }, { year: 2026, month: 5, day: 3 }) // 25
 */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}
