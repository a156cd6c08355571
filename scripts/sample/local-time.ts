/** Wall-clock helpers for the sample's zone: orders carry instants with the zone's offset at that moment. */
export const SAMPLE_TIME_ZONE = 'America/Toronto';

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: SAMPLE_TIME_ZONE,
  timeZoneName: 'longOffset',
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

function localPartsOf(instant: Date): { local: string; offset: string } {
  const parts = Object.fromEntries(offsetFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  const local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
  const offset = (parts.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return { local, offset };
}

/**
 * The instant of a Toronto wall-clock time, written with its offset (EST −05:00 or EDT −04:00).
 * Throws for a time skipped by the spring-forward gap: sample orders must name real moments.
 * @example torontoInstant('2026-05-04T23:59') // '2026-05-04T23:59:00-04:00'
 */
export function torontoInstant(localDateTime: string): string {
  for (const offset of ['-04:00', '-05:00']) {
    const candidate = `${localDateTime}:00${offset}`;
    const back = localPartsOf(new Date(candidate));
    if (back.local === localDateTime && back.offset === offset) return candidate;
  }
  throw new Error(`${localDateTime} does not exist in ${SAMPLE_TIME_ZONE}`);
}
