import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openWorkbench, sampleBasketNames } from './support.ts';

/** How many sample baskets state an expectation, read from the files (they all match today). */
function basketsWithExpectation(): number {
  const dir = join(process.cwd(), 'public', 'samples', 'baskets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .filter((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { expected?: unknown }).expected !== undefined).length;
}

async function runAll(page: Page): Promise<void> {
  await openWorkbench(page, '#/baskets');
  await page.getByRole('button', { name: 'Run all baskets' }).click();
  const total = sampleBasketNames().length;
  await expect(page.locator('.batch-count')).toHaveText(`${total} / ${total}`, { timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'evaluated in' })).toBeVisible();
}

test('"Run all baskets" evaluates every sample basket on the WASM workers and every expectation matches', async ({ page }) => {
  const total = sampleBasketNames().length;
  const expecting = basketsWithExpectation();
  await runAll(page);
  const summary = page.getByRole('status').filter({ hasText: 'evaluated in' });
  await expect(summary).toContainText(`${expecting} of ${expecting} match their expectation`);
  await expect(summary).toContainText(`${total} evaluated in`);
  await expect(summary).toContainText('WASM solver');
  await expect(summary).toContainText(/\d+ workers?$/);
  const table = page.getByRole('table', { name: 'Batch results' });
  await expect(table.getByRole('row')).toHaveCount(total + 1);
  await expect(table.getByText('✓ match')).toHaveCount(expecting);
  await expect(table.getByText('✗ differs')).toHaveCount(0);

  // A row opens its basket in the Simulator.
  const name = sampleBasketNames()[0]!;
  await table.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) }).getByRole('cell').nth(1).click();
  await expect(page).toHaveURL(/#\/simulator\//);
  await expect(page.locator('#sim-basket option:checked')).toHaveText(name);
});

test('Cancel while the workers are still loading the solver stops the run and says so', async ({ page }) => {
  // Hold the WASM module until after Cancel: no basket can finish first, whatever the machine's speed.
  let release: () => void = () => undefined;
  const held = new Promise<void>((done) => (release = done));
  let heldRequests = 0;
  await page.route('**/*.wasm', async (route) => {
    heldRequests++;
    await held;
    await route.continue().catch(() => undefined);
  });
  const total = sampleBasketNames().length;
  await openWorkbench(page, '#/baskets');
  await page.getByRole('button', { name: 'Run all baskets' }).click();
  await expect.poll(() => heldRequests).toBeGreaterThan(0); // a worker is waiting for the module
  await expect(page.locator('.batch-count')).toHaveText(`0 / ${total}`);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toContainText(`Cancelled: ${total} not evaluated`);
  await expect(page.getByRole('table', { name: 'Batch results' }).getByText('cancelled')).toHaveCount(total);
  await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  release();
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS_DIR ?? '/tmp/shots'}/batch-cancelled.png` });
});

test.describe('@screenshots', () => {
  test.skip(!process.env.SHOTS, 'set SHOTS=1 to save screenshots');
  const DIR = process.env.SHOTS_DIR ?? '/tmp/shots';

  for (const theme of ['light', 'dark'] as const) {
    test(`batch results, ${theme}`, async ({ page }) => {
      mkdirSync(DIR, { recursive: true });
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width: 1440, height: 900 });
      await runAll(page);
      await page.screenshot({ path: `${DIR}/batch-${theme}.png` });
    });
  }
});
