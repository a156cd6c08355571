import type { Weekday } from '../../domain/index.ts';
import { WEEKDAYS } from '../../domain/index.ts';
import { BoundedMemo } from '../../domain/bounded-memo.ts';
import type { LocalDateTime } from './types.ts';

/**
 * Instants ↔ wall clocks in IANA zones, with `Intl.DateTimeFormat` only (no tz database of our own).
 * Instants are epoch milliseconds; local readings drop sub-second precision.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    // h23 avoids the "24:00" midnight some engines produce with hour12: false.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows the IANA zone. @example isValidTimeZone('America/Toronto') // true */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Weekday of a proleptic Gregorian date. @example weekdayOf(2026, 5, 4) // 'mon' */
export function weekdayOf(year: number, month: number, day: number): Weekday {
  const sundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7]!;
}

/**
 * Readings already made, per zone and whole second: one order asks for the same instant once per
 * schedule, limit period and condition, and `formatToParts` is the costliest step of a replay's
 * order (issue 10 profile). Bounded: cleared when full, so memory never grows with a history.
 */
const readings = new BoundedMemo<LocalDateTime>(4096);

/**
 * The wall clock in `timeZone` at an instant.
 * @example toLocal(Date.parse('2026-05-05T03:59:00Z'), 'America/Toronto') // 2026-05-04 23:59, 'mon'
 */
export function toLocal(instant: number, timeZone: string): LocalDateTime {
  return readings.get(`${timeZone}|${Math.floor(instant / 1000)}`, () => readLocal(instant, timeZone));
}

function readLocal(instant: number, timeZone: string): LocalDateTime {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes): number => {
    const part = parts.find((p) => p.type === type);
    if (part === undefined) throw new Error(`Intl gave no ${type} part`);
    return Number(part.value);
  };
  const year = get('year');
  const month = get('month');
  const day = get('day');
  const hour = get('hour') % 24;
  return { year, month, day, hour, minute: get('minute'), second: get('second'), weekday: weekdayOf(year, month, day) };
}

/** The zone's offset from UTC at an instant, in milliseconds (Toronto in summer: −4 h). */
export function offsetAt(instant: number, timeZone: string): number {
  const l = toLocal(instant, timeZone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  const wholeSeconds = Math.floor(instant / 1000) * 1000;
  return asUtc - wholeSeconds;
}

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock time names in `timeZone`, resolved like Temporal's `'compatible'`
 * disambiguation so schedules behave predictably around DST changes:
 * - a time that occurs twice (fall back) is the EARLIER instant (the first 01:30);
 * - a time that does not exist (spring forward) moves forward by the gap (02:30 → 03:30 new time),
 *   i.e. it is read with the offset in force before the transition.
 * Hour 24 is accepted and means 00:00 of the next day.
 * @example fromLocal({ year: 2026, month: 5, day: 5, hour: 0, minute: 0 }, 'America/Toronto') // Date.parse('2026-05-05T04:00:00Z')
 */
export function fromLocal(w: WallClock, timeZone: string): number {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second ?? 0);
  // No zone changes its offset twice within two days, so the offsets a day either side
  // are the only candidates.
  const before = offsetAt(naive - DAY_MS, timeZone);
  const after = offsetAt(naive + DAY_MS, timeZone);
  const candidates = [naive - before, naive - after].filter((t) => offsetAt(t, timeZone) === naive - t);
  if (candidates.length > 0) return Math.min(...candidates);
  return naive - before; // in a gap
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Epoch milliseconds of an ISO 8601 instant with offset (fractions beyond milliseconds are dropped),
 * or undefined when the text is not one.
 * @example parseInstant('2026-05-04T23:59:00-04:00') // Date.parse('2026-05-05T03:59:00Z')
 */
export function parseInstant(text: string): number | undefined {
  const m = INSTANT.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, frac, z, sign, oh, om] = m;
  const ms = frac === undefined ? 0 : Number(frac.padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), ms);
  if (z === 'Z') return utc;
  const offset = (Number(oh) * 60 + Number(om)) * 60_000;
  return sign === '+' ? utc - offset : utc + offset;
}
