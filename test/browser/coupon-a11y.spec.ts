import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openWorkbench } from './support.ts';

test('axe: the coupon panel with codes, a refused file and a search has no serious or critical violations', async ({ page }) => {
  await openWorkbench(page, '#/promotions/welcome-15/edit');
  const codes = page.locator('section.pe-codes');
  const file = codes.locator('input[type=file]');
  await file.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from('CouponCode,UsageCount\nA-1,1\nA-2,0\n') });
  await expect(codes.getByText('Imported 2 codes: 2 new, 0 updated.')).toBeVisible();
  await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('CouponCode,IsActive\nA-3,maybe\n') });
  await expect(codes.getByRole('alert')).toBeVisible();
  await codes.getByLabel('Find a code (exact)').fill('A-1');
  await codes.getByRole('button', { name: 'Find' }).click();
  await expect(codes.getByRole('search').getByRole('status')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('section.pe-codes').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(bad).toEqual([]);
});
