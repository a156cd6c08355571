import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

/*
 * The report and compare views on their development page (#/dev/report): the sample workspace's
 * saved baskets replayed as a six-week history by replay-core's replayShard (reference solver),
 * once under the saved rules and once with the promotion applied to most orders switched off.
 */
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';

async function openHarness(page: Page) {
  await page.goto('/#/dev/report');
  const report = page.getByRole('region', { name: 'Report · saved rules' });
  await expect(report.getByRole('region', { name: 'Totals' })).toBeVisible({ timeout: 30_000 });
  return report;
}


interface ExportedReport {
  readonly format: string;
  readonly notes: readonly { readonly code: string; readonly message: string }[];
  readonly currency: string;
  readonly totals: { readonly orders: number; readonly gross: string; readonly saving: string; readonly net: string; readonly savingRate: string };
  readonly promotions: readonly { readonly promotionId: string; readonly name: string; readonly orders: number; readonly saving: string }[];
  readonly byChannel: readonly { readonly key: string; readonly orders: number }[];
  readonly histogram: readonly { readonly orders: number }[];
  readonly topDiscounts: readonly { readonly orderId: string; readonly saving: string }[];
}

/** The report the view holds, as its own "Export JSON" button downloads it: the figures the screen must show. */
async function exported(page: Page, report: Locator): Promise<ExportedReport> {
  const download = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-report-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(readFileSync((await file.path())!, 'utf8')) as ExportedReport;
}

