import { describe, expect, it } from 'vitest';
import { bucketLabel, groupLabel, reportInstant, reportPercent, signedMoney } from '../../../src/ui/history/report-format.ts';

describe('report formatting', () => {
  it.each([
    { bucket: { to: '0', orders: 4, saving: '0' }, currency: 'USD', text: 'No saving' },
    { bucket: { to: '0.00', orders: 4, saving: '0.00' }, currency: 'USD', text: 'No saving' },
    { bucket: { from: '0', to: '5', orders: 2, saving: '3.50' }, currency: 'USD', text: '$0.01 – $5.00' },
    { bucket: { from: '5.00', to: '10.00', orders: 2, saving: '15.00' }, currency: 'EUR', text: '€5.01 – €10.00' },
    { bucket: { from: '100', to: '500', orders: 1, saving: '120' }, currency: 'JPY', text: '¥101 – ¥500' },
    { bucket: { from: '0.5', to: '1', orders: 1, saving: '0.7' }, currency: 'BHD', text: '0.501 BHD – 1.000 BHD' },
    { bucket: { from: '500', orders: 1, saving: '612.00' }, currency: 'USD', text: 'over $500.00' },
  ])('bucket $bucket.from–$bucket.to in $currency reads "$text"', ({ bucket, currency, text }) => {
    expect(bucketLabel(bucket, currency)).toBe(text);
  });

  it.each([
    ['12.34', '12.34 %'],
    ['12.30', '12.3 %'],
    ['100.00', '100 %'],
    ['0.00', '0 %'],
  ])('percent %s reads %s', (p, text) => expect(reportPercent(p)).toBe(text));

  it.each([
    [450n, '+$4.50'],
    [-120n, '−$1.20'],
    [0n, '$0.00'],
  ])('delta %s reads %s', (d, text) => expect(signedMoney(d, 'USD')).toBe(text));

  it.each([
    ['2026-03-05T14:07:00+01:00', '5 Mar 2026 14:07'],
    ['2026-12-31T23:59:59.999Z', '31 Dec 2026 23:59'],
    ['not a time', 'not a time'],
  ])('instant %s reads %s', (at, text) => expect(reportInstant(at)).toBe(text));

  it.each([
    ['outlet', '', 'No outlet'],
    ['outlet', 'downtown', 'downtown'],
    ['channel', 'inStore', 'In store'],
    ['channel', 'online', 'Online'],
    ['day', '2026-01-02', '2 Jan 2026'],
  ] as const)('%s "%s" reads %s', (kind, key, text) => expect(groupLabel(kind, key)).toBe(text));
});
