/**
 * The order time as a `datetime-local` field shows it: wall clock in the bundle's zone. The order
 * itself carries an instant with offset, so the field and the order convert through the engine's
 * own zone arithmetic (DST gaps and overlaps resolve exactly as schedules do).
 */
import { fromLocal, offsetAt, parseInstant, parseLocalDateTime, toLocal } from '../../engine/time/index.ts';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * "2026-03-11T11:00:00-04:00" in America/Toronto → "2026-03-11T11:00" (seconds kept when not zero).
 * Undefined when the text is not an instant or the zone is unknown.
 * @example localFieldValue('2026-03-11T15:00:00Z', 'America/Toronto') // '2026-03-11T11:00'
 */
export function localFieldValue(instant: string, timeZone: string): string | undefined {
  const ms = parseInstant(instant);
  if (ms === undefined) return undefined;
  try {
    const l = toLocal(ms, timeZone);
    const seconds = l.second === 0 ? '' : `:${pad(l.second)}`;
    return `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}${seconds}`;
  } catch {
    return undefined;
  }
}

export type InstantResult = { readonly ok: true; readonly instant: string } | { readonly ok: false; readonly message: string };

/**
 * A `datetime-local` value read in `timeZone` → ISO instant with that zone's offset.
 * @example instantFromField('2026-03-11T11:00', 'America/Toronto') // { ok: true, instant: '2026-03-11T11:00:00-04:00' }
 */
export function instantFromField(text: string, timeZone: string): InstantResult {
  const wall = parseLocalDateTime(text.trim());
  if (wall === undefined) return { ok: false, message: 'enter a date and time such as 2026-05-04 09:30' };
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  if (wall.month < 1 || wall.month > 12 || check.getUTCDate() !== wall.day || wall.hour > 23 || wall.minute > 59 || (wall.second ?? 0) > 59) {
    return { ok: false, message: `${text} is not a real date and time` };
  }
  try {
    const ms = fromLocal(wall, timeZone);
    const offsetMin = Math.round(offsetAt(ms, timeZone) / 60_000);
    const l = toLocal(ms, timeZone);
    const sign = offsetMin < 0 ? '-' : '+';
    const abs = Math.abs(offsetMin);
    const offset = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    return { ok: true, instant: `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}${offset}` };
  } catch {
    return { ok: false, message: `the bundle's time zone "${timeZone}" is unknown to this browser` };
  }
}
