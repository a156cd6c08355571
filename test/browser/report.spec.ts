import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/*
 * The report and compare views on their development page (#/dev/report): the sample workspace's
 * saved baskets replayed as a six-week history by replay-core's replayShard (reference solver),
 * once under the saved rules and once with the promotion applied to most orders switched off.
 */
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';

async function openHarness(page: Page) {
  await page.goto('/#/dev/report');
  const report = page.getByRole('region', { name: 'Report · saved rules' });
  await expect(report.getByRole('region', { name: 'Totals' })).toBeVisible({ timeout: 30_000 });
  return report;
}

test('screenshots of the report and compare views', async ({ page }) => {
  test.skip(!process.env.SHOTS, 'SHOTS=1 takes screenshots');
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1440, 800]) {
    for (const theme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 1000 });
      await openHarness(page);
      const current = await page.evaluate(() => document.documentElement.dataset['theme']);
      if (current !== theme) await page.getByRole('button', { name: /theme/i }).first().click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const main = page.locator('.app-main');
      await main.screenshot({ path: `${SHOTS}/report-${theme}-${width}-1-top.png` });
      const parts = [
        ['2-groups', page.getByRole('heading', { name: 'Per outlet, channel and day' })],
        ['3-top', page.getByRole('heading', { name: 'Biggest discounts' })],
        ['4-compare', page.getByRole('heading', { name: /Saved rules → / })],
        ['5-orders', page.getByRole('heading', { name: 'Orders whose result changed' })],
      ] as const;
      for (const [name, heading] of parts) {
        await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await main.screenshot({ path: `${SHOTS}/report-${theme}-${width}-${name}.png` });
      }
    }
  }
});
