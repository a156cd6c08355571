import { expect, test } from '@playwright/test';
import { openWorkbench, sampleBundle } from './support.ts';

const save5 = () => sampleBundle().promotions.find((p) => p.id === 'save5')!;

test('a code imported into the coupon store is known to the simulator', async ({ page }) => {
  await openWorkbench(page, '#/promotions/save5/edit');
  const codes = page.locator('section.pe-codes');
  await codes.locator('input[type=file]').setInputFiles({ name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from('CouponCode,MaximumUsage\nSTORED-SAVE5,3\n') });
  await expect(codes.getByText('Imported 1 codes: 1 new, 0 updated.')).toBeVisible();

  await openWorkbench(page, '#/simulator');
  await page.getByLabel('Basket', { exact: true }).selectOption({ index: 1 });
  const entry = page.getByRole('textbox', { name: 'Coupon code' });
  const statuses = page.getByRole('table', { name: 'Coupon code statuses' });
  // The same spelling in lower case is not in the store: unknown, as before.
  await entry.fill('stored-save5');
  await entry.press('Enter');
  await expect(statuses.locator('tr[data-code="stored-save5"]')).toContainText('unknown');
  await entry.fill('STORED-SAVE5');
  await entry.press('Enter');
  // (`hasText` ignores case, so rows are picked by their exact code.)
  const row = statuses.locator('tr[data-code="STORED-SAVE5"]');
  await expect(row).toContainText(`is valid for ${save5().name}`);
  await expect(row).not.toContainText('unknown');
});
