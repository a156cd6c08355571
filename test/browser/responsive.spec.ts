import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AUTHORING_TABLE, VIEW_TABLE, openView } from './view-table.ts';

/** The page itself never scrolls sideways (panes and wide tables may scroll inside themselves). */
async function pageWidthFits(page: Page): Promise<void> {
  const { scroll, viewport } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(scroll, 'document scrollWidth').toBeLessThanOrEqual(viewport);
}

/** Fully inside the viewport horizontally: nothing cut off at the right edge. */
async function horizontallyInside(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  const width = page.viewportSize()!.width;
  expect(box, selector).not.toBeNull();
  expect(box!.x, `${selector} left`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${selector} right`).toBeLessThanOrEqual(width);
}

for (const view of [...VIEW_TABLE, ...AUTHORING_TABLE]) {
  test(`800 px: ${view.name} does not scroll sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 800 });
    await openView(page, view, 'light');
    await pageWidthFits(page);
  });

  test(`390 px: ${view.name} shows its heading and content without sideways scroll`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openView(page, view, 'light');
    await horizontallyInside(page, 'main h2');
    await pageWidthFits(page);
  });
}

test('800 px: the simulator result is fully visible', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await openView(page, VIEW_TABLE.find((v) => v.name === 'simulator')!, 'light');
  for (const part of ['.sim-results', '[aria-label="Totals"]', '.why-list']) await horizontallyInside(page, part);
  // Every column of the applications table is on screen, not behind a sideways scroll.
  const table = page.getByRole('table', { name: 'Applications' });
  const cells = table.getByRole('columnheader');
  for (let i = 0; i < (await cells.count()); i++) {
    const box = (await cells.nth(i).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(800);
  }
});

test.describe('@screenshots', () => {
  test.skip(!process.env.SHOTS, 'set SHOTS=1 to save screenshots');
  const dir = process.env.SHOTS_DIR ?? '/tmp/shots';
  for (const width of [1440, 800, 390]) {
    for (const theme of ['light', 'dark'] as const) {
      test(`every view at ${width} px, ${theme}`, async ({ page }) => {
        mkdirSync(dir, { recursive: true });
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        for (const view of VIEW_TABLE) {
          await openView(page, view, theme);
          await page.screenshot({ path: `${dir}/${view.name}-${width}-${theme}.png` });
        }
      });
    }
  }
});
