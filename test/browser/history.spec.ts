import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openWorkbench } from './support.ts';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';

/** Orders in the shipped sample history, counted from the file (distinct order ids). */
function sampleOrders(): number {
  const rows = readFileSync(join(process.cwd(), 'public', 'samples', 'order-history.csv'), 'utf8').trim().split('\n').slice(1);
  return new Set(rows.map((r) => r.split(',')[0])).size;
}

/** A small history of sample products; `bad` adds an order whose quantity is not a whole number. */
function historyCsv(bad: boolean): string {
  const rows = [
    'orderId,at,customerId,outlet,channel,productId,quantity,unitPrice,customerPrice,coupons',
    'T-1,2026-02-02T10:00:00-05:00,c-1001,TOR-01,inStore,p-001,3,2.49,,',
    'T-2,2026-02-03T11:00:00-05:00,c-1002,TOR-01,inStore,p-002,1,3.99,,',
    ...(bad ? ['T-3,2026-02-04T12:00:00-05:00,c-1003,TOR-01,inStore,p-003,1.5,4.99,,'] : []),
    'T-1,2026-02-02T10:00:00-05:00,c-1001,TOR-01,inStore,p-004,1,1.99,,',
  ];
  return `${rows.join('\n')}\n`;
}

async function importSample(page: Page): Promise<void> {
  await openWorkbench(page, '#/history');
  await page.getByRole('button', { name: 'Use the sample history' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported Sample order history' })).toBeVisible({ timeout: 30_000 });
}

/** Holds the WASM module until `release()`, so the run is still going when the test looks at it. */
async function holdSolver(page: Page): Promise<{ release: () => void; requested: () => number }> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((done) => (release = done));
  let requested = 0;
  await page.route('**/*.wasm', async (route) => {
    requested++;
    await held;
    await route.continue().catch(() => undefined);
  });
  return { release: () => release(), requested: () => requested };
}

test('import the sample history, replay it, see the bar finish and the totals, reload, and open an order in the simulator', async ({ page }) => {
  const orders = sampleOrders();
  await importSample(page);
  const detail = page.locator('.history-detail');
  await expect(detail.getByRole('heading', { name: 'Sample order history' })).toBeVisible();
  await expect(detail).toContainText(`${orders.toLocaleString('en-US')} orders`);

  const solver = await holdSolver(page);
  await page.getByRole('button', { name: 'Replay with the current workspace' }).click();
  const bar = page.getByRole('progressbar', { name: 'Replay progress' });
  await expect(bar).toBeVisible();
  await expect.poll(solver.requested).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: `of ${orders.toLocaleString('en-US')} orders` })).toBeVisible();
  solver.release();
  await expect(page.getByRole('status').filter({ hasText: `Replayed ${orders.toLocaleString('en-US')} orders in` })).toBeVisible({ timeout: 60_000 });
  await expect(bar).toHaveAttribute('value', '1');
  const totals = page.getByRole('region', { name: 'Totals' });
  await expect(totals).toContainText('Saving');
  await expect(totals).toContainText(`${orders.toLocaleString("en-US")} orders`);
  await expect(page.locator('.run-result')).toContainText('WASM solver');
  await expect(page.getByRole('table', { name: 'Runs' }).getByRole('row')).toHaveCount(2);
  await expect(page).toHaveURL(/#\/history\/[^/]+\/[^/]+$/);

  // The run is stored: a reload shows it again from IndexedDB.
  const saving = await totals.locator('[data-total="saving"]').textContent();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Totals' }).locator('[data-total="saving"]')).toHaveText(saving ?? '', { timeout: 15_000 });
  await expect(page.getByRole('table', { name: 'Runs' }).getByRole('row')).toHaveCount(2);

  // The biggest discount opens in the simulator as the current basket.
  const biggest = page.getByRole('region', { name: 'Biggest discounts' }).getByRole('button', { name: /^Open order / }).first();
  const orderId = ((await biggest.getAttribute('aria-label')) ?? '').replace(/^Open order (.*) in the simulator$/, '$1');
  await biggest.click();
  await expect(page).toHaveURL(/#\/simulator$/);
  await expect(page.getByRole('heading', { name: 'Simulator' })).toBeVisible();
  await expect(page.locator('.sim-editor')).toContainText('edited');
  // It carries the ledger it met in the history, and says so.
  await expect(page.locator('.sim-origin')).toContainText(`Order ${orderId} from the history. Ledger:`);
  const lines = orderLines(orderId);
  await expect(page.locator('.sim-editor')).toContainText(lines[0]!);
});

/** Product ids of one sample order, from the file. */
function orderLines(orderId: string): string[] {
  const text = readFileSync(join(process.cwd(), 'public', 'samples', 'order-history.csv'), 'utf8');
  const bundle = JSON.parse(readFileSync(join(process.cwd(), 'public', 'samples', 'sample-bundle.json'), 'utf8')) as { products: { id: string; name: string }[] };
  const header = text.split('\n')[0]!.split(',');
  const at = header.indexOf('productId');
  return text
    .split('\n')
    .filter((r) => r.startsWith(`${orderId},`))
    .map((r) => r.split(',')[at]!)
    .map((id) => bundle.products.find((p) => p.id === id)?.name ?? id);
}

