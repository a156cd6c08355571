import { expect, test, type Page } from '@playwright/test';
import { openWorkbench, sampleBundle } from './support.ts';

const dairy = () => sampleBundle().promotions.find((p) => p.name === 'Dairy week')!;
const form = (page: Page) => page.getByRole('form');

test('two tabs edit the same promotion: the stale tab sees both versions, loses nothing, and chooses', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openWorkbench(a, `#/promotions/${dairy().id}/edit`);
  await openWorkbench(b, `#/promotions/${dairy().id}/edit`);

  // Tab B holds an unsaved edit while tab A saves another one.
  await form(b).getByLabel('Receipt label', { exact: true }).fill('Label typed in tab B');
  await form(a).getByLabel('Name', { exact: true }).fill('Dairy week (renamed in tab A)');
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();

  const conflict = b.getByRole('alertdialog', { name: 'This promotion was changed in another tab' });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  const versions = conflict.getByRole('table', { name: 'Both versions' });
  await expect(versions.getByRole('row', { name: /^name/ })).toContainText('Dairy week (renamed in tab A)');
  await expect(versions.getByRole('row', { name: /^label/ })).toContainText('Label typed in tab B');
  // Nothing of tab B's is lost while it decides.
  await expect(form(b).getByLabel('Receipt label', { exact: true })).toHaveValue('Label typed in tab B');

  await conflict.getByRole('button', { name: 'Take theirs' }).click();
  await expect(form(b).getByLabel('Name', { exact: true })).toHaveValue('Dairy week (renamed in tab A)');
  await expect(conflict).toHaveCount(0);
});

test('unsaved edits survive a reload and can be saved afterwards', async ({ page }) => {
  await openWorkbench(page, `#/promotions/${dairy().id}/edit`);
  await form(page).getByLabel('Receipt label', { exact: true }).fill('Kept across a reload');
  await expect(page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();
  await page.waitForTimeout(1000); // the draft is written after a short pause in typing
  await page.reload();
  await expect(form(page).getByLabel('Receipt label', { exact: true })).toHaveValue('Kept across a reload');
  await expect(page.getByText('Your unsaved edits from before were restored.')).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  await page.reload();
  await expect(form(page).getByLabel('Receipt label', { exact: true })).toHaveValue('Kept across a reload');
  await expect(page.getByText('Your unsaved edits from before were restored.')).toHaveCount(0);
});
