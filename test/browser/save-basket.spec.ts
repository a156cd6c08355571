import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openWorkbench, rowNamed, sampleBundle } from './support.ts';

interface BasketFile {
  readonly id: string;
  readonly name: string;
  readonly order: { readonly lines: readonly { readonly productId: string }[] };
}

const basket = JSON.parse(readFileSync(join(process.cwd(), 'public/samples/baskets/b16-summer10.json'), 'utf8')) as BasketFile;
const bundle = sampleBundle();
const rice = bundle.products.find((p) => p.id === basket.order.lines[0]!.productId)!.name;
const total = (page: Page, which: string) => page.getByRole('region', { name: 'Totals' }).locator(`[data-total="${which}"]`);
const NAME = 'Summer basket, two bags of rice';
const ID = 'summer-basket-two-bags-of-rice';

/** The sample Summer10 basket with one more bag of rice: saving 3.60 → 4.49 (see simulator.spec). */
async function editedBasket(page: Page) {
  await openWorkbench(page, `#/simulator/${basket.id}`);
  await expect(page.locator('#sim-basket option:checked')).toHaveText(basket.name);
  await expect(total(page, 'promotionSaving')).toHaveText('−$3.60');
  await page.getByRole('button', { name: `One more ${rice}` }).click();
  await expect(total(page, 'promotionSaving')).toHaveText('−$4.49');
}

test('a basket edited in the simulator is saved as a new basket with its result as the expectation, and survives a reload', async ({ page }) => {
  await editedBasket(page);
  await page.getByRole('button', { name: 'Save as new basket…' }).click();
  const form = page.getByRole('form', { name: 'Save as new basket' });
  const name = form.getByLabel('Name');
  await expect(name).toHaveValue(`${basket.name} (copy)`);
  // A name is required, and the message sits by the field.
  await name.fill(' ');
  await form.getByRole('button', { name: 'Save basket' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('give the basket a name')).toBeVisible();
  await name.fill(NAME);
  await form.getByLabel('Description').fill('Summer10 with a second bag of rice.');
  await form.getByRole('button', { name: 'Save basket' }).click();

  await expect(page.getByRole('status').filter({ hasText: `Saved as new basket "${NAME}".` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/simulator/${ID}$`));
  await expect(page.locator('#sim-basket option:checked')).toHaveText(NAME);
  await expect(page.getByRole('region', { name: 'Expected result' })).toContainText('Matches');

  // The Baskets view lists it, selected through the URL, with the expectation that was saved.
  await page.getByRole('link', { name: /^Baskets/ }).click();
  await rowNamed(page, 'Saved baskets', NAME).click();
  await expect(page).toHaveURL(new RegExp(`#/baskets/${ID}$`));
  const expected = page.getByRole('region', { name: 'Expected result' });
  await expect(expected).toContainText('$4.49');
  // Running every basket: the new one matches its expectation.
  await page.getByRole('button', { name: 'Run all baskets' }).click();
  const row = page.getByRole('table', { name: 'Batch results' }).getByRole('row').filter({ has: page.getByRole('link', { name: NAME, exact: true }) });
  await expect(row).toContainText('✓ match');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Basket details' }).getByRole('heading', { name: NAME })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Expected result' })).toContainText('$4.49');
});

test('"Update basket" asks first, then overwrites the saved basket and its expectation', async ({ page }) => {
  await editedBasket(page);
  await expect(page.getByText('edited', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Expected result' })).toContainText('Differs');
  await page.getByRole('button', { name: 'Update basket…' }).click();
  const confirm = page.getByRole('group', { name: 'Update basket' });
  await expect(confirm).toContainText(`Overwrite the order and the expectation of ${basket.name}`);
  await confirm.getByRole('button', { name: 'Overwrite basket' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Updated "${basket.name}"` })).toBeVisible();
  await expect(page.getByText('edited', { exact: true })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Expected result' })).toContainText('Matches');

  await page.reload();
  await expect(page.getByLabel(`Quantity of ${rice}`)).toHaveValue('2');
  await expect(page.getByRole('region', { name: 'Expected result' })).toContainText('Matches');
});

test('the URL keeps the view and the selection across reload and back; the simulator keeps its basket between views', async ({ page }) => {
  const promotion = bundle.promotions[2]!;
  await openWorkbench(page, '#/promotions');
  await rowNamed(page, 'Promotions', promotion.name).click();
  await expect(page).toHaveURL(new RegExp(`#/promotions/${promotion.id}$`));
  await page.reload();
  await expect(page.getByRole('region', { name: 'Promotion details' }).getByRole('heading', { name: promotion.name })).toBeVisible();

  // A selection replaces the history entry; a view change adds one, so back returns to the promotion.
  await page.getByRole('link', { name: /^Simulator/ }).click();
  await page.getByLabel('Basket', { exact: true }).selectOption({ label: basket.name });
  await expect(page).toHaveURL(new RegExp(`#/simulator/${basket.id}$`));
  await page.getByRole('button', { name: `One more ${rice}` }).click();
  await expect(total(page, 'promotionSaving')).toHaveText('−$4.49');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/promotions/${promotion.id}$`));
  await expect(page.getByRole('region', { name: 'Promotion details' }).getByRole('heading', { name: promotion.name })).toBeVisible();

  // Back in the simulator through the navigation: the edited basket is still there.
  await page.getByRole('link', { name: /^Simulator/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/simulator/${basket.id}$`));
  await expect(page.getByLabel(`Quantity of ${rice}`)).toHaveValue('2');
  await expect(total(page, 'promotionSaving')).toHaveText('−$4.49');
});

test.describe('@screenshots', () => {
  test.skip(!process.env.SHOTS, 'set SHOTS=1 to save screenshots');
  const dir = process.env.SHOTS_DIR ?? '/tmp/shots';
  for (const theme of ['light', 'dark'] as const) {
    test(`save basket, ${theme}`, async ({ page }) => {
      mkdirSync(dir, { recursive: true });
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width: 1440, height: 900 });
      await editedBasket(page);
      await page.getByRole('button', { name: 'Save as new basket…' }).click();
      await page.getByRole('form', { name: 'Save as new basket' }).getByLabel('Name').fill('');
      await page.getByRole('form', { name: 'Save as new basket' }).getByRole('button', { name: 'Save basket' }).click();
      await page.screenshot({ path: `${dir}/save-basket-form-${theme}.png` });
      await page.getByRole('button', { name: 'Update basket…' }).click();
      await page.screenshot({ path: `${dir}/save-basket-update-${theme}.png` });
    });
  }
});
