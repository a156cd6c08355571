import { expect, test } from '@playwright/test';
import { newScript, waitForEditor } from './scripts-support.ts';

test('completion opens on "." and on Ctrl+Space', async ({ page }) => {
  await newScript(page);
  const editor = await waitForEditor(page);
  const suggest = page.locator('.suggest-widget.visible');
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('set total to Order.');
  // Members of Order, offered as soon as the dot is typed.
  await expect(suggest).toBeVisible();
  await expect(suggest.getByRole('option', { name: /Subtotal/ })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(suggest).toHaveCount(0);
  await page.keyboard.press('Control+Space');
  await expect(suggest).toBeVisible();
  await expect(suggest.getByRole('option', { name: /Subtotal/ })).toBeVisible();
});
