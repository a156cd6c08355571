import { expect, test, type Page } from '@playwright/test';
import { openWorkbench } from './support.ts';

/** The Monaco editor of the Scripts view, once its lines are rendered. */
async function waitForEditor(page: Page) {
  const editor = page.locator('.scripts-editor-frame .monaco-editor').first();
  await expect(editor.locator('.view-lines')).toBeVisible({ timeout: 30_000 });
  return editor;
}

/** Replaces the editor's whole text by typing, as a person would. */
async function typeScript(page: Page, lines: readonly string[]) {
  const editor = await waitForEditor(page);
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  for (const [i, line] of lines.entries()) {
    // Home first: auto-indent after `then` must not shift the line we type.
    if (i > 0) {
      await page.keyboard.press('Enter');
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Delete');
    }
    await page.keyboard.type(line);
  }
}

const problems = (page: Page) => page.getByRole('list', { name: 'Script problems' });

test('type a script with an error, see it, fix it, run it against a basket', async ({ page }) => {
  await openWorkbench(page, '#/scripts');
  await expect(page.getByRole('heading', { name: 'Scripts' })).toBeVisible();

  await page.getByRole('button', { name: 'New script' }).click();
  await typeScript(page, ['extend DiscountCondition', 'set limit to 50', 'output Order.Subtotal >= limt']);

  // The unknown variable is underlined and listed at line 3, column 26.
  await expect(page.locator('.scripts-editor-frame .squiggly-error').first()).toBeVisible({ timeout: 15_000 });
  await expect(problems(page).getByRole('button').filter({ hasText: 'unknown-variable' })).toContainText('3:26');

  // Clicking the problem puts the cursor there.
  await problems(page).getByRole('button').filter({ hasText: 'unknown-variable' }).click();

  // Fix: the problem goes away.
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('mit');
  await expect(page.getByText('no problems')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.scripts-editor-frame .squiggly-error')).toHaveCount(0);

  // Run against the first saved basket; whether it reaches $50 is the basket's business: expect a boolean.
  await page.getByRole('combobox', { name: 'Basket' }).selectOption({ index: 0 });
  await page.keyboard.press('ControlOrMeta+Enter');
  const outputs = page.getByRole('region', { name: 'Run result' }).locator('.run-output');
  await expect(outputs).toHaveCount(1);
  await expect(outputs.first()).toContainText('condition');
  await expect(outputs.first().locator('code')).toHaveText(/^(true|false)$/);
});

test('the sample dispersion script runs against Sam’s basket: financial 0, product 0', async ({ page }) => {
  await openWorkbench(page, '#/scripts');
  await page.getByRole('table', { name: 'Scripts' }).getByText('QA dispersion by customer field').click();
  await waitForEditor(page);
  await page.getByRole('combobox', { name: 'Basket' }).selectOption({ label: 'Toys for $50, dispersion by script' });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const outputs = page.getByRole('region', { name: 'Run result' }).locator('.run-output');
  // Sam's QA_DiscountFinancialDispersion is '0' → the script sets both to 0 (SPEC §9 sample).
  await expect(outputs).toHaveText([/financialDispersion\s*0/, /productDispersion\s*0/]);
});
