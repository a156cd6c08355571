import type { Promotion, Schedule, Weekday } from '../../domain/index.ts';
import { WEEKDAYS } from '../../domain/index.ts';
import {
  formatDateTime, fromLocal, isValidTimeZone, minuteOfDay, parseLocalDateTime, parseLocalTime, toLocal, weekdayOf,
  type LocalDateTime,
} from '../time/index.ts';
import { PASS, type Check, type EvalContext, type Failure } from './types.ts';

/**
 * SPEC §3.2: `start` inclusive, `end` exclusive (both local in the schedule's zone, compared as
 * instants so DST changes cannot make an order match twice), then `weekdays`, then `dailyWindow`.
 *
 * A daily window whose `to` is before `from` runs past midnight; its after-midnight part belongs to
 * the day it started, so "Fri 22:00–02:00" admits Saturday 01:00 when `weekdays` is `[fri]`.
 * A window with `from` equal to `to` covers the whole day.
 * @example checkSchedule(p, ctx) // { ok: false, reason: 'outsideSchedule', message: 'Ended at 2026-05-05 00:00 (America/Toronto); …' }
 */
export function checkSchedule(p: Pick<Promotion, 'schedule'>, ctx: EvalContext): Check {
  const s = p.schedule;
  if (s === undefined) return PASS;
  const zone = s.timeZone ?? ctx.timeZone;
  if (!isValidTimeZone(zone)) return outside(`The schedule's time zone "${zone}" is unknown.`);
  const local = zone === ctx.timeZone ? ctx.local : toLocal(ctx.instant, zone);
  const at = `${formatDateTime(local)} (${zone})`;

  if (s.start !== undefined) {
    const start = boundInstant(s.start, zone);
    if (start === undefined) return outside(`The schedule start "${s.start}" is not a local date-time.`);
    if (ctx.instant < start) {
      return outside(`Starts at ${show(s.start)} (${zone}); the order is at ${at}.`, formatDateTime(local));
    }
  }
  if (s.end !== undefined) {
    const end = boundInstant(s.end, zone);
    if (end === undefined) return outside(`The schedule end "${s.end}" is not a local date-time.`);
    if (ctx.instant >= end) {
      return outside(`Ended at ${show(s.end)} (${zone}, exclusive); the order is at ${at}.`, formatDateTime(local));
    }
  }
  return checkWeekAndWindow(s, local, at);
}

/**
 * Schedule bounds are few and reused by every order of a batch, and each conversion costs several
 * Intl calls, so they are memoised (the cache is dropped wholesale if it ever grows large).
 */
const bounds = new Map<string, number | undefined>();

function boundInstant(text: string, zone: string): number | undefined {
  const key = `${zone}|${text}`;
  if (bounds.has(key)) return bounds.get(key);
  if (bounds.size > 10_000) bounds.clear();
  const wall = parseLocalDateTime(text);
  const instant = wall === undefined ? undefined : fromLocal(wall, zone);
  bounds.set(key, instant);
  return instant;
}

function checkWeekAndWindow(s: Schedule, local: LocalDateTime, at: string): Check {
  const window = s.dailyWindow;
  let day: Weekday = local.weekday;
  if (window !== undefined) {
    const from = parseLocalTime(window.from);
    const to = parseLocalTime(window.to);
    if (from === undefined || to === undefined) return outside(`The daily window ${window.from}–${window.to} is malformed.`);
    const m = minuteOfDay(local);
    const inside = from === to || (from < to ? m >= from && m < to : m >= from || m < to);
    if (!inside) return outside(`Runs daily ${window.from}–${window.to}; the order is at ${at}.`, formatDateTime(local));
    if (from > to && m < to) day = previousWeekday(local);
  }
  if (s.weekdays !== undefined && !s.weekdays.includes(day)) {
    const allowed = WEEKDAYS.filter((d) => s.weekdays?.includes(d)).join(', ') || 'no day';
    return outside(`Runs on ${allowed}; the order is on a ${day}: ${at}.`, day);
  }
  return PASS;
}

function previousWeekday(l: LocalDateTime): Weekday {
  const d = new Date(Date.UTC(l.year, l.month - 1, l.day - 1));
  return weekdayOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const show = (localDateTime: string): string => localDateTime.replace('T', ' ');

function outside(message: string, observed?: string): Failure {
  return observed === undefined
    ? { ok: false, reason: 'outsideSchedule', message }
    : { ok: false, reason: 'outsideSchedule', message, observed };
}
