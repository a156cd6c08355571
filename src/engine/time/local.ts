import type { LocalDateTime } from './types.ts';
import type { WallClock } from './zone.ts';

/** Parsing and printing local dates/times as the domain writes them (SPEC §3.2). */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "2026-05-04" from a reading. */
export const formatDate = (l: Pick<LocalDateTime, 'year' | 'month' | 'day'>): string =>
  `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}`;

/** "2026-05-04 23:59" from a reading (seconds shown only when not zero). */
export function formatDateTime(l: LocalDateTime): string {
  const seconds = l.second === 0 ? '' : `:${pad(l.second)}`;
  return `${formatDate(l)} ${pad(l.hour)}:${pad(l.minute)}${seconds}`;
}

/** "2026-07-01T00:00" or "2026-07-01T00:00:30" → wall clock; undefined if malformed. */
export function parseLocalDateTime(text: string): WallClock | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (m === null) return undefined;
  return {
    year: Number(m[1]), month: Number(m[2]), day: Number(m[3]),
    hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0),
  };
}

/** "09:30" → minutes after midnight (570); "24:00" → 1440. Undefined if malformed. */
export function parseLocalTime(text: string): number | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (m === null) return undefined;
  return Math.min(Number(m[1]) * 60 + Number(m[2]), 24 * 60);
}

/** Minutes after local midnight of a reading (seconds ignored: windows are minute-grained). */
export const minuteOfDay = (l: Pick<LocalDateTime, 'hour' | 'minute'>): number => l.hour * 60 + l.minute;
