import { expect, test } from '@playwright/test';
import { workspaceHeader, openWorkbench } from './support.ts';

test('the theme follows the system, the toggle switches it, and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openWorkbench(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();

  await page.reload();
  await expect(workspaceHeader(page)).toBeVisible();
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('with no stored choice a dark system gets the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openWorkbench(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
