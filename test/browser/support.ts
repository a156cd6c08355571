import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

const SAMPLES = join(process.cwd(), 'public', 'samples');

interface SamplePromotion {
  readonly id: string;
  readonly name: string;
  readonly status?: string;
  readonly priority?: number;
}

/** The sample bundle as shipped, read from disk so tests follow the real file. */
export function sampleBundle(): { name: string; promotions: SamplePromotion[]; products: { id: string; name: string }[] } {
  return JSON.parse(readFileSync(join(SAMPLES, 'sample-bundle.json'), 'utf8')) as ReturnType<typeof sampleBundle>;
}

export const sampleBundleText = (): string => readFileSync(join(SAMPLES, 'sample-bundle.json'), 'utf8');

/** The sample basket files' names, in file order. */
export function sampleBasketNames(): string[] {
  return readdirSync(join(SAMPLES, 'baskets'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => (JSON.parse(readFileSync(join(SAMPLES, 'baskets', f), 'utf8')) as { name: string }).name);
}

/** The header's workspace name and revision. */
export const workspaceHeader = (page: Page) => page.getByLabel('Open workspace', { exact: true });

/** Opens the app and waits until the workspace is loaded (the promotions table has rows). */
export async function openWorkbench(page: Page, hash = '#/promotions'): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(workspaceHeader(page)).toBeVisible();
}

/** The first cell of the row whose name cell starts with `name` (names may carry a label below). */
export const rowNamed = (page: Page, table: string, name: string) =>
  page.getByRole('table', { name: table }).getByRole('row').filter({ has: page.getByText(name, { exact: true }) });
