import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AUTHORING_TABLE, VIEW_TABLE, openView } from './view-table.ts';

/*
 * Accessibility: an axe scan of every view of VIEW_TABLE in both themes (0 serious or critical
 * violations), the skip link, and focus moving into a view on navigation.
 */
for (const view of [...VIEW_TABLE, ...AUTHORING_TABLE]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: ${view.name}, ${theme} theme, no serious or critical violations`, async ({ page }) => {
      await openView(page, view, theme);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(bad).toEqual([]);
    });
  }
}

test('the first Tab reaches "Skip to content", which puts focus on the view heading', async ({ page }) => {
  await openView(page, VIEW_TABLE[0]!, 'light');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: VIEW_TABLE[0]!.heading, level: 2 })).toBeFocused();
  // The view did not change: the skip link does not navigate.
  await expect(page).toHaveURL(new RegExp(`${VIEW_TABLE[0]!.hash}$`));
});

test('following a navigation link moves focus into the new view', async ({ page }) => {
  await openView(page, VIEW_TABLE[0]!, 'light');
  for (const view of VIEW_TABLE.slice(1)) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: view.heading }).press('Enter');
    await expect(page.getByRole('heading', { name: view.heading, exact: true, level: 2 })).toBeFocused();
  }
});