/** "$8,695.64" for "8695.64" in USD, as the report writes amounts (thousands grouped). */
const grouped = (digits: string) => digits.replace(/^\d+/, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
const usd = (amount: string) => (amount.startsWith('-') ? `−$${grouped(amount.slice(1))}` : `$${grouped(amount)}`);
const percent = (p: string) => `${p.replace(/0+$/, '').replace(/\.$/, '')} %`;
const column = async (table: Locator, index: number) => (await table.locator(`tbody tr td:nth-child(${index})`).allInnerTexts()).map((t) => t.split('\n')[0]!.trim());
const amount = (text: string) => Number(text.replace(/[^0-9.−-]/g, '').replace('−', '-'));

test('the totals and the per-promotion table show the report the view holds', async ({ page }) => {
  const report = await openHarness(page);
  const r = await exported(page, report);
  expect(r.format).toBe('promo-workbench.replay-report');
  expect(r.totals.orders).toBeGreaterThan(0);
  const totals = report.getByRole('region', { name: 'Totals' });
  await expect(totals.locator('[data-total="gross"]')).toHaveText(usd(r.totals.gross));
  await expect(totals.locator('[data-total="saving"]')).toHaveText(usd(r.totals.saving));
  await expect(totals.locator('[data-total="net"]')).toHaveText(usd(r.totals.net));
  await expect(totals.locator('[data-total="savingRate"]')).toHaveText(percent(r.totals.savingRate));
  await expect(totals).toContainText(`${r.totals.orders.toLocaleString('en-US')} orders`);
  // The report's notes, each with its code (the sample has promotion-wide limits: one time-ordered run).
  const notes = report.getByRole('region', { name: 'Notes on this report' });
  expect(r.notes.map((n) => n.code)).toContain('promotion-wide-state');
  for (const n of r.notes) await expect(notes.locator(`[data-note="${n.code}"]`)).toContainText(n.message);
  // One row per promotion of the bundle, each with its name and saving.
  const table = report.locator('table.report-promotions');
  await expect(table.locator('tbody tr')).toHaveCount(r.promotions.length);
  for (const p of r.promotions.filter((x) => x.orders > 0).slice(0, 5)) {
    const row = table.locator(`tr[data-promotion="${p.promotionId}"]`);
    await expect(row.locator('td').nth(0)).toContainText(p.name);
    await expect(row.locator('td').nth(4)).toHaveText(usd(p.saving));
  }
});

test('the per-promotion table sorts by a column on click, and back the other way', async ({ page }) => {
  const report = await openHarness(page);
  const table = report.locator('table.report-promotions');
  const header = table.getByRole('columnheader', { name: /Orders/ });
  await expect(table.getByRole('columnheader', { name: /Saving/ }).first()).toHaveAttribute('aria-sort', 'descending');
  const saving = (await column(table, 5)).map(amount);
  expect(saving).toEqual([...saving].sort((a, b) => b - a));
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const down = (await column(table, 2)).map(Number);
  expect(down).toEqual([...down].sort((a, b) => b - a));
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const up = (await column(table, 2)).map(Number);
  expect(up).toEqual([...up].sort((a, b) => a - b));
  expect(up[0]).toBeLessThan(up[up.length - 1]!);
});

test('the outlet / channel / day tabs switch tables, from the keyboard too', async ({ page }) => {
  const report = await openHarness(page);
  const r = await exported(page, report);
  const tabs = report.getByRole('tablist', { name: 'Group the figures by' });
  await expect(report.getByRole('table', { name: 'Outlets' })).toBeVisible();
  await tabs.getByRole('tab', { name: 'Per outlet' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Per channel' })).toHaveAttribute('aria-selected', 'true');
  const channels = report.getByRole('table', { name: 'Channels' });
  await expect(channels).toBeVisible();
  await expect(channels.locator('tbody tr')).toHaveCount(r.byChannel.length);
  // The first cell of a row is its header (th), so the orders are the second cell.
  const orders = (await column(channels, 2)).map(Number);
  expect(orders).toEqual(r.byChannel.map((c) => c.orders));
  await tabs.getByRole('tab', { name: 'Per day' }).click();
  await expect(report.getByRole('table', { name: 'Days' })).toBeVisible();
  await expect(report.getByRole('table', { name: 'Outlets' })).toBeHidden();
});

test('both charts draw, follow the theme and the width, and have their figures as tables', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const report = await openHarness(page);
  const r = await exported(page, report);
  const canvases = report.locator('.report-chart canvas');
  await expect(canvases).toHaveCount(2);
  const pixels = () => canvases.evaluateAll((cs) => cs.map((c) => (c as HTMLCanvasElement).toDataURL()));
  const widths = () => canvases.evaluateAll((cs) => cs.map((c) => Math.round(c.getBoundingClientRect().width)));
  // Each plot is as wide as the box it sits in (uPlot's canvas spans the plot; the box is the chart's).
  const boxes = () => report.locator('.report-chart').evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().width)));
  const before = await pixels();
  const wide = await widths();
  expect(wide.every((w) => w > 300)).toBe(true);
  const theme = await page.evaluate(() => document.documentElement.dataset['theme']);
  await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', theme!);
  // Redrawn in the other theme's colours: every canvas's pixels change.
  await expect.poll(async () => (await pixels()).every((p, i) => p !== before[i])).toBe(true);
  expect(await widths()).toEqual(await boxes());
  // At 800 px the charts stack, one per row: each box changes width and its chart follows it.
  await page.setViewportSize({ width: 800, height: 900 });
  await expect.poll(async () => (await boxes()).every((w, i) => w !== wide[i])).toBe(true);
  await expect.poll(async () => JSON.stringify(await widths())).toBe(JSON.stringify(await boxes()));
  // The text alternative: the histogram's table has every bucket, its orders adding up to the total.
  await report.getByText('Saving per order as a table').click();
  const table = report.getByRole('table', { name: 'Saving per order' });
  await expect(table.locator('tbody tr')).toHaveCount(r.histogram.length);
  const orders = (await column(table, 2)).map(Number);
  expect(orders).toEqual(r.histogram.map((b) => b.orders));
  // The canvases themselves are hidden from screen readers.
  await expect(report.locator('.report-chart').first()).toHaveAttribute('aria-hidden', 'true');
});

