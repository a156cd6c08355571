import { expect, test, type Locator, type Page } from '@playwright/test';
import { openWorkbench, rowNamed } from './support.ts';

/*
 * The nested-condition promotion of create-promotion-flow.spec.ts made with the keyboard only:
 * no click anywhere. Controls are reached with Tab where the order matters to a keyboard user
 * (into the dialog, from a section to its first field) and otherwise addressed directly, but
 * every change is made with keys (Enter, Space, typing, arrows).
 */
const b = (page: Page) => page.getByRole('region', { name: 'Conditions' });
const EVALUATED = { timeout: 20_000 };

async function pickField(page: Page, n: string, search: string, option: string) {
  const field = b(page).getByRole('combobox', { name: `Field of condition ${n}` });
  await expect(field).toBeFocused();
  await page.keyboard.type(search);
  await expect(page.getByRole('option', { name: option })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(option);
}

/** A closed select changes with the arrow keys: press ArrowDown (then ArrowUp) until it shows `value`. */
async function chooseByKeys(select: Locator, value: string) {
  await select.focus();
  for (const arrow of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < 30 && (await select.inputValue()) !== value; i++) await select.press(arrow);
  }
  await expect(select).toHaveValue(value);
}

const key = async (target: Locator, keys: string) => {
  await target.focus();
  await target.page().keyboard.press(keys);
};

test('the nested-condition promotion made with the keyboard only', async ({ page }) => {
  await openWorkbench(page, '#/simulator/b35-big-friday-basket');
  await key(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Promotions' }), 'Enter');
  await key(page.getByRole('button', { name: 'New promotion' }), 'Enter');
  // The dialog takes focus on its first template; Enter chooses it.
  await expect(page.getByRole('button', { name: /Buy N, get the cheapest free/ })).toBeFocused();
  await page.keyboard.press('Enter');

  const form = page.getByRole('form');
  const name = form.getByLabel('Name', { exact: true });
  await key(name, 'Control+A');
  await page.keyboard.type('Snack trio (keys)');
  // Tab order goes on from the name to the id: the form reads top to bottom.
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Id', { exact: true })).toBeFocused();
  await chooseByKeys(form.getByLabel('Status', { exact: true }), 'active');
  const value = form.getByLabel('Value', { exact: true });
  await key(value, 'Control+A');
  await page.keyboard.type('snacks');
  await page.keyboard.press('Tab');

  await key(page.getByRole('button', { name: '+ Add schedule' }), 'Enter');
  for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']) await key(form.getByRole('checkbox', { name: day, exact: true }), 'Space');

  await key(page.getByRole('button', { name: '+ Add conditions' }), 'Enter');
  await key(b(page).getByRole('button', { name: 'Add something else to top group' }), 'Enter');
  await page.getByRole('menuitem', { name: 'Group: any of' }).press('Enter');
  await key(b(page).getByRole('combobox', { name: 'Field of condition 1.1' }), 'Control+A');
  await pickField(page, '1.1', 'segment', 'Segments');
  await chooseByKeys(b(page).getByLabel('Operator of condition 1.1'), 'contains');
  await key(b(page).getByLabel('Value of condition 1.1'), 'Control+A');
  await page.keyboard.type('gold');
  await key(b(page).getByRole('button', { name: 'Add a condition to group 1' }), 'Enter');
  await pickField(page, '1.2', 'subtotal', 'Subtotal (before promotions)');
  await chooseByKeys(b(page).getByLabel('Operator of condition 1.2'), 'gt');
  await key(b(page).getByLabel('Value of condition 1.2'), 'Control+A');
  await page.keyboard.type('50.00');
  await key(b(page).getByRole('button', { name: 'Add something else to top group' }), 'Enter');
  await page.getByRole('menuitem', { name: 'Not', exact: true }).press('Enter');
  await key(b(page).getByRole('combobox', { name: 'Field of condition 2.1' }), 'Control+A');
  await pickField(page, '2.1', 'channel', 'Channel');
  await chooseByKeys(b(page).getByLabel('Operator of condition 2.1'), 'eq');
  await chooseByKeys(b(page).getByLabel('Value of condition 2.1'), 'online');

  await expect(page.getByRole('region', { name: 'In the current basket' })).toContainText('Applied: −$10.97', EVALUATED);
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  await key(page.getByRole('button', { name: 'Close', exact: true }), 'Enter');
  await expect(rowNamed(page, 'Promotions', 'Snack trio (keys)')).toContainText('Active');
});
