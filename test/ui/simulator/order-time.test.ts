import { describe, expect, it } from 'vitest';
import { instantFromField, localFieldValue } from '../../../src/ui/simulator/order-time.ts';

const TZ = 'America/Toronto';

describe('order time field ↔ instant in the bundle zone', () => {
  it.each([
    // winter (EST, −05:00), summer (EDT, −04:00)
    ['2026-01-15T09:30', '2026-01-15T09:30:00-05:00'],
    ['2026-07-01T00:00', '2026-07-01T00:00:00-04:00'],
    ['2026-07-01T00:00:30', '2026-07-01T00:00:30-04:00'],
    // 2026-03-08 02:30 does not exist in Toronto: read with the offset before the jump → 03:30 EDT
    ['2026-03-08T02:30', '2026-03-08T03:30:00-04:00'],
    // 2026-11-01 01:30 happens twice: the earlier one (EDT)
    ['2026-11-01T01:30', '2026-11-01T01:30:00-04:00'],
  ])('%s → %s', (field, instant) => {
    expect(instantFromField(field, TZ)).toEqual({ ok: true, instant });
  });

  it.each(['', '2026-02-30T10:00', '2026-13-01T10:00', 'tomorrow', '2026-01-01T25:00'])('refuses %j with a message', (field) => {
    const r = instantFromField(field, TZ);
    expect(r.ok).toBe(false);
  });

  it('refuses a zone the runtime does not know', () => {
    expect(instantFromField('2026-01-15T09:30', 'Mars/Olympus')).toMatchObject({ ok: false });
  });

  it.each([
    ['2026-03-11T15:00:00Z', '2026-03-11T11:00'],
    ['2026-03-11T11:00:00-04:00', '2026-03-11T11:00'],
    ['2026-03-11T11:00:05-04:00', '2026-03-11T11:00:05'],
  ])('shows %s as %s', (instant, field) => {
    expect(localFieldValue(instant, TZ)).toBe(field);
  });

  it('shows nothing for text that is not an instant', () => {
    expect(localFieldValue('2026-03-11', TZ)).toBeUndefined();
  });
});
