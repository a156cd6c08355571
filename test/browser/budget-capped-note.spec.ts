import { expect, test } from '@playwright/test';
import { openWorkbench } from './support.ts';

/**
 * SPEC §7: a budget smaller than the saving gives the remaining balance, and the simulator's
 * applications list says the budget capped it. The workspace is one promotion and one saved basket
 * whose ledger has 7.00 of a 10.00 budget spent.
 */
const bundle = {
  format: 'promo-workbench.bundle', formatVersion: 1, name: 'Budget note', currency: 'USD', timeZone: 'UTC',
  products: [{ id: 'A', name: 'Apple box', price: '10.00' }],
  promotions: [{
    id: 'pair', name: 'Buy 2 apple boxes, cheapest free',
    rule: { kind: 'itemDeal', selection: {}, target: 'cheapestQualifying', tiers: [{ threshold: { kind: 'buys', quantity: 2 }, reward: { kind: 'free' } }] },
    limits: { budget: { amount: '10.00' } },
  }],
  baskets: [{
    id: 'b1', name: 'Budget nearly spent',
    order: { id: 'o-1', at: '2026-05-04T12:00:00Z', customer: { id: 'c1' }, lines: [{ id: 'l1', productId: 'A', quantity: 2, unitPrice: '10.00' }] },
    state: { budgets: { pair: { c1: { spent: '7.00', periodStart: '2026-05-01' } } } },
  }],
};

test('an application capped by its budget carries a note in the simulator', async ({ page }) => {
  await openWorkbench(page, '#/bundle');
  await page.getByLabel('Bundle file').setInputFiles({ name: 'budget.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundle)) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported budget.json' })).toBeVisible();

  await openWorkbench(page, '#/simulator');
  await page.getByLabel('Basket', { exact: true }).selectOption({ label: 'Budget nearly spent' });
  const row = page.getByRole('table', { name: 'Applications' }).getByRole('row').filter({ hasText: 'Buy 2 apple boxes, cheapest free' });
  await expect(row).toContainText('$3.00');
  await expect(row).toContainText('budget capped: $7.00 less than the full reward');
});
