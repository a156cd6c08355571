/** How an analyst words a schedule's end; all map onto the model's one exclusive end (SPEC §3.2). */
export type EndWording = 'none' | 'lastDay' | 'expiresOn' | 'exact';

/** The wording an existing end reads best in: midnight ends read as a last active day. */
export function endWording(end: string | undefined): EndWording {
  if (end === undefined) return 'none';
  return /T00:00(:00)?$/.test(end) ? 'lastDay' : 'exact';
}

/**
 * A calendar date moved by whole days, without time zones: schedule dates are local.
 * @example addDays('2026-06-30', 1) // '2026-07-01'
 */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}
