import { expect, test } from '@playwright/test';
import { workspaceHeader, openWorkbench, sampleBundle, sampleBundleText } from './support.ts';

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('a corrupted bundle is refused with JSON paths and the workspace stays as it was', async ({ page }) => {
  const sample = sampleBundle();
  await openWorkbench(page, '#/bundle');
  const header = workspaceHeader(page);
  const before = await header.textContent();

  const broken = JSON.parse(sampleBundleText()) as { currency: string; promotions: Record<string, unknown>[] };
  broken.currency = 'dollars';
  delete broken.promotions[1]!['rule'];
  await page.getByLabel('Bundle file').setInputFiles(file('broken.json', JSON.stringify(broken)));

  await expect(page.getByRole('alert')).toContainText('The workspace is unchanged');
  const problems = page.getByRole('table', { name: 'Import problems' });
  await expect(problems.getByRole('cell', { name: '$.currency', exact: true })).toBeVisible();
  await expect(problems.getByRole('cell', { name: '$.promotions[1].rule', exact: true })).toBeVisible();

  await expect(header).toHaveText(before ?? '');
  await page.reload();
  await expect(workspaceHeader(page)).toHaveText(before ?? '');
  await page.getByRole('link', { name: 'Promotions' }).click();
  await expect(page.getByRole('table', { name: 'Promotions' }).getByRole('row')).toHaveCount(sample.promotions.length + 1);
});

test('text that is not JSON is refused too', async ({ page }) => {
  await openWorkbench(page, '#/bundle');
  await page.getByLabel('Bundle file').setInputFiles(file('notes.json', '{ "format": '));
  await expect(page.getByRole('alert')).toContainText('not imported');
  await expect(page.getByRole('table', { name: 'Import problems' })).toContainText('$');
});

test('a valid bundle replaces the workspace and survives a reload', async ({ page }) => {
  const renamed = JSON.parse(sampleBundleText()) as Record<string, unknown>;
  renamed['name'] = 'Imported workspace';
  delete renamed['revision'];
  await openWorkbench(page, '#/bundle');
  await page.getByLabel('Bundle file').setInputFiles(file('renamed.json', JSON.stringify(renamed)));
  await expect(page.getByRole('status').filter({ hasText: 'Imported renamed.json' })).toBeVisible();
  await expect(workspaceHeader(page)).toContainText('Imported workspace');
  await page.reload();
  await expect(workspaceHeader(page)).toContainText('Imported workspace');
});
