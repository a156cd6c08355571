import { expect, test } from '@playwright/test';
import { editorText, newScript, waitForEditor } from './scripts-support.ts';

const point = (page: import('@playwright/test').Page) => page.getByRole('combobox', { name: 'Extension point' });
const ask = (page: import('@playwright/test').Page) => page.getByRole('group', { name: 'Replace with the template?' });

test('an untouched template follows the extension point; written text is only replaced when the author says so', async ({ page }) => {
  await newScript(page);
  await expect(editorText(page)).toContainText(/extend\sDiscountCondition/);

  // Untouched: the new point's template replaces it at once, nothing asked.
  await point(page).selectOption('DiscountFinancialDispersion');
  await expect(editorText(page)).toContainText(/extend\sDiscountFinancialDispersion/);
  await expect(ask(page)).toHaveCount(0);

  // Written on: switching asks, and "Keep my text" keeps it (the point still changes).
  const editor = await waitForEditor(page);
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('# my note');
  await point(page).selectOption('DiscountCondition');
  await expect(ask(page)).toBeVisible();
  await ask(page).getByRole('button', { name: 'Keep my text' }).click();
  await expect(ask(page)).toHaveCount(0);
  await expect(editorText(page)).toContainText(/#\smy\snote/);
  await expect(point(page)).toHaveValue('DiscountCondition');

  // Asked again, "Replace with template" puts the point's template in.
  await point(page).selectOption('DiscountFinancialDispersion');
  await ask(page).getByRole('button', { name: 'Replace with template' }).click();
  await expect(editorText(page)).toContainText(/extend\sDiscountFinancialDispersion/);
  await expect(editorText(page)).not.toContainText(/my\snote/);
});
