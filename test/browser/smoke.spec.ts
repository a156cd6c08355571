import { expect, test } from '@playwright/test';

test('the workbench opens', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Promo Workbench' })).toBeVisible();
});
