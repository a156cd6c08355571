import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openWorkbench, sampleBundleText } from './support.ts';

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('create a signing key, export a signed bundle, and with signatures required refuse an unsigned or altered one', async ({ page }) => {
  await openWorkbench(page, '#/bundle');
  const signing = page.getByRole('region', { name: 'Signing' });
  await signing.getByRole('button', { name: 'Create a signing key' }).click();
  await expect(signing.getByText(/^Ed25519 [0-9a-f]{16}$/)).toBeVisible();
  const publicKey = (await signing.locator('dd code.break').textContent())!;
  await signing.screenshot({ path: 'test-results/signing-panel.png' });

  const downloading = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Export bundle' }).click();
  const exported = readFileSync((await (await downloading).path())!, 'utf8');
  const signed = JSON.parse(exported) as { signature: { algorithm: string; publicKey: string } };
  expect(signed.signature).toMatchObject({ algorithm: 'Ed25519', publicKey });
  await expect(page.getByRole('region', { name: 'Export' }).getByRole('status')).toContainText('signed');

  await signing.getByLabel('Import only bundles signed with this key').check();
  const input = page.getByLabel('Bundle file');
  await input.setInputFiles(file('unsigned.json', sampleBundleText()));
  await expect(page.getByRole('alert')).toContainText('unsigned.json was not imported');
  await expect(page.getByRole('table', { name: 'Import problems' })).toContainText('signature-missing');

  await input.setInputFiles(file('altered.json', exported.replace(/"name": "([^"]+)"/, '"name": "$1 (edited)"')));
  await expect(page.getByRole('alert')).toContainText('altered.json was not imported');
  await expect(page.getByRole('table', { name: 'Import problems' })).toContainText('signature-invalid');

  await input.setInputFiles(file('signed.json', exported));
  await expect(page.getByRole('region', { name: 'Import a bundle' }).getByRole('status')).toContainText('Imported signed.json');
  await expect(page.getByRole('table', { name: 'Import notes' })).toContainText('signed by trusted key');
  await page.screenshot({ path: 'test-results/signing-import.png', fullPage: true });
});
