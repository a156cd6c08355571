import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openWorkbench, rowNamed } from './support.ts';

test('an edited workspace exported and imported again keeps its revision', async ({ page }) => {
  // An edit first, so the revision is not just the sample's.
  await openWorkbench(page, '#/promotions');
  await rowNamed(page, 'Promotions', 'Dairy week').click();
  await page.getByRole('toolbar', { name: 'Promotion actions' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(rowNamed(page, 'Promotions', 'Dairy week (copy)')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bundle' }).click();
  const revision = page.locator('.workspace-rev');
  const exportText = async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export bundle' }).click();
    return readFileSync(await (await download).path(), 'utf8');
  };
  const text = await exportText();
  const exported = JSON.parse(text) as { revision: string };

  await page.getByLabel('Bundle file').setInputFiles({ name: 'exported.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByText(/^Imported/).first()).toBeVisible();
  await expect(revision).toHaveAttribute('title', `Revision ${exported.revision}`);
  // And round again: exporting the imported workspace gives the same file.
  expect(await exportText()).toBe(text);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Promotions' }).click();
  await expect(rowNamed(page, 'Promotions', 'Dairy week (copy)')).toBeVisible();
});
