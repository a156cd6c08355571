import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportToCsv } from '../../src/replay/index.ts';
import { handMadeHistory, replayAll } from '../support/replay-factories.ts';

describe('report as CSV', () => {
  it('has one row per promotion and a totals row', async () => {
    const { bundle, orders } = handMadeHistory();
    const { report } = await replayAll(bundle, orders);
    const rows = Papa.parse<string[]>(reportToCsv(report).trimEnd()).data;
    expect(rows[0]!.slice(0, 8)).toEqual(['promotionId', 'name', 'orders', 'applications', 'units', 'saving', 'averageSavingPerOrder', 'shareOfSaving']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[5], r[7], r[8]])).toEqual([
      ['five-off-a', '3', '15.00', '38.46', '2'],
      ['monthly-10-b', '4', '24.00', '61.54', '3'],
      ['', '9', '39.00', '100.00', '5'],
    ]);
    expect(rows[3]!.slice(12)).toEqual(['540.00', '501.00', '7.22']);
  });

  it('defuses names a spreadsheet would run as formulas', async () => {
    const { bundle, orders } = handMadeHistory();
    const { report } = await replayAll(bundle, orders);
    const named = { ...report, promotions: report.promotions.map((p) => ({ ...p, name: '=HYPERLINK("x")' })) };
    expect(Papa.parse<string[]>(reportToCsv(named)).data[1]![1]).toBe('\'=HYPERLINK("x")');
  });
});
