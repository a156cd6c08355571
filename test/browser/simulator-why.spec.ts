import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openWorkbench, sampleBundle } from './support.ts';

const bundle = sampleBundle();
const why = (page: Page) => page.getByRole('list', { name: 'Why each promotion applied or not' });
const row = (page: Page, name: string) => why(page).getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });

test('near misses say what is missing and which products count; the rest is folded; names link to the promotion', async ({ page }) => {
  await openWorkbench(page, '#/simulator/b03-cleaning-2-near-miss');
  const cleaning = row(page, 'Cleaning stock-up tiers');
  await expect(cleaning).toContainText('Near miss: add 1 more qualifying item');
  // From the promotion's selection (cleaning products) and the catalog: their names.
  await expect(cleaning.locator('.why-counting')).toHaveText('Counts: EcoShine all-purpose cleaner 750 ml, EcoShine glass cleaner 750 ml and EcoShine floor cleaner 1 L');

  // Promotions nothing in this basket counts toward are folded: fewer rows than promotions.
  const shown = await why(page).getByRole('listitem').count();
  expect(shown).toBeLessThan(bundle.promotions.length);
  await page.getByRole('button', { name: `Show all (${bundle.promotions.length})` }).click();
  await expect(why(page).getByRole('listitem')).toHaveCount(bundle.promotions.length);

  // The name is a link to the promotion.
  await expect(cleaning.getByRole('link', { name: 'Cleaning stock-up tiers' })).toHaveAttribute('href', '#/promotions/cleaning-tiers');

  if (process.env.SHOTS) {
    const dir = process.env.SHOTS_DIR ?? '/tmp/shots';
    mkdirSync(dir, { recursive: true });
    await page.getByRole('button', { name: /^In this basket/ }).click();
    await page.getByRole('heading', { name: 'Why', exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${dir}/why-near-miss.png` });
  }
});

test('near misses are ranked closest first', async ({ page }) => {
  await openWorkbench(page, '#/simulator/b35-big-friday-basket');
  await page.getByRole('button', { name: /^Near misses/ }).click();
  const texts = await why(page).locator('.near-miss').allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  // Every item shortfall ("add N more …") comes before every money shortfall ("spend X more"),
  // and item counts never decrease down the list.
  const kinds = texts.map((t) => (/add (\d+|a) /.test(t) ? 'items' : /spend /.test(t) ? 'amount' : 'other'));
  const firstAmount = kinds.indexOf('amount');
  if (firstAmount >= 0) expect(kinds.slice(firstAmount)).not.toContain('items');
  const counts = texts.flatMap((t) => /add (\d+) more/.exec(t)?.[1] ?? []).map(Number);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
});
