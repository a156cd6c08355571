import { describe, expect, it } from 'vitest';
import { checkSchedule } from '../../../src/engine/eligibility/index.ts';
import type { Weekday } from '../../../src/domain/index.ts';
import { ctx, promo } from '../../support/eligibility-factories.ts';

const run = (weekdays: Weekday[], at: string, dailyWindow?: { from: string; to: string }) =>
  checkSchedule(promo({ schedule: { weekdays, ...(dailyWindow ? { dailyWindow } : {}) } }), ctx({ order: { at } })).ok;

describe('weekdays (local to the schedule zone)', () => {
  it.each<[string, Weekday[], string, boolean]>([
    ['Monday on a Monday', ['mon'], '2026-05-04T12:00:00-04:00', true],
    ['Mon/Tue on a Sunday', ['mon', 'tue'], '2026-05-03T12:00:00-04:00', false],
    ['Saturday', ['sat', 'sun'], '2026-05-09T08:00:00-04:00', true],
    // 02:00Z on Tuesday is still Monday 22:00 in Toronto.
    ['local weekday, not UTC weekday', ['mon'], '2026-05-05T02:00:00Z', true],
    ['empty list: never', [], '2026-05-04T12:00:00-04:00', false],
  ])('%s', (_name, weekdays, at, applies) => {
    expect(run(weekdays, at)).toBe(applies);
  });

  it('names the allowed days and the order day', () => {
    const c = checkSchedule(promo({ schedule: { weekdays: ['tue', 'mon'] } }), ctx({ order: { at: '2026-05-03T12:00:00-04:00' } }));
    expect(c).toMatchObject({ ok: false, reason: 'outsideSchedule', observed: 'sun' });
    expect(!c.ok && c.message).toBe('Runs on mon, tue; the order is on a sun: 2026-05-03 12:00 (America/Toronto).');
  });
});

describe('a window past midnight belongs to the day it started', () => {
  const lateFriday = { from: '22:00', to: '02:00' };
  it.each<[string, string, boolean]>([
    ['Friday 23:00', '2026-05-08T23:00:00-04:00', true],
    ['Saturday 01:00 (Friday night)', '2026-05-09T01:00:00-04:00', true],
    ['Friday 01:00 (Thursday night)', '2026-05-08T01:00:00-04:00', false],
    ['Saturday 23:00', '2026-05-09T23:00:00-04:00', false],
  ])('%s', (_name, at, applies) => {
    expect(run(['fri'], at, lateFriday)).toBe(applies);
  });
});