test('a file with a bad row waits for the user: Cancel import stores nothing, Skip stores the rest', async ({ page }) => {
  await openWorkbench(page, '#/history');
  const file = { name: 'feb.csv', mimeType: 'text/csv', buffer: Buffer.from(historyCsv(true)) };
  await page.getByLabel('Order history file').setInputFiles(file);
  const skip = page.getByRole('button', { name: 'Skip 1 bad order and continue' });
  await expect(skip).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('alert')).toContainText('feb.csv has 1 bad row in 1 order. 2 orders are ready to import');
  const problems = page.getByRole('table', { name: 'Row problems' });
  await expect(problems.getByRole('row').nth(1)).toContainText('4');
  await expect(problems.getByRole('row').nth(1)).toContainText('quantity');
  await expect(problems.getByRole('row').nth(1)).toContainText('T-3');

  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import of feb.csv cancelled; nothing was stored.' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('No history imported yet.')).toBeVisible();

  await page.getByLabel('Order history file').setInputFiles(file);
  await page.getByRole('button', { name: 'Skip 1 bad order and continue' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported feb.csv: 2 orders, 3 lines (1 order with bad rows left out).' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Imported histories' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('.history-detail')).toContainText('1 bad orders left out');
});

test('a file that is not a history is refused and the stored histories stay as they were', async ({ page }) => {
  await openWorkbench(page, '#/history');
  await page.getByLabel('Order history file').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(historyCsv(false)) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported good.csv' })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Order history file').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('id;when\n1;2\n') });
  await expect(page.getByRole('alert')).toContainText('broken.csv was not imported. The stored histories are unchanged.');
  await expect(page.getByRole('table', { name: 'Import problems' })).toContainText('missing-column');
  await expect(page.getByRole('list', { name: 'Imported histories' }).getByRole('listitem')).toHaveCount(1);
});

test('Cancel stops a replay and keeps nothing; two runs compared; deleting a history removes it with its runs', async ({ page }) => {
  await openWorkbench(page, '#/history');
  await page.getByLabel('Order history file').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(historyCsv(false)) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported good.csv' })).toBeVisible({ timeout: 30_000 });
  const solver = await holdSolver(page);
  await page.getByRole('button', { name: 'Replay with the current workspace' }).click();
  await expect.poll(solver.requested).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Replay cancelled; nothing was kept.' })).toBeVisible();
  await expect(page.getByText('No run yet')).toBeVisible();
  solver.release();
  await page.unroute('**/*.wasm');

  await page.getByRole('button', { name: 'Replay with the current workspace' }).click();
  await expect(page.getByRole('table', { name: 'Runs' }).getByRole('row')).toHaveCount(2, { timeout: 30_000 });

  // A second run with the same workspace, then the two compared: nothing changes.
  await page.getByRole('button', { name: 'Replay with the current workspace' }).click();
  const runs = page.getByRole('table', { name: 'Runs' });
  await expect(runs.getByRole('row')).toHaveCount(3, { timeout: 30_000 });
  const compare = page.getByRole('button', { name: 'Compare the two ticked runs' });
  await expect(compare).toBeDisabled();
  for (const box of await runs.getByRole('checkbox').all()) await box.check();
  await compare.click();
  await expect(page.getByRole('region', { name: 'Compare runs' })).toBeVisible();
  await expect(page.locator('.what-if-summary')).toHaveText('No order changes (2 orders compared)');

  await page.getByRole('button', { name: 'Delete history…' }).click();
  await page.getByRole('group', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No history imported yet.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No history imported yet.')).toBeVisible();
});

/** Serious or critical axe violations on the page as it is now. */
async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe, ${theme}: the review of bad rows and a finished run have no serious or critical violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openWorkbench(page, '#/history');
    await page.getByLabel('Order history file').setInputFiles({ name: 'feb.csv', mimeType: 'text/csv', buffer: Buffer.from(historyCsv(true)) });
    await page.getByRole('button', { name: 'Skip 1 bad order and continue' }).waitFor({ timeout: 30_000 });
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skip 1 bad order and continue' }).click();
    await page.getByRole('button', { name: 'Replay with the current workspace' }).click();
    await expect(page.getByRole('region', { name: 'Totals' })).toBeVisible({ timeout: 30_000 });
    expect(await axeProblems(page)).toEqual([]);
  });
}

test.describe('@screenshots', () => {
  test.skip(!process.env.SHOTS, 'set SHOTS=1 to save screenshots');
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [1440, 800] as const) {
      test(`history view, ${theme}, ${width} px`, async ({ page }) => {
        mkdirSync(SHOTS, { recursive: true });
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize({ width, height: 900 });
        await openWorkbench(page, '#/history');
        await page.getByLabel('Order history file').setInputFiles({ name: 'feb.csv', mimeType: 'text/csv', buffer: Buffer.from(historyCsv(true)) });
        await expect(page.getByRole('button', { name: 'Skip 1 bad order and continue' })).toBeVisible({ timeout: 30_000 });
        await page.screenshot({ path: `${SHOTS}/history-review-${theme}-${width}.png`, fullPage: true });
        await page.getByRole('button', { name: 'Cancel import' }).click();
        await importSample(page);
        await page.getByRole('button', { name: 'Replay with the current workspace' }).click();
        await expect(page.getByRole('region', { name: 'Totals' })).toBeVisible({ timeout: 60_000 });
        await page.screenshot({ path: `${SHOTS}/history-run-${theme}-${width}.png`, fullPage: true });
      });
    }
  }
});
