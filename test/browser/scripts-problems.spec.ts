import { expect, test } from '@playwright/test';
import { newScript, problems, typeScript } from './scripts-support.ts';

const LONG = 'aVeryLongVariableNameThatNobodyDeclaredAnywhereInThisScriptAtAll';

for (const width of [1440, 800, 390]) {
  test(`problem messages wrap and are never clipped at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await newScript(page);
    await typeScript(page, ['extend DiscountCondition', `output Order.Subtotal >= ${LONG}`]);
    const message = problems(page).locator('.script-problem-message').first();
    await expect(message).toContainText(LONG, { timeout: 15_000 });
    const fits = await message.evaluate((el) => {
      const panel = el.closest('.scripts-panel')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { overflow: el.scrollWidth - el.clientWidth, left: box.left - panel.left, right: panel.right - box.right };
    });
    // No hidden overflow inside the message, and the message box lies inside its panel.
    expect(fits.overflow).toBeLessThanOrEqual(0);
    expect(fits.left).toBeGreaterThanOrEqual(0);
    expect(fits.right).toBeGreaterThanOrEqual(0);
  });
}
