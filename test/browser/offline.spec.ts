import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { waitForServiceWorker } from './offline-support.ts';
import { openWorkbench, workspaceHeader } from './support.ts';

test.use({ serviceWorkers: 'allow' });

const basket = JSON.parse(readFileSync(join(process.cwd(), 'public/samples/baskets/b16-summer10.json'), 'utf8')) as {
  id: string;
  name: string;
  order: { lines: { productId: string }[] };
};
const products = (JSON.parse(readFileSync(join(process.cwd(), 'public/samples/sample-bundle.json'), 'utf8')) as { products: { id: string; name: string }[] }).products;
const rice = products.find((p) => p.id === basket.order.lines[0]!.productId)!.name;
const saving = (page: Page) => page.getByRole('region', { name: 'Totals' }).locator('[data-total="promotionSaving"]');

test('loaded once, then offline: reload, the Scripts editor, a simulated basket and a saved edit all work', async ({ page, context }) => {
  await openWorkbench(page);
  await waitForServiceWorker(page);
  // Precached on install: solver.wasm, the workers and Monaco's chunks.
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('promo-workbench-'))!);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  expect(cached.some((p) => p.endsWith('.wasm'))).toBe(true);
  expect(cached.some((p) => /monaco/i.test(p))).toBe(true);
  expect(cached.some((p) => /evaluate\.worker.*\.js$/.test(p))).toBe(true);
  expect(cached.some((p) => /dsl\.worker.*\.js$/.test(p))).toBe(true);

  await context.setOffline(true);
  const failed: string[] = [];
  // A request cut short by the next navigation (ERR_ABORTED) is not an offline failure.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  await page.reload();
  await expect(workspaceHeader(page)).toBeVisible();

  await page.goto('/#/scripts');
  await expect(page.locator('.monaco-editor').first()).toBeVisible();
  await expect(page.getByText('editor could not be loaded')).toHaveCount(0);

  await page.goto(`/#/simulator/${basket.id}`);
  await expect(page.locator('#sim-basket option:checked')).toHaveText(basket.name);
  await expect(saving(page)).toHaveText('−$3.60');
  await page.getByRole('button', { name: `One more ${rice}` }).click();
  await expect(saving(page)).toHaveText('−$4.49');
  await expect(page.getByText('evaluation worker failed')).toHaveCount(0);

  // An edit to the workspace, saved offline, still there after another offline reload.
  await page.getByRole('button', { name: 'Save as new basket…' }).click();
  const form = page.getByRole('form', { name: 'Save as new basket' });
  await form.getByLabel('Name').fill('Offline basket');
  await form.getByRole('button', { name: 'Save basket' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as new basket "Offline basket".' })).toBeVisible();
  await page.reload();
  await expect(page.locator('#sim-basket option:checked')).toHaveText('Offline basket');
  expect(failed).toEqual([]);
});

test('the app is installable: a manifest with 192 and 512 px icons', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await page.request.get(new URL(href!, page.url()).href)).json()) as { icons: { sizes: string }[]; start_url: string; display: string };
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});
