import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

/*
 * The condition builder on its development page (#/dev/conditions). The demo tree is
 *   all[ any[segments contains gold, subtotal > 50], not(channel = online), itemCount between 3 and 12, order properties(gift-wrap) ]
 * and the first saved basket gives the truth chips.
 */
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';

async function openBuilder(page: Page): Promise<Locator> {
  await page.goto('/#/dev/conditions');
  const builder = page.getByRole('region', { name: 'Conditions' });
  await expect(builder.getByRole('group', { name: 'Top group', exact: true })).toBeVisible();
  return builder;
}

const node = (builder: Locator, name: string) => builder.getByRole('group', { name, exact: true });
const chipOf = (builder: Locator, name: string) => node(builder, name).locator(':scope > .cb-head .cb-truth');
const handleOf = (builder: Locator, name: string) => builder.getByRole('button', { name: `Move ${name}: drag, or Alt+arrow keys` });

async function jsonOf(builder: Locator): Promise<{ kind: string; of: unknown[] }> {
  const text = builder.getByLabel('Conditions as JSON');
  if (!(await text.isVisible())) await builder.getByText('JSON', { exact: true }).click();
  return JSON.parse(await text.inputValue()) as { kind: string; of: unknown[] };
}

test('adds a condition with the keyboard: field picker with search, operator, value', async ({ page }) => {
  const builder = await openBuilder(page);
  await builder.getByRole('button', { name: 'Add a condition to top group' }).click();
  const field = builder.getByRole('combobox', { name: 'Field of condition 5' });
  await expect(field).toBeFocused();
  // A leaf without a field is marked in place until one is chosen.
  await expect(node(builder, 'Condition 5 (has problems)')).toContainText('field');
  await page.keyboard.type('postal');
  await expect(page.getByRole('option', { name: 'Postal code' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Subtotal (before promotions)' })).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('Postal code');
  await builder.getByLabel('Operator of condition 5').selectOption('startsWith');
  await builder.getByLabel('Value of condition 5').fill('M5');
  await expect(node(builder, 'Condition 5')).toBeVisible();
  expect((await jsonOf(builder)).of[4]).toEqual({ kind: 'leaf', field: 'postalCode', op: 'startsWith', value: 'M5' });
});

test('money is a decimal string checked in the bundle currency, and the truth chip follows the value', async ({ page }) => {
  const builder = await openBuilder(page);
  const value = builder.getByLabel('Value of condition 1.2');
  await value.fill('12.345');
  await expect(builder.getByText('"12.345" has more decimals than USD allows (2)')).toBeVisible();
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await value.fill('0');
  await expect(chipOf(builder, 'Condition 1.2')).toHaveText(/^true · subtotal \d+\.\d\d$/);
  await expect(chipOf(builder, 'Group 1')).toHaveText('true');
  await value.fill('100000');
  await expect(chipOf(builder, 'Condition 1.2')).toHaveText(/^false · subtotal \d+\.\d\d$/);
  expect((await jsonOf(builder)).of[0]).toMatchObject({ of: [{}, { value: '100000' }] });
});

test('lists are chips: Enter adds, Backspace removes the last, each chip has a remove button', async ({ page }) => {
  const builder = await openBuilder(page);
  await builder.getByLabel('Operator of condition 1.1').selectOption('in');
  const add = builder.getByLabel('Add to Values of condition 1.1');
  await add.fill('vip');
  await add.press('Enter');
  await add.fill('staff');
  await add.press('Enter');
  await add.press('Backspace');
  await builder.getByRole('button', { name: 'Remove gold' }).click();
  expect((await jsonOf(builder)).of[0]).toMatchObject({ of: [{ field: 'segments', op: 'in', value: ['vip'] }, { field: 'subtotal' }] });
});

test('Alt+arrows move a node among its siblings, into the group beside it and out again', async ({ page }) => {
  const builder = await openBuilder(page);
  await handleOf(builder, 'condition 3').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(handleOf(builder, 'condition 2')).toBeFocused();
  await expect(builder.getByRole('combobox', { name: 'Field of condition 2' })).toHaveValue('Number of items');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(handleOf(builder, 'condition 1.3')).toBeFocused();
  await expect(builder.getByRole('combobox', { name: 'Field of condition 1.3' })).toHaveValue('Number of items');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(handleOf(builder, 'condition 2')).toBeFocused();
  const kinds = (await jsonOf(builder)).of.map((n) => (n as { kind: string; field?: string }).field ?? (n as { kind: string }).kind);
  expect(kinds).toEqual(['any', 'itemCount', 'not', 'orderProperties']);
  // The first node cannot go further up: the move is refused and said.
  await handleOf(builder, 'group 1').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(builder.getByRole('status').filter({ hasText: 'Already the first in its group.' })).toBeVisible();
});

test('a node moves by drag to a place between other nodes', async ({ page }) => {
  const builder = await openBuilder(page);
  const handle = handleOf(builder, 'condition 3');
  // The drag events the browser sends, dispatched with one DataTransfer: Chromium 150 (Debian,
  // 2026-12) no longer finishes a native drag started by Playwright's mouse, and the test hung.
  const data = await page.evaluateHandle(() => new DataTransfer());
  const source = (await handle.elementHandle())!;
  await source.dispatchEvent('dragstart', { dataTransfer: data });
  const zone = builder.locator('[data-cb-drop="[]:0"]');
  await expect(zone).toBeAttached();
  await zone.dispatchEvent('dragenter', { dataTransfer: data });
  await zone.dispatchEvent('dragover', { dataTransfer: data });
  await zone.dispatchEvent('drop', { dataTransfer: data });
  // The source node was moved (re-rendered elsewhere): its drag ends where it started.
  await source.dispatchEvent('dragend', { dataTransfer: data });
  await expect(builder.getByRole('combobox', { name: 'Field of condition 1' })).toHaveValue('Number of items');
  expect((await jsonOf(builder)).of.map((n) => (n as { kind: string }).kind)).toEqual(['leaf', 'any', 'not', 'orderProperties']);
});

test('invalid JSON says where, and never destroys the tree; valid JSON replaces it', async ({ page }) => {
  const builder = await openBuilder(page);
  await builder.getByText('JSON', { exact: true }).click();
  const text = builder.getByLabel('Conditions as JSON');
  await text.fill('{"kind": "any", "of": [}');
  await expect(builder.getByText(/Not valid JSON at line 1, column 24: expected a value, found "}"/)).toBeVisible();
  await expect(node(builder, 'Condition 3')).toBeVisible();
  await expect(builder.getByRole('combobox', { name: 'Field of condition 3' })).toHaveValue('Number of items');
  await text.fill('{"kind": "any", "of": [{"kind": "leaf", "field": "colour", "op": "eq", "value": "red"}]}');
  await expect(builder.getByLabel('How top group combines')).toHaveValue('any');
  await expect(node(builder, 'Condition 3')).toHaveCount(0);
  // The unknown field is marked on its leaf, with the domain's message.
  await expect(node(builder, 'Condition 1 (has problems)')).toContainText('"colour" is not allowed');
  await builder.getByRole('combobox', { name: 'Field of condition 1' }).fill('Outlet');
  await page.getByRole('option', { name: 'Outlet' }).click();
  await expect(node(builder, 'Condition 1')).toBeVisible();
  await expect(text).toHaveValue(/"field": "outlet"/);
});

test('order properties say their four-row meaning in words', async ({ page }) => {
  const builder = await openBuilder(page);
  const props = node(builder, 'Order properties 4');
  await expect(props).toContainText('Holds when gift-wrap is on the order.');
  await props.getByLabel('of the declared properties not ticked (excluding)').check();
  await expect(props).toContainText('Holds when at least one property other than gift-wrap is on the order:');
  await props.getByLabel('every one').check();
  await expect(props).toContainText('Holds when every declared property other than gift-wrap is on the order:');
  expect((await jsonOf(builder)).of[3]).toMatchObject({ kind: 'orderProperties', selected: ['gift-wrap'], requireAll: true, excluding: true });
});

test('removing every condition leaves "no conditions", and adding starts again', async ({ page }) => {
  const builder = await openBuilder(page);
  await builder.getByRole('button', { name: 'Delete top group' }).click();
  await expect(builder.getByText('No conditions: every order qualifies.')).toBeVisible();
  await builder.getByRole('button', { name: '+ Condition' }).click();
  await expect(builder.getByRole('combobox', { name: 'Field of condition 1' })).toBeFocused();
});

test('the Add menu adds a condition script picked from the bundle, decided by the engine for the basket', async ({ page }) => {
  const builder = await openBuilder(page);
  await builder.getByRole('button', { name: 'Add something else to group 1' }).click();
  await page.getByRole('menuitem', { name: 'Condition script' }).click();
  const script = builder.getByLabel('Script of script condition 1.3');
  // Only DiscountCondition scripts are offered: the sample's dispersion script is not.
  await expect(script.locator('option')).toHaveText(['Big basket']);
  await expect(chipOf(builder, 'Script condition 1.3')).toHaveText(/^(true|false)$/);
  expect((await jsonOf(builder)).of[0]).toMatchObject({ of: [{}, {}, { kind: 'script', scriptId: 'big-basket' }] });
});

test('a node wraps in "not" from its menu, by keyboard', async ({ page }) => {
  const builder = await openBuilder(page);
  await builder.getByRole('button', { name: 'More actions for condition 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Unwrap' })).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('menuitem', { name: 'Wrap in “not”' }).press('Enter');
  await expect(handleOf(builder, 'not 3')).toBeFocused();
  await expect(builder.getByRole('combobox', { name: 'Field of condition 3.1' })).toHaveValue('Number of items');
  expect((await jsonOf(builder)).of[2]).toMatchObject({ kind: 'not', of: { field: 'itemCount' } });
});

test('a custom field takes a key and compares as the kind of value chosen (a date here)', async ({ page }) => {
  const builder = await openBuilder(page);
  const field = builder.getByRole('combobox', { name: 'Field of condition 3' });
  await field.fill('customer custom');
  await page.getByRole('option', { name: 'Customer custom field' }).click();
  await builder.getByLabel('Field name of condition 3').fill('memberSince');
  await expect(builder.getByLabel('Operator of condition 3')).toHaveValue('between');
  await builder.getByLabel('Compare condition 3 as').selectOption('date');
  await builder.getByLabel('Lowest value of condition 3').fill('2024-01-01');
  await expect(builder.getByLabel('Highest value of condition 3')).toHaveAttribute('type', 'date');
  const leaf = (await jsonOf(builder)).of[2] as { key: string; value: string[] };
  expect(leaf).toMatchObject({ field: 'customerCustomField', key: 'memberSince', op: 'between' });
  expect(leaf.value[0]).toBe('2024-01-01');
  expect(leaf.value[1]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('the development page is left through the navigation', async ({ page }) => {
  await openBuilder(page);
  await page.getByRole('link', { name: 'Promotions' }).click();
  await expect(page.getByRole('table', { name: 'Promotions' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Conditions' })).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const builder = await openBuilder(page);
    await builder.getByText('JSON', { exact: true }).click();
    const results = await new AxeBuilder({ page }).include('.cb').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('@screenshots condition builder', () => {
  test.skip(!process.env.SHOTS, 'set SHOTS=1 to save screenshots');
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [1440, 800] as const) {
      test(`${theme} ${width}`, async ({ page }) => {
        mkdirSync(SHOTS, { recursive: true });
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize({ width, height: 1000 });
        const builder = await openBuilder(page);
        await builder.getByLabel('Value of condition 1.2').fill('12.345');
        await page.screenshot({ path: `${SHOTS}/condition-builder-${theme}-${width}.png` });
        await builder.getByRole('button', { name: 'Show all fields for Field of condition 3' }).click();
        await page.screenshot({ path: `${SHOTS}/condition-builder-picker-${theme}-${width}.png` });
        await page.keyboard.press('Escape');
        await builder.getByText('JSON', { exact: true }).click();
        await builder.getByLabel('Conditions as JSON').fill('{"kind": "any", "of": [}');
        await builder.getByLabel('Conditions as JSON').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/condition-builder-json-${theme}-${width}.png` });
      });
    }
  }
});
