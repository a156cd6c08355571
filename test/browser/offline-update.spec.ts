import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { waitForServiceWorker } from './offline-support.ts';
import { openWorkbench } from './support.ts';

test.use({ serviceWorkers: 'allow' });

const SW = join(process.cwd(), 'dist', 'sw.js');

test('a new build waits behind the update prompt; Reload switches to it', async ({ page }) => {
  await openWorkbench(page);
  await waitForServiceWorker(page);
  const before = await page.evaluate(() => caches.keys());
  await expect(page.getByRole('status', { name: 'Update' })).toHaveCount(0);

  // A new build: the same files under a new version (vite preview serves dist/ as it is on disk).
  const original = readFileSync(SW, 'utf8');
  const version = /const VERSION = "([0-9a-f]+)";/.exec(original)![1]!;
  try {
    writeFileSync(SW, original.replace(`const VERSION = "${version}";`, 'const VERSION = "0000000000000000";'));
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())!.update();
    });
    const prompt = page.getByRole('status', { name: 'Update' });
    await expect(prompt).toContainText('A new version is ready');
    await page.screenshot({ path: 'test-results/update-prompt.png' });

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await page.waitForEvent('load');
    await expect(page.getByRole('status', { name: 'Update' })).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['promo-workbench-0000000000000000']);
    expect(before).toEqual([`promo-workbench-${version}`]);
  } finally {
    writeFileSync(SW, original);
  }
});
