import { describe, expect, it } from 'vitest';
import { reportFileName, reportJsonText } from '../../../src/ui/history/report-export.ts';
import { replayReport } from '../../support/report-factories.ts';

describe('report export', () => {
  const at = new Date('2026-03-05T23:30:00Z');
  it.each([
    ['Sample workspace — Northwind Market', 'csv', 'sample-workspace-northwind-market-report-2026-03-05.csv'],
    ['  Spring/Summer 2026 ', 'json', 'spring-summer-2026-report-2026-03-05.json'],
    ['———', 'csv', 'replay-report-2026-03-05.csv'],
  ] as const)('"%s" as %s is named %s', (name, ext, file) => {
    expect(reportFileName(replayReport({ bundle: { name } }), ext, at)).toBe(file);
  });

  it('writes the report as JSON that reads back equal', () => {
    const report = replayReport({ totals: { orders: 2, ordersWithSaving: 1, gross: '40.00', customerPriceSaving: '0.00', saving: '1.25', net: '38.75', savingRate: '3.13', lines: 3, units: 4 } });
    expect(JSON.parse(reportJsonText(report))).toEqual(report);
  });
});
