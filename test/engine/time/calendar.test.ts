import { describe, expect, it } from 'vitest';
import { addMonths, ageOn, parseDate, formatCalendarDate } from '../../../src/engine/time/index.ts';

const d = (s: string) => parseDate(s)!;

describe('addMonths clamps to the end of the target month', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-15', 3, '2026-04-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-05-04', 12, '2027-05-04'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(formatCalendarDate(addMonths(d(from), months))).toBe(to);
  });
});

describe('ageOn: whole years, the birthday itself counts', () => {
  it.each([
    ['2000-05-04', '2026-05-04', 26],
    ['2000-05-04', '2026-05-03', 25],
    ['2000-05-05', '2026-05-04', 25],
    ['2000-12-31', '2026-01-01', 25],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2026-05-04', '2026-05-04', 0],
  ])('born %s, on %s: %i', (birth, on, age) => {
    expect(ageOn(d(birth), d(on))).toBe(age);
  });
});
