import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/*
 * The condition builder on its development page (#/dev/conditions): the demo tree is
 *   all[ any[segments contains gold, subtotal > 50], not(channel = online), itemCount between 3 and 12, order properties ]
 * and the first saved basket gives the truth chips.
 */
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';

async function openBuilder(page: Page): Promise<void> {
  await page.goto('/#/dev/conditions');
  await expect(page.getByRole('region', { name: 'Conditions' })).toBeVisible();
}

test.describe('@screenshots condition builder', () => {
  test.skip(!process.env.SHOTS, 'set SHOTS=1 to save screenshots');
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [1440, 800] as const) {
      test(`${theme} ${width}`, async ({ page }) => {
        mkdirSync(SHOTS, { recursive: true });
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize({ width, height: 1000 });
        await openBuilder(page);
        await page.getByText('JSON', { exact: true }).click();
        await page.screenshot({ path: `${SHOTS}/condition-builder-${theme}-${width}.png`, fullPage: true });
      });
    }
  }
});
