import { WEEKDAYS, type Schedule, type Weekday } from '../../domain/schedule.ts';
import { formatDateTime, listInWords } from './format.ts';

const DAY_WORDS: Readonly<Record<Weekday, string>> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

/** Weekdays in week order, runs of three or more collapsed: mon,tue,wed,thu,fri → "Mon–Fri". */
export function weekdaysInWords(days: readonly Weekday[]): string {
  const picked = WEEKDAYS.filter((d) => days.includes(d));
  const runs: Weekday[][] = [];
  for (const d of picked) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (last !== undefined && prev !== undefined && WEEKDAYS.indexOf(prev) + 1 === WEEKDAYS.indexOf(d)) last.push(d);
    else runs.push([d]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3 ? [`${DAY_WORDS[run[0]!]}–${DAY_WORDS[run[run.length - 1]!]}`] : run.map((d) => DAY_WORDS[d]),
  );
  return listInWords(parts, 'and');
}

/**
 * When a promotion runs, in words; the end is exclusive (SPEC §3.2) and says so.
 * `defaultZone` is the bundle's zone, used when the schedule names none.
 * @example scheduleInWords({ end: '2026-05-05T00:00' }, 'America/Toronto')
 *   // 'until 5 May 2026 (exclusive) America/Toronto'
 */
export function scheduleInWords(schedule: Schedule | undefined, defaultZone: string): string {
  if (schedule === undefined) return 'always';
  const parts: string[] = [];
  if (schedule.start !== undefined && schedule.end !== undefined) {
    parts.push(`from ${formatDateTime(schedule.start)} until ${formatDateTime(schedule.end)} (exclusive)`);
  } else if (schedule.start !== undefined) {
    parts.push(`from ${formatDateTime(schedule.start)}, no end`);
  } else if (schedule.end !== undefined) {
    parts.push(`until ${formatDateTime(schedule.end)} (exclusive)`);
  }
  if (schedule.weekdays !== undefined && schedule.weekdays.length > 0 && schedule.weekdays.length < 7) {
    parts.push(`on ${weekdaysInWords(schedule.weekdays)}`);
  }
  if (schedule.dailyWindow !== undefined) {
    const { from, to } = schedule.dailyWindow;
    parts.push(`${from}–${to}${to < from ? ' (past midnight)' : ''}`);
  }
  if (schedule.relativeExpiry !== undefined) {
    const { amount, unit } = schedule.relativeExpiry;
    parts.push(`expires ${amount} ${amount === 1 ? unit.slice(0, -1) : unit} after it is issued`);
  }
  if (parts.length === 0) return 'always';
  return `${parts.join(', ')} ${schedule.timeZone ?? defaultZone}`;
}
