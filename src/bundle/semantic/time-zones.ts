import type { SemanticContext } from './context.ts';

/** Whether the runtime's Intl knows this IANA zone name. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The bundle's and every schedule's `timeZone` must be IANA names (checked with Intl). */
export function timeZones(ctx: SemanticContext): void {
  const check = (zone: string, path: readonly PropertyKey[]): void => {
    if (!isKnownTimeZone(zone)) {
      ctx.report('time-zone-unknown', `"${zone}" is not an IANA time zone such as "America/New_York"`, path);
    }
  };
  check(ctx.bundle.timeZone, ['timeZone']);
  ctx.bundle.promotions.forEach((p, i) => {
    if (p.schedule?.timeZone !== undefined) check(p.schedule.timeZone, ['promotions', i, 'schedule', 'timeZone']);
  });
}
