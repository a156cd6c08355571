import { expect, test } from '@playwright/test';
import { openWorkbench, rowNamed, sampleBasketNames } from './support.ts';

test('the baskets view lists the sample baskets and shows a basket with its expectation', async ({ page }) => {
  const names = sampleBasketNames();
  await openWorkbench(page, '#/baskets');
  const table = page.getByRole('table', { name: 'Saved baskets' });
  await expect(table.getByRole('row')).toHaveCount(names.length + 1);
  for (const name of [names[0]!, names.at(-1)!]) await expect(table.getByText(name, { exact: true })).toBeVisible();

  await rowNamed(page, 'Saved baskets', names[0]!).click();
  const detail = page.getByRole('region', { name: 'Basket details' });
  await expect(detail.getByRole('heading', { name: names[0]! })).toBeVisible();
  await expect(detail.getByRole('table', { name: 'Basket lines' }).getByRole('row').nth(1)).toBeVisible();
  // The basket opens in the Simulator, loaded and evaluated there.
  await detail.getByRole('link', { name: 'Open in the Simulator' }).click();
  await expect(page).toHaveURL(/#\/simulator\//);
  await expect(page.locator('#sim-basket')).toHaveValue(/.+/);
  await expect(page.locator('#sim-basket option:checked')).toHaveText(names[0]!);
});
