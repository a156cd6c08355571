import { expect, test, type Page } from '@playwright/test';
import { openWorkbench, rowNamed, sampleBundle } from './support.ts';

const editor = (page: Page) => page.getByRole('form', { name: /.+/ });
const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });

test('a promotion made from a template validates as you type, saves, and is there after a reload', async ({ page }) => {
  await openWorkbench(page);
  await page.getByRole('button', { name: 'New promotion' }).click();
  await page.getByRole('button', { name: /Buy N, get the cheapest free/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Buy 3, cheapest free' }).first()).toBeVisible();

  await editor(page).getByLabel('Name', { exact: true }).fill('Snack trio');
  const priority = editor(page).getByLabel('Priority', { exact: true });
  await priority.fill('0');
  // The same code and message a bundle import gives, in place and in the problem list.
  await expect(page.getByText('Too small: expected number to be >=1').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('$.priority');
  await expect(saveButton(page)).toBeDisabled();
  await priority.fill('3');
  await expect(page.getByRole('region', { name: 'Problems' })).toHaveCount(0);
  await editor(page).getByLabel('Status', { exact: true }).selectOption('active');
  // The description beside the form follows the edits.
  await expect(page.getByRole('complementary', { name: 'What it does' })).toContainText('3 (1 is evaluated first)');

  await saveButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(rowNamed(page, 'Promotions', 'Snack trio')).toBeVisible();

  await page.reload();
  await expect(rowNamed(page, 'Promotions', 'Snack trio')).toContainText('Active');
  await expect(page.getByRole('table', { name: 'Promotions' }).getByRole('row')).toHaveCount(sampleBundle().promotions.length + 2);
});

test('duplicate, archive and delete (with confirmation) change the list and survive a reload', async ({ page }) => {
  const [first] = sampleBundle().promotions.filter((p) => p.name === 'Dairy week');
  await openWorkbench(page, `#/promotions/${first!.id}`);
  const actions = page.getByRole('toolbar', { name: 'Promotion actions' });
  await actions.getByRole('button', { name: 'Duplicate' }).click();
  await expect(rowNamed(page, 'Promotions', 'Dairy week (copy)')).toContainText('Draft');

  await actions.getByRole('button', { name: 'Archive' }).click();
  await expect(rowNamed(page, 'Promotions', 'Dairy week (copy)')).toContainText('Archived');

  await actions.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: /Delete Dairy week \(copy\)/ });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(rowNamed(page, 'Promotions', 'Dairy week (copy)')).toBeVisible();
  await actions.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(rowNamed(page, 'Promotions', 'Dairy week (copy)')).toHaveCount(0);
  await page.reload();
  await expect(rowNamed(page, 'Promotions', 'Dairy week')).toHaveCount(1);
  await expect(rowNamed(page, 'Promotions', 'Dairy week (copy)')).toHaveCount(0);
});

test('priority moves with Alt+arrows and bulk status applies to every ticked row', async ({ page }) => {
  await openWorkbench(page, '#/promotions');
  const row = rowNamed(page, 'Promotions', 'Dairy week');
  await row.click();
  const before = Number(await row.getByRole('cell').nth(1).textContent());
  await row.press('Alt+ArrowDown');
  await expect(row.getByRole('cell').nth(1)).toHaveText(String(before + 1));

  await row.press(' ');
  await rowNamed(page, 'Promotions', 'Mug event').getByRole('checkbox').check();
  await page.getByLabel('Set status of ticked promotions').selectOption('inactive');
  await expect(rowNamed(page, 'Promotions', 'Dairy week')).toContainText('Inactive');
  await expect(rowNamed(page, 'Promotions', 'Mug event')).toContainText('Inactive');
});