test('a biggest discount opens its order through openHistoryOrder', async ({ page }) => {
  const report = await openHarness(page);
  const r = await exported(page, report);
  const first = r.topDiscounts[0]!;
  const table = report.locator('table.report-top');
  await expect(table.locator('tbody tr').first()).toContainText(usd(first.saving));
  await table.getByRole('button', { name: `Open order ${first.orderId} in the simulator` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Open order' })).toHaveText(`Open order ${first.orderId} of history harness`);
});

test('CSV export downloads the per-promotion table with a totals row', async ({ page }) => {
  const report = await openHarness(page);
  const r = await exported(page, report);
  const download = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-report-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync((await file.path())!, 'utf8').trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^promotionId,name,orders,/);
  expect(lines).toHaveLength(r.promotions.length + 2);
  expect(lines[lines.length - 1]).toContain('All orders');
});

test('compare: the summary, the per-promotion delta, and a changed order side by side', async ({ page }) => {
  await openHarness(page);
  const compare = page.getByRole('region', { name: /^Saved rules → Without / });
  await expect(compare.locator('.what-if-summary')).toContainText(/orders? of \d+ changes?: saving \$[\d.,]+ → \$[\d.,]+ \(−\$[\d.,]+\)/);
  const deltas = compare.getByRole('table', { name: 'Delta per promotion' });
  // The switched-off promotion ends at zero orders and a negative delta.
  const off = (await compare.getByRole('heading', { level: 2 }).innerText()).replace(/^Saved rules → Without /, '');
  const row = deltas.getByRole('row').filter({ has: page.getByRole('rowheader', { name: off }) });
  await expect(row.locator('td').nth(0)).toHaveText(/^\d+ → 0$/);
  await expect(row.locator('td').nth(4)).toHaveText(/^−\$/);
  // The first changed order is shown side by side; choosing another shows that one.
  const orders = compare.getByRole('table', { name: 'Changed orders' });
  const second = orders.locator('tbody tr').nth(1);
  const id = (await second.getAttribute('data-order'))!;
  await second.getByRole('button', { name: `Order ${id} side by side` }).click();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  const pair = compare.getByRole('region', { name: `Order ${id} before and after` });
  await expect(pair.getByRole('region', { name: 'Saved rules' }).locator('.what-if-apps')).toContainText(off);
  await expect(pair.getByRole('region', { name: /^Without / }).locator('[data-total="saving"]')).toContainText('(differs)');
  await pair.getByRole('button', { name: 'Open in the simulator' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Open order' })).toHaveText(`Open order ${id} of history harness`);
});

test('nothing overflows sideways at 800 px', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await openHarness(page);
  const overflow = await page.locator('.report-harness').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openHarness(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page }).include('.report-harness').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('screenshots of the report and compare views', async ({ page }) => {
  test.skip(!process.env.SHOTS, 'SHOTS=1 takes screenshots');
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1440, 800]) {
    for (const theme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 1000 });
      await openHarness(page);
      const current = await page.evaluate(() => document.documentElement.dataset['theme']);
      if (current !== theme) await page.getByRole('button', { name: /theme/i }).first().click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const main = page.locator('.app-main');
      await page.getByRole('heading', { name: 'Report · saved rules' }).evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await main.screenshot({ path: `${SHOTS}/report-${theme}-${width}-1-top.png` });
      const parts = [
        ['2-groups', page.getByRole('heading', { name: 'Per outlet, channel and day' })],
        ['3-top', page.getByRole('heading', { name: 'Biggest discounts' })],
        ['4-compare', page.getByRole('heading', { name: /Saved rules → / })],
        ['5-orders', page.getByRole('heading', { name: 'Orders whose result changed' })],
      ] as const;
      for (const [name, heading] of parts) {
        await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await main.screenshot({ path: `${SHOTS}/report-${theme}-${width}-${name}.png` });
      }
    }
  }
});
