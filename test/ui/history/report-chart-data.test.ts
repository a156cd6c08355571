import { describe, expect, it } from 'vitest';
import { dailySeries, dayTick, histogramSeries, moneyTick, moneyValue } from '../../../src/ui/history/report-chart-data.ts';

const day = (key: string, saving: string, orders: number) => ({ key, orders, ordersWithSaving: orders, gross: '0', customerPriceSaving: '0', saving, net: '0', savingRate: '0' });

describe('report chart series', () => {
  it('histogram: one bar per bucket, short ticks, full ranges for the table', () => {
    const s = histogramSeries(
      [
        { to: '0', orders: 40, saving: '0' },
        { from: '0', to: '5', orders: 12, saving: '31.20' },
        { from: '5', to: '12.50', orders: 3, saving: '25.00' },
        { from: '12.50', orders: 1, saving: '99.99' },
      ],
      'USD',
    );
    expect(s).toEqual({
      x: [0, 1, 2, 3],
      orders: [40, 12, 3, 1],
      labels: ['No saving', '$0.01 – $5.00', '$5.01 – $12.50', 'over $12.50'],
      ticks: ['none', '≤ $5', '≤ $12.50', '> $12.50'],
    });
  });

  it('saving over time: days at UTC midnight, saving in minor units, non-dates left out', () => {
    const s = dailySeries([day('2026-01-01', '12.50', 3), day('2026-01-03', '0.07', 1), day('', '5.00', 1)], 'USD');
    expect(s).toEqual({ x: [1767225600, 1767398400], days: ['2026-01-01', '2026-01-03'], saving: [1250, 7], orders: [3, 1] });
  });

  it.each([
    [125000, 'USD', '$1,250'],
    [250, 'USD', '$2.50'],
    [1999.6, 'USD', '$20'],
    [-300, 'EUR', '−€3'],
    [1500, 'JPY', '¥1,500'],
    [Number.NaN, 'USD', ''],
  ])('tick %d %s reads %s', (v, c, text) => expect(moneyTick(v, c)).toBe(text));

  it.each([
    [1250, '$12.50'],
    [null, '—'],
  ])('legend value %s reads %s', (v, text) => expect(moneyValue(v, 'USD')).toBe(text));

  it.each([
    [1767225600, false, '1 Jan'],
    [1767225600, true, '1 Jan 2026'],
    [1767398400 + 59 * 86400, false, '3 Mar'],
    [Number.NaN, false, ''],
  ])('day tick %d (year %s) reads %s', (v, year, text) => expect(dayTick(v, year)).toBe(text));
});
