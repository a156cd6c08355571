import { expect, test } from '@playwright/test';
import { newScript, problems, typeScript } from './scripts-support.ts';

test('a script with errors can be neither saved nor run, and says why; fixed, it saves', async ({ page }) => {
  await newScript(page);
  await typeScript(page, ['extend DiscountCondition', 'output Order.Subtotal >= limt']);
  await expect(problems(page).getByRole('button').filter({ hasText: 'unknown-variable' })).toBeVisible({ timeout: 15_000 });

  const save = page.getByRole('button', { name: 'Save', exact: true });
  const run = page.getByRole('button', { name: 'Run', exact: true });
  const reason = page.getByText('Run and Save are off until the 1 error is fixed (see Problems).');
  await expect(reason).toBeVisible();
  await expect(save).toBeDisabled();
  await expect(run).toBeDisabled();
  await expect(save).toHaveAttribute('aria-describedby', 'script-gate');

  // The keyboard shortcuts are refused too: nothing is stored, no run result appears.
  await page.keyboard.press('ControlOrMeta+s');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByText(/^Saved as version/)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Run result' })).toHaveCount(0);
  await expect(page.getByText(/^not saved/)).toBeVisible();

  // Fixed: both come back and Save stores version 1.
  await page.keyboard.press('End');
  for (let i = 0; i < 'limt'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('50');
  await expect(page.getByText('no problems')).toBeVisible({ timeout: 15_000 });
  await expect(reason).toHaveCount(0);
  await expect(run).toBeEnabled();
  await save.click();
  await expect(page.getByText('Saved as version 1')).toBeVisible();
});
