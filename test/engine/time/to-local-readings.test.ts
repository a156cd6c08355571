/** toLocal keeps the readings it made; a kept reading must be the one the zone and second give. */
import { describe, expect, it } from 'vitest';
import { toLocal } from '../../../src/engine/time/zone.ts';

const at = Date.parse('2026-03-08T06:59:59Z'); // 01:59:59 in Toronto, one second before the DST jump

describe('toLocal readings', () => {
  it.each([
    ['America/Toronto', at, { year: 2026, month: 3, day: 8, hour: 1, minute: 59, second: 59, weekday: 'sun' }],
    ['Europe/Paris', at, { year: 2026, month: 3, day: 8, hour: 7, minute: 59, second: 59, weekday: 'sun' }],
    ['America/Toronto', at + 999, { year: 2026, month: 3, day: 8, hour: 1, minute: 59, second: 59, weekday: 'sun' }],
    ['America/Toronto', at + 1000, { year: 2026, month: 3, day: 8, hour: 3, minute: 0, second: 0, weekday: 'sun' }],
    ['America/Toronto', at, { year: 2026, month: 3, day: 8, hour: 1, minute: 59, second: 59, weekday: 'sun' }],
  ])('%s at %d reads as the zone says, asked again or not', (zone, instant, expected) => {
    expect(toLocal(instant, zone)).toEqual(expected);
  });

  it('thousands of distinct seconds still read correctly after the kept readings are cleared', () => {
    for (let i = 0; i < 10_000; i += 997) {
      const t = at + i * 1000;
      const utc = new Date(t);
      const local = toLocal(t, 'UTC');
      expect([local.hour, local.minute, local.second]).toEqual([utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds()]);
    }
    for (let i = 0; i < 5_000; i++) toLocal(at + i * 1000, 'UTC');
    expect(toLocal(at, 'Europe/Paris').hour).toBe(7);
  });
});
