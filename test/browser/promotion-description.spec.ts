import { expect, test } from '@playwright/test';
import { openWorkbench, rowNamed, sampleBundle } from './support.ts';

function promotion(id: string) {
  const p = sampleBundle().promotions.find((x) => x.id === id);
  if (p === undefined) throw new Error(`the sample bundle no longer has promotion ${id}`);
  return p;
}

test('selecting a promotion describes it in words', async ({ page }) => {
  // Label in the sample: "3+ save 10 %, 5+ save 20 %, 8+ save 30 %" — a tiered percent deal on all units.
  const p = promotion('cleaning-tiers');
  await openWorkbench(page);
  await rowNamed(page, 'Promotions', p.name).click();
  const detail = page.getByRole('region', { name: 'Promotion details' });
  await expect(detail.getByRole('heading', { name: p.name })).toBeVisible();
  await expect(detail.getByLabel('What it gives')).toHaveText(
    'Buy at least 3, all 10 % off; buy at least 5, all 20 % off; buy at least 8, all 30 % off',
  );
  await expect(detail).toContainText('Automatic: applies whenever its conditions hold');
});

test('arrow keys move the selection and the detail follows', async ({ page }) => {
  // The list is in evaluation order: priority, then id.
  const [first, second] = [...sampleBundle().promotions].sort((a, b) => (a.priority ?? 1) - (b.priority ?? 1) || (a.id < b.id ? -1 : 1));
  await openWorkbench(page);
  await rowNamed(page, 'Promotions', first!.name).click();
  await page.keyboard.press('ArrowDown');
  const detail = page.getByRole('region', { name: 'Promotion details' });
  await expect(detail.getByRole('heading', { name: second!.name })).toBeVisible();
  await expect(rowNamed(page, 'Promotions', second!.name)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(detail).toBeFocused();
});
