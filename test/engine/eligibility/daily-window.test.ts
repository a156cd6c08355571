import { describe, expect, it } from 'vitest';
import { checkSchedule } from '../../../src/engine/eligibility/index.ts';
import { ctx, promo } from '../../support/eligibility-factories.ts';

/** Orders on Monday 4 May 2026 in Toronto (UTC−4) at the given local time. */
const at = (hhmm: string) => `2026-05-04T${hhmm}:00-04:00`;
const run = (from: string, to: string, time: string) =>
  checkSchedule(promo({ schedule: { dailyWindow: { from, to } } }), ctx({ order: { at: at(time) } })).ok;

describe('dailyWindow: from inclusive, to exclusive, wrapping past midnight', () => {
  it.each([
    ['09:00', '17:00', '09:00', true],
    ['09:00', '17:00', '16:59', true],
    ['09:00', '17:00', '17:00', false],
    ['09:00', '17:00', '08:59', false],
    ['22:00', '02:00', '22:00', true],
    ['22:00', '02:00', '23:30', true],
    ['22:00', '02:00', '00:00', true],
    ['22:00', '02:00', '01:59', true],
    ['22:00', '02:00', '02:00', false],
    ['22:00', '02:00', '21:59', false],
    ['22:00', '02:00', '12:00', false],
    ['00:00', '24:00', '23:59', true],
    ['00:00', '24:00', '00:00', true],
    ['10:00', '10:00', '03:00', true], // from = to: the whole day
  ])('%s–%s at %s → %s', (from, to, time, inside) => {
    expect(run(from, to, time)).toBe(inside);
  });

  it('says which window and when the order was', () => {
    const c = checkSchedule(promo({ schedule: { dailyWindow: { from: '09:00', to: '17:00' } } }), ctx({ order: { at: at('17:30') } }));
    expect(c).toMatchObject({ ok: false, reason: 'outsideSchedule', observed: '2026-05-04 17:30' });
    expect(!c.ok && c.message).toBe('Runs daily 09:00–17:00; the order is at 2026-05-04 17:30 (America/Toronto).');
  });

  it('reads the window in the local zone, not UTC', () => {
    // 13:30Z is 09:30 in Toronto: inside 09:00–17:00 although the UTC clock says 13:30.
    const c = checkSchedule(promo({ schedule: { dailyWindow: { from: '09:00', to: '10:00' } } }), ctx({ order: { at: '2026-05-04T13:30:00Z' } }));
    expect(c.ok).toBe(true);
  });
});
