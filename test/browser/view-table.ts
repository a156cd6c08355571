import { expect, type Page } from '@playwright/test';

/**
 * Every view of the workbench, one row each: where it lives, its heading, and what shows that its
 * main content has rendered. The accessibility scan and the width checks walk this table; a new
 * view is one more row.
 */
export interface ViewRow {
  readonly name: string;
  readonly hash: string;
  readonly heading: string;
  readonly ready: (page: Page) => Promise<void>;
}

export const VIEW_TABLE: readonly ViewRow[] = [
  {
    name: 'promotions', hash: '#/promotions', heading: 'Promotions',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: 'Promotions' }).getByRole('row').nth(1)).toBeVisible();
    },
  },
  {
    name: 'baskets', hash: '#/baskets', heading: 'Baskets',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: 'Saved baskets' }).getByRole('row').nth(1)).toBeVisible();
    },
  },
  {
    // A busy basket: lines, applications, near misses.
    name: 'simulator', hash: '#/simulator/b35-big-friday-basket', heading: 'Simulator',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: 'Applications' })).toBeVisible();
    },
  },
  {
    name: 'history', hash: '#/history', heading: 'History',
    ready: async (page) => {
      await expect(page.getByRole('button', { name: 'Use the sample history' })).toBeVisible();
    },
  },
  {
    name: 'catalog', hash: '#/catalog', heading: 'Catalog',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: 'Products' })).toBeVisible();
    },
  },
  {
    name: 'scripts', hash: '#/scripts', heading: 'Scripts',
    ready: async (page) => {
      await expect(page.locator('.monaco-editor').first()).toBeVisible();
    },
  },
  {
    name: 'bundle', hash: '#/bundle', heading: 'Bundle',
    ready: async (page) => {
      await expect(page.getByRole('region', { name: 'Export' })).toBeVisible();
    },
  },
];

/**
 * Screens reached from a view rather than from the navigation: the promotion editor (with the
 * condition builder and what-if) and the template chooser. The scans and width checks walk these
 * too; the navigation test does not.
 */
export const AUTHORING_TABLE: readonly ViewRow[] = [
  {
    name: 'promotion editor', hash: '#/promotions/dairy-10-off/edit', heading: 'Dairy week',
    ready: async (page) => {
      await expect(page.getByRole('form').getByLabel('Name', { exact: true })).toHaveValue('Dairy week');
    },
  },
  {
    name: 'new promotion from a template (editor with a nested condition)', hash: '#/promotions/new/amount-off-order-over', heading: '10 off orders over 75',
    ready: async (page) => {
      await expect(page.getByRole('region', { name: 'Conditions' })).toBeVisible();
    },
  },
];

/** Opens a view with the theme forced (no stored preference needed) and waits for its content. */
export async function openView(page: Page, view: ViewRow, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(`/${view.hash}`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await expect(page.getByRole('heading', { name: view.heading, exact: true, level: 2 })).toBeVisible();
  await view.ready(page);
}
