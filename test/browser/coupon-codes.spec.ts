import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openWorkbench, sampleBundleText } from './support.ts';

/** Screenshots go beside Playwright's other output when SHOTS=1 (they are looked at, not compared). */
const shot = async (part: Locator, name: string) => {
  if (process.env.SHOTS) await part.screenshot({ path: `test-results/coupons-${name}.png` });
};

const HEADER = 'CouponCode,IsActive,MaximumUsage,UsageCount,FirstUsage,LastUsage';
const N = 100_000;

/** Code i of the big file: every 7th inactive, every 4th unlimited, every 10th used once, some dated. */
function line(i: number): string {
  const code = `W-${String(i).padStart(6, '0')}`;
  const active = i % 7 === 0 ? 'false' : 'true';
  const max = i % 4 === 1 ? 'unlimited' : '1';
  const used = i % 10 === 0 ? 1 : 0;
  const first = i % 3 === 0 ? '01/03/2026' : '';
  const last = i % 4 === 0 ? '31/12/2026' : '';
  return `${code},${active},${max},${used},${first},${last}`;
}
const lines = Array.from({ length: N }, (_, k) => line(k + 1));
const cells = (l: string) => l.split(',');
/** The sample's own codes of the promotion (in the bundle's list) count with the imported ones. */
type Inline = { code: string; promotionId: string; active?: boolean; maxUses?: number | null; usageCount?: number };
const inline = (JSON.parse(sampleBundleText()) as { coupons: Inline[] }).coupons.filter((c) => c.promotionId === 'welcome-15');
const expected = {
  active: lines.filter((l) => cells(l)[1] === 'true').length + inline.filter((c) => c.active !== false).length,
  used: lines.filter((l) => cells(l)[3] === '1').length + inline.filter((c) => (c.usageCount ?? 0) > 0).length,
  exhausted:
    lines.filter((l) => cells(l)[3] === '1' && cells(l)[2] === '1').length +
    inline.filter((c) => c.maxUses !== null && (c.usageCount ?? 0) >= (c.maxUses ?? 1)).length,
};

const panel = (page: Page) => page.locator('section.pe-codes');
const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
const n = (x: number) => x.toLocaleString('en');

test('coupon CSV: a bad row is refused with its row and column, 100,000 codes import, search, scroll and export', async ({ page }) => {
  test.setTimeout(240_000);
  await openWorkbench(page, '#/promotions/welcome-15/edit');
  const codes = panel(page);
  await expect(codes.getByRole('heading', { name: 'Coupon codes (1)' })).toBeVisible();
  const fileInput = codes.locator('input[type=file]');

  // A file with an impossible date on its third line: nothing is imported.
  await fileInput.setInputFiles(csv('bad.csv', `${HEADER}\nW-A,true,1,0,,\nW-B,true,1,0,31/02/2026,\nW-A,false,1,0,,\n`));
  await expect(codes.getByRole('alert')).toContainText('The file was not imported; the codes are unchanged.');
  const problems = codes.getByRole('table', { name: 'Import problems' });
  await expect(problems.getByRole('row').filter({ hasText: 'FirstUsage' })).toContainText('Row 3, FirstUsage: "31/02/2026" is not a real calendar date.');
  await expect(problems.getByRole('row').filter({ hasText: 'appears on rows' })).toContainText('Code "W-A" appears on rows 2, 4');
  await expect(codes.getByRole('heading', { name: 'Coupon codes (1)' })).toBeVisible();
  await shot(codes, 'bad-row');

  // A good file of 100,000 codes.
  await fileInput.setInputFiles(csv('codes.csv', `${HEADER}\r\n${lines.join('\r\n')}\r\n`));
  await expect(codes.getByText(`Imported ${n(N)} codes: ${n(N)} new, 0 updated.`)).toBeVisible({ timeout: 180_000 });
  await expect(codes.getByRole('heading', { name: `Coupon codes (${n(N + 1)})` })).toBeVisible();
  const counts = codes.getByLabel('Code counts');
  await expect(counts).toContainText(`${n(expected.active)} active`);
  await expect(counts).toContainText(`${n(expected.used)} used`);
  await expect(counts).toContainText(`${n(expected.exhausted)} exhausted`);

  // Only the rows in view exist in the page.
  const list = codes.getByRole('table', { name: 'Coupon codes' });
  await expect(list.getByRole('row').nth(1)).toContainText('W-000001');
  expect(await list.getByRole('row').count()).toBeLessThan(40);
  await shot(codes, 'imported');

  // Exact search: one key lookup; case matters.
  const search = codes.getByRole('search');
  await search.getByLabel('Find a code (exact)').fill('W-054330');
  await search.getByRole('button', { name: 'Find' }).click();
  await expect(search.getByRole('status')).toHaveText('"W-054330" belongs to this promotion: active, used 1 of 1, exhausted.');
  await search.getByLabel('Find a code (exact)').fill('w-054330');
  await search.getByRole('button', { name: 'Find' }).click();
  await expect(search.getByRole('status')).toHaveText('No code "w-054330" in this workspace (codes are case-sensitive).');

  // Scrolled to the end, the last code shows.
  await list.getByLabel('Scroll the codes').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(list.getByRole('row').filter({ hasText: 'W-100000' })).toContainText(n(N));
  expect(await list.getByRole('row').count()).toBeLessThan(40);
  await shot(codes, 'scrolled');
  if (process.env.SHOTS) {
    await page.getByRole('button', { name: /dark/i }).first().click();
    await shot(codes, 'scrolled-dark');
    await page.getByRole('button', { name: /light/i }).first().click();
  }

  // Export: the same codes come back, with the Status column after the SPEC's.
  const downloading = page.waitForEvent('download');
  await codes.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await downloading).path();
  const exported = readFileSync(file, 'utf8').split('\r\n');
  expect(exported[0]).toBe(`${HEADER},Status`);
  expect(exported[1]).toMatch(/^WELCOME15,true,/);
  expect(exported.slice(2, -1).map((l) => l.split(',').slice(0, 6).join(','))).toEqual(lines);
  expect(exported.at(-1)).toBe('');
});
