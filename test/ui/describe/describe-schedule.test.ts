import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../src/domain/schedule.ts';
import { scheduleInWords } from '../../../src/ui/describe/describe-schedule.ts';

const zone = 'America/Toronto';
const cases: ReadonlyArray<readonly [string, Schedule | undefined, string]> = [
  ['no schedule', undefined, 'always'],
  ['empty schedule', {}, 'always'],
  ['end only, midnight shows the date', { end: '2026-05-05T00:00' }, 'until 5 May 2026 (exclusive) America/Toronto'],
  ['start and end with times', { start: '2026-07-01T09:30', end: '2026-07-31T18:00' }, 'from 1 Jul 2026 09:30 until 31 Jul 2026 18:00 (exclusive) America/Toronto'],
  ['start only', { start: '2026-01-01T00:00' }, 'from 1 Jan 2026, no end America/Toronto'],
  ['own zone, weekdays and window past midnight',
    { weekdays: ['fri', 'sat'], dailyWindow: { from: '22:00', to: '02:00' }, timeZone: 'Europe/Paris' },
    'on Fri and Sat, 22:00–02:00 (past midnight) Europe/Paris'],
  ['all seven weekdays add nothing', { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }, 'always'],
  ['a working week collapses to a range', { weekdays: ['fri', 'mon', 'wed', 'thu', 'tue'], dailyWindow: { from: '16:00', to: '18:00' } }, 'on Mon–Fri, 16:00–18:00 America/Toronto'],
  ['runs of two stay apart', { weekdays: ['sat', 'sun', 'mon', 'wed'] }, 'on Mon, Wed, Sat and Sun America/Toronto'],
  ['relative expiry', { relativeExpiry: { amount: 1, unit: 'days' } }, 'expires 1 day after it is issued America/Toronto'],
];

describe('scheduleInWords', () => {
  it.each(cases)('%s', (_name, schedule, expected) => {
    expect(scheduleInWords(schedule, zone)).toBe(expected);
  });
});
