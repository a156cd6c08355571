import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/*
 * Not a check: saves a PNG of every view in both themes to /tmp/shots/ for a human to look at.
 * Opt in with SHOTS=1 (npm run build && SHOTS=1 npx playwright test screenshots).
 */
const DIR = process.env.SHOTS_DIR ?? '/tmp/shots';

test.describe('@screenshots', () => {
  test.skip(!process.env.SHOTS, 'set SHOTS=1 to save screenshots');

  for (const theme of ['light', 'dark'] as const) {
    test(`every view, ${theme}`, async ({ page }) => {
      mkdirSync(DIR, { recursive: true });
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto('/#/promotions');
      const promotions = page.getByRole('table', { name: 'Promotions' });
      await expect(promotions.getByRole('row').nth(1)).toBeVisible();
      await promotions.getByRole('row').nth(3).click();
      await page.screenshot({ path: `${DIR}/promotions-${theme}.png` });
      // A promotion with schedule, scope, conditions and limits shows every section of the detail.
      await page.getByLabel('Filter promotions').fill('VIP thank-you');
      await promotions.getByRole('row').nth(1).click();
      await page.screenshot({ path: `${DIR}/promotion-detail-${theme}.png` });
      await page.getByLabel('Filter promotions').fill('happy hour');
      await promotions.getByRole('row').nth(1).click();
      await page.screenshot({ path: `${DIR}/promotion-schedule-${theme}.png` });

      await page.getByRole('link', { name: 'Baskets' }).click();
      const baskets = page.getByRole('table', { name: 'Saved baskets' });
      await baskets.getByRole('row').nth(2).click();
      await page.screenshot({ path: `${DIR}/baskets-${theme}.png` });

      await page.getByRole('link', { name: 'Catalog' }).click();
      await expect(page.getByRole('table', { name: 'Products' })).toBeVisible();
      await page.screenshot({ path: `${DIR}/catalog-${theme}.png` });

      await page.getByRole('link', { name: 'Bundle' }).click();
      await page.getByLabel('Export profile').selectOption('staticOnly');
      await page.getByLabel('Bundle file').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ format: 'promo-workbench.bundle', formatVersion: 1, name: '', currency: 'usd', timeZone: 'UTC', promotions: [{ id: 'x', rule: { kind: 'itemDeal' } }] })),
      });
      await expect(page.getByRole('table', { name: 'Import problems' })).toBeVisible();
      await page.screenshot({ path: `${DIR}/bundle-${theme}.png` });
      await page.getByRole('region', { name: 'Export' }).scrollIntoViewIfNeeded();
      // Let the scrolled rows paint before the capture.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.screenshot({ path: `${DIR}/export-${theme}.png` });
    });
  }
});
