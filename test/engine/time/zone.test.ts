import { describe, expect, it } from 'vitest';
import { formatDateTime, fromLocal, isValidTimeZone, offsetAt, parseInstant, toLocal } from '../../../src/engine/time/index.ts';

const utc = (iso: string): number => Date.parse(iso);

describe('toLocal: an instant read on the wall clock of a zone', () => {
  it.each([
    ['2026-05-05T03:59:00Z', 'America/Toronto', '2026-05-04 23:59', 'mon'],
    ['2026-05-05T04:00:00Z', 'America/Toronto', '2026-05-05 00:00', 'tue'],
    ['2026-01-15T05:00:00Z', 'America/Toronto', '2026-01-15 00:00', 'thu'], // EST, −5
    ['2026-11-01T05:30:00Z', 'America/Toronto', '2026-11-01 01:30', 'sun'], // first 01:30 (EDT)
    ['2026-11-01T06:30:00Z', 'America/Toronto', '2026-11-01 01:30', 'sun'], // second 01:30 (EST)
    ['2026-05-04T00:00:00Z', 'Asia/Kolkata', '2026-05-04 05:30', 'mon'],
    ['2026-05-03T23:00:00Z', 'Pacific/Auckland', '2026-05-04 11:00', 'mon'],
    ['2026-12-31T23:59:59Z', 'UTC', '2026-12-31 23:59:59', 'thu'],
    ['2026-05-04T00:00:00Z', 'UTC', '2026-05-04 00:00', 'mon'], // midnight is 00, never 24
  ])('%s in %s is %s (%s)', (iso, zone, local, weekday) => {
    const l = toLocal(utc(iso), zone);
    expect(formatDateTime(l)).toBe(local);
    expect(l.weekday).toBe(weekday);
  });
});

describe('fromLocal: a wall clock in a zone to an instant', () => {
  it.each([
    ['ordinary summer time', { year: 2026, month: 5, day: 5, hour: 0, minute: 0 }, 'America/Toronto', '2026-05-05T04:00:00Z'],
    ['ordinary winter time', { year: 2026, month: 1, day: 15, hour: 9, minute: 30 }, 'America/Toronto', '2026-01-15T14:30:00Z'],
    ['in the spring-forward gap: moves forward by the gap', { year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/Toronto', '2026-03-08T07:30:00Z'],
    ['just after the gap', { year: 2026, month: 3, day: 8, hour: 3, minute: 0 }, 'America/Toronto', '2026-03-08T07:00:00Z'],
    ['in the fall-back overlap: the earlier instant', { year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/Toronto', '2026-11-01T05:30:00Z'],
    ['London overlap: the earlier (BST) instant', { year: 2026, month: 10, day: 25, hour: 1, minute: 30 }, 'Europe/London', '2026-10-25T00:30:00Z'],
    ['hour 24 is the next midnight', { year: 2026, month: 5, day: 4, hour: 24, minute: 0 }, 'America/Toronto', '2026-05-05T04:00:00Z'],
    ['half-hour zone', { year: 2026, month: 5, day: 4, hour: 5, minute: 30 }, 'Asia/Kolkata', '2026-05-04T00:00:00Z'],
  ])('%s', (_name, wall, zone, iso) => {
    expect(fromLocal(wall, zone)).toBe(utc(iso));
  });

  it('round-trips every third hour of a DST-changing year (the steps hit both 01:00s of the overlap)', () => {
    for (let t = utc('2026-01-01T00:00:00Z'); t < utc('2027-01-01T00:00:00Z'); t += 3 * 3_600_000) {
      const l = toLocal(t, 'America/Toronto');
      const back = fromLocal(l, 'America/Toronto');
      // In the overlap the earlier instant wins, so the second 01:xx maps one hour back.
      expect(t - back === 0 || t - back === 3_600_000).toBe(true);
      expect(formatDateTime(toLocal(back, 'America/Toronto'))).toBe(formatDateTime(l));
    }
  });
});

describe('offsetAt', () => {
  it.each([
    ['2026-07-01T12:00:00Z', 'America/Toronto', -4 * 60],
    ['2026-01-01T12:00:00Z', 'America/Toronto', -5 * 60],
    ['2026-07-01T12:00:00Z', 'Asia/Kolkata', 330],
  ])('%s in %s is %i minutes', (iso, zone, minutes) => {
    expect(offsetAt(utc(iso), zone)).toBe(minutes * 60_000);
  });
});

describe('parseInstant', () => {
  it.each([
    ['2026-05-04T23:59:00-04:00', '2026-05-05T03:59:00Z'],
    ['2026-05-04T23:59-04:00', '2026-05-05T03:59:00Z'],
    ['2026-05-04T12:00:00+05:30', '2026-05-04T06:30:00Z'],
    ['2026-05-04T12:00:00.123456789Z', '2026-05-04T12:00:00.123Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseInstant(text)).toBe(utc(iso));
  });

  it.each(['2026-05-04T12:00:00', '2026-05-04', 'yesterday'])('rejects %s (no offset or not an instant)', (text) => {
    expect(parseInstant(text)).toBeUndefined();
  });
});

describe('isValidTimeZone', () => {
  it.each([['America/Toronto', true], ['UTC', true], ['Mars/Olympus', false], ['', false]])('%s → %s', (zone, ok) => {
    expect(isValidTimeZone(zone)).toBe(ok);
  });
});
