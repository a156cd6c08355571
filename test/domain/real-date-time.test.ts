import { describe, expect, it } from 'vitest';
import { InstantSchema, LocalDateSchema, LocalDateTimeSchema, LocalTimeSchema } from '../../src/domain/primitives.ts';

describe('dates and times are real calendar values, not only the right shape', () => {
  it.each([
    [LocalDateTimeSchema, '2026-07-01T00:00', true],
    [LocalDateTimeSchema, '2028-02-29T12:00', true],
    [LocalDateTimeSchema, '2026-02-29T12:00', false],
    [LocalDateTimeSchema, '2026-02-30T23:99', false],
    [LocalDateTimeSchema, '2026-13-45T10:00', false],
    [LocalDateTimeSchema, '2026-04-31T10:00', false],
    [LocalDateTimeSchema, '2026-07-01T24:00', false],
    [LocalDateSchema, '2026-05-04', true],
    [LocalDateSchema, '2026-00-10', false],
    [LocalTimeSchema, '09:30', true],
    [LocalTimeSchema, '24:00', true],
    [LocalTimeSchema, '24:30', false],
    [InstantSchema, '2026-05-04T23:59:00-04:00', true],
    [InstantSchema, '2026-05-04T23:59:00+14:00', true],
    [InstantSchema, '2026-13-45T99:99:00Z', false],
    [InstantSchema, '2026-05-04T23:59:00+99:99', false],
    [InstantSchema, '2026-05-04T23:59:60Z', false],
  ] as const)('%#: %s → %s', (schema, text, valid) => {
    const r = schema.safeParse(text);
    expect(r.success).toBe(valid);
    if (!r.success) expect(r.error.issues[0]?.message).toMatch(/^not a real|expected/);
  });
});
