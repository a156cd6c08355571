import { expect, test, type Page } from '@playwright/test';
import { openWorkbench } from './support.ts';

const csv = (text: string) => ({ name: 'codes.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
const panel = (page: Page) => page.locator('section.pe-codes');

test('a second file updates existing codes, and a code of another promotion is refused', async ({ page }) => {
  await openWorkbench(page, '#/promotions/welcome-15/edit');
  const codes = panel(page);
  await codes.locator('input[type=file]').setInputFiles(csv('CouponCode,MaximumUsage\nK-C,1\nK-A,1\nK-B,2\n'));
  await expect(codes.getByText('Imported 3 codes: 3 new, 0 updated.')).toBeVisible();
  await codes.locator('input[type=file]').setInputFiles(csv('CouponCode,UsageCount\nK-B,2\nK-D,0\n'));
  await expect(codes.getByText('Imported 2 codes: 1 new, 1 updated.')).toBeVisible();
  const search = codes.getByRole('search');
  await search.getByLabel('Find a code (exact)').fill('K-B');
  await search.getByRole('button', { name: 'Find' }).click();
  // MaximumUsage 2 kept from the first file, UsageCount 2 from the second.
  await expect(search.getByRole('status')).toHaveText('"K-B" belongs to this promotion: active, used 2 of 2, exhausted.');

  await openWorkbench(page, '#/promotions/save5/edit');
  await panel(page).locator('input[type=file]').setInputFiles(csv('CouponCode\nS-NEW\nK-C\n'));
  await expect(panel(page).getByRole('alert')).toContainText('The file was not imported; the codes are unchanged.');
  await expect(panel(page).getByRole('table', { name: 'Import problems' })).toContainText('Row 3, CouponCode: "K-C" already belongs to promotion welcome-15.');
  await panel(page).getByRole('search').getByLabel('Find a code (exact)').fill('S-NEW');
  await panel(page).getByRole('search').getByRole('button', { name: 'Find' }).click();
  await expect(panel(page).getByRole('search').getByRole('status')).toHaveText('No code "S-NEW" in this workspace (codes are case-sensitive).');
});
