import { expect, test, type Locator, type Page } from '@playwright/test';
import { openWorkbench, rowNamed } from './support.ts';

/*
 * The analyst's whole job, without touching JSON: "buy 3 snacks, cheapest free, weekdays, for
 * customers in segment gold or spending over $50, not online", from a template, with a nested
 * condition; simulated on the saved Friday basket (b35: vip customer, in store, 422.53, nine
 * snacks). Hand-computed: the snacks 6.49, 4.49, 4.49 | 3.99, 3.49, 3.49 | 3.49, 2.99, 2.99 form
 * three sets whose cheapest units are free: 4.49 + 3.49 + 2.99 = 10.97.
 */
const builder = (page: Page) => page.getByRole('region', { name: 'Conditions' });
const node = (b: Locator, name: string) => b.getByRole('group', { name, exact: true });
const chipOf = (b: Locator, name: string) => node(b, name).locator(':scope > .cb-head .cb-truth');
const outcome = (page: Page) => page.getByRole('region', { name: 'In the current basket' });
// Evaluations run in workers beside the what-if's; allow for a busy machine.
const EVALUATED = { timeout: 20_000 };

async function pickField(page: Page, b: Locator, n: string, search: string, option: string) {
  const field = b.getByRole('combobox', { name: `Field of condition ${n}` });
  await field.click();
  await page.keyboard.type(search);
  await page.getByRole('option', { name: option }).click();
  await expect(field).toHaveValue(option);
}

test('an analyst creates a nested-condition promotion, sees it apply, breaks a leaf, undoes, and finds it after a reload', async ({ page }) => {
  // The basket to simulate.
  await openWorkbench(page, '#/simulator/b35-big-friday-basket');
  await expect(page.getByRole('heading', { name: 'Simulator' })).toBeVisible();

  await page.getByRole('link', { name: 'Promotions' }).click();
  await page.getByRole('button', { name: 'New promotion' }).click();
  await page.getByRole('button', { name: /Buy N, get the cheapest free/ }).click();
  const form = page.getByRole('form');
  await form.getByLabel('Name', { exact: true }).fill('Snack trio');
  await form.getByLabel('Status', { exact: true }).selectOption('active');
  await form.getByLabel('Value', { exact: true }).fill('snacks');
  await form.getByLabel('Value', { exact: true }).press('Tab');
  await expect(form.getByText(/\d+ of \d+ products match/)).toContainText('18 of 202');

  // Weekdays only.
  await page.getByRole('button', { name: '+ Add schedule' }).click();
  for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']) await form.getByRole('checkbox', { name: day, exact: true }).check();

  // all[ any[segments contains gold, subtotal > 50.00], not(channel = online) ]
  await page.getByRole('button', { name: '+ Add conditions' }).click();
  const b = builder(page);
  await b.getByRole('button', { name: 'Add something else to top group' }).click();
  await page.getByRole('menuitem', { name: 'Group: any of' }).click();
  await pickField(page, b, '1.1', 'segment', 'Segments');
  await b.getByLabel('Operator of condition 1.1').selectOption('contains');
  await b.getByLabel('Value of condition 1.1').fill('gold');
  await b.getByRole('button', { name: 'Add a condition to group 1' }).click();
  await pickField(page, b, '1.2', 'subtotal', 'Subtotal (before promotions)');
  await b.getByLabel('Operator of condition 1.2').selectOption('gt');
  await b.getByLabel('Value of condition 1.2').fill('50.00');
  await b.getByRole('button', { name: 'Add something else to top group' }).click();
  await page.getByRole('menuitem', { name: 'Not', exact: true }).click();
  await pickField(page, b, '2.1', 'channel', 'Channel');
  await b.getByLabel('Operator of condition 2.1').selectOption('eq');
  await b.getByLabel('Value of condition 2.1').selectOption('online');

  // Applied on the basket, with the exact amount; every leaf says why.
  await expect(outcome(page)).toContainText('Applied: −$10.97', EVALUATED);
  await expect(chipOf(b, 'Condition 1.1')).toHaveText(/^false/);
  await expect(chipOf(b, 'Condition 1.2')).toHaveText(/^true · subtotal 422\.53/);
  await expect(chipOf(b, 'Condition 2.1')).toHaveText(/^false/);
  await expect(chipOf(b, 'Top group')).toHaveText('true');

  // A leaf changed: the promotion is dimmed with its reason, the leaf marked false.
  await b.getByLabel('Value of condition 1.2').fill('5000.00');
  await expect(outcome(page).locator('[data-status="notApplied"]')).toContainText('conditionFailed', EVALUATED);
  await expect(chipOf(b, 'Condition 1.2')).toHaveText(/^false · subtotal 422\.53/);

  // Undo brings it back.
  await page.getByRole('button', { name: 'Undo edit', exact: true }).click();
  await expect(b.getByLabel('Value of condition 1.2')).toHaveValue('50.00');
  await expect(outcome(page)).toContainText('Applied: −$10.97', EVALUATED);

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();

  await page.reload();
  await expect(b.getByLabel('Value of condition 1.2')).toHaveValue('50.00');
  await expect(page.getByRole('form').getByRole('checkbox', { name: 'Fri', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(rowNamed(page, 'Promotions', 'Snack trio')).toContainText('Active');
});
