import { describe, expect, it } from 'vitest';
import { checkSchedule } from '../../../src/engine/eligibility/index.ts';
import { ctx, promo, type ScheduleInput } from '../../support/eligibility-factories.ts';

const run = (schedule: ScheduleInput, at: string, hooks = {}, outlet?: string) =>
  checkSchedule(promo({ schedule }), ctx({ order: { at, ...(outlet ? { outlet } : {}) }, hooks }));

describe('start inclusive, end exclusive (SPEC §3.2; bundle zone America/Toronto)', () => {
  it.each([
    // SPEC §12 example 15: "expires on 5 May" = end 5 May 00:00 local.
    ['example 15: 4 May 23:59 local applies', { end: '2026-05-05T00:00' }, '2026-05-04T23:59:00-04:00', true],
    ['example 15: 5 May 00:00 local does not', { end: '2026-05-05T00:00' }, '2026-05-05T00:00:00-04:00', false],
    ['example 15, order written in UTC: 03:59Z applies', { end: '2026-05-05T00:00' }, '2026-05-05T03:59:00Z', true],
    ['example 15, order written in UTC: 04:00Z does not', { end: '2026-05-05T00:00' }, '2026-05-05T04:00:00Z', false],
    ['"last active day 30 June": 30 June 23:59 applies', { end: '2026-07-01T00:00' }, '2026-06-30T23:59:59-04:00', true],
    ['start instant itself applies', { start: '2026-05-01T09:00' }, '2026-05-01T09:00:00-04:00', true],
    ['one second before start does not', { start: '2026-05-01T09:00' }, '2026-05-01T08:59:59-04:00', false],
    ['no bounds: always', {}, '1999-01-01T00:00:00Z', true],
    ['inside both bounds', { start: '2026-05-01T00:00', end: '2026-06-01T00:00' }, '2026-05-04T12:00:00-04:00', true],
    // DST: 8 Mar 2026 02:00–03:00 does not exist in Toronto; a start in the gap moves forward by the gap.
    ['start in the spring gap (02:30 = 03:30 EDT): 03:29 EDT is before it', { start: '2026-03-08T02:30' }, '2026-03-08T03:29:00-04:00', false],
    ['start in the spring gap: 03:30 EDT applies', { start: '2026-03-08T02:30' }, '2026-03-08T03:30:00-04:00', true],
    ['start just before the gap, order just after it', { start: '2026-03-08T01:59' }, '2026-03-08T03:00:00-04:00', true],
    // 1 Nov 2026 01:00–02:00 happens twice; an end in the overlap is the first 01:30 (EDT).
    ['end in the autumn overlap: first 01:29 (EDT) applies', { end: '2026-11-01T01:30' }, '2026-11-01T01:29:00-04:00', true],
    ['end in the autumn overlap: first 01:30 (EDT) does not', { end: '2026-11-01T01:30' }, '2026-11-01T01:30:00-04:00', false],
    ['end in the autumn overlap: second 01:10 (EST) does not', { end: '2026-11-01T01:30' }, '2026-11-01T01:10:00-05:00', false],
    ['a summer end read in winter offset terms', { end: '2026-11-02T00:00' }, '2026-11-01T23:59:00-05:00', true],
  ])('%s', (_name, schedule, at, applies) => {
    expect(run(schedule, at).ok).toBe(applies);
  });

  it('names the bound and the local time of the order', () => {
    const c = run({ end: '2026-05-05T00:00' }, '2026-05-05T00:00:00-04:00');
    expect(c).toMatchObject({ ok: false, reason: 'outsideSchedule', observed: '2026-05-05 00:00' });
    expect(!c.ok && c.message).toBe('Ended at 2026-05-05 00:00 (America/Toronto, exclusive); the order is at 2026-05-05 00:00 (America/Toronto).');
    const s = run({ start: '2026-05-10T00:00' }, '2026-05-04T12:00:00-04:00');
    expect(!s.ok && s.message).toBe('Starts at 2026-05-10 00:00 (America/Toronto); the order is at 2026-05-04 12:00 (America/Toronto).');
  });
});

describe('which zone the schedule is read in', () => {
  it.each([
    // schedule.timeZone overrides: 5 May 00:00 London (BST, +1) = 4 May 23:00Z = 19:00 Toronto.
    ['schedule zone London: 18:59 Toronto applies', { end: '2026-05-05T00:00', timeZone: 'Europe/London' }, '2026-05-04T18:59:00-04:00', undefined, true],
    ['schedule zone London: 19:00 Toronto does not', { end: '2026-05-05T00:00', timeZone: 'Europe/London' }, '2026-05-04T19:00:00-04:00', undefined, false],
    // The outlet's zone (supplied by the caller) beats the bundle's: 5 May 00:00 Vancouver = 03:00 Toronto.
    ['outlet zone Vancouver: 02:30 Toronto still applies', { end: '2026-05-05T00:00' }, '2026-05-05T02:30:00-04:00', 'west', true],
    ['outlet zone Vancouver: 03:00 Toronto does not', { end: '2026-05-05T00:00' }, '2026-05-05T03:00:00-04:00', 'west', false],
    ['unknown outlet: the bundle zone', { end: '2026-05-05T00:00' }, '2026-05-05T02:30:00-04:00', 'east', false],
  ])('%s', (_name, schedule, at, outlet, applies) => {
    expect(run(schedule, at, { outletTimeZones: { west: 'America/Vancouver' } }, outlet).ok).toBe(applies);
  });

  it('an unknown schedule zone is reported, not guessed', () => {
    const c = run({ timeZone: 'Mars/Olympus' }, '2026-05-04T12:00:00-04:00');
    expect(c).toMatchObject({ ok: false, reason: 'outsideSchedule' });
    expect(!c.ok && c.message).toContain('Mars/Olympus');
  });
});
