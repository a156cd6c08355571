import { expect, test } from '@playwright/test';
import { openWorkbench } from './support.ts';

/** Two orders over 40.00: one enters a code kept only in the coupon store, the other a code nobody has. */
const HISTORY = [
  'orderId,at,customerId,outlet,channel,productId,quantity,unitPrice,customerPrice,coupons',
  'S-1,2026-02-02T10:00:00-05:00,,TOR-01,inStore,p-001,5,10.00,,STORED-SAVE5',
  'S-2,2026-02-03T11:00:00-05:00,,TOR-01,inStore,p-001,5,10.00,,NOBODYS-CODE',
].join('\n');

test('a replay sees the codes kept in the coupon store, as the exported bundle would', async ({ page }) => {
  await openWorkbench(page, '#/promotions/save5/edit');
  const codes = page.locator('section.pe-codes');
  await codes.locator('input[type=file]').setInputFiles({ name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from('CouponCode,MaximumUsage\nSTORED-SAVE5,3\n') });
  await expect(codes.getByText('Imported 1 codes: 1 new, 0 updated.')).toBeVisible();

  await openWorkbench(page, '#/history');
  await page.getByLabel('Order history file').setInputFiles({ name: 'codes.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HISTORY}\n`) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported codes.csv' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Replay with the current workspace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Replayed 2 orders in' })).toBeVisible({ timeout: 60_000 });
  // Orders column: the stored code's order got the coupon promotion, the unknown code's did not.
  await expect(page.locator('tr[data-promotion="save5"] td').nth(1)).toHaveText('1');
});
