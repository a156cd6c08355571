import { expect, type Page } from '@playwright/test';
import { openWorkbench } from './support.ts';

/** The Monaco editor of the Scripts view, once its lines are rendered. */
export async function waitForEditor(page: Page) {
  const editor = page.locator('.scripts-editor-frame .monaco-editor').first();
  await expect(editor.locator('.view-lines')).toBeVisible({ timeout: 30_000 });
  return editor;
}

/** Opens the Scripts view and starts a new script (the DiscountCondition template). */
export async function newScript(page: Page): Promise<void> {
  await openWorkbench(page, '#/scripts');
  await page.getByRole('button', { name: 'New script' }).click();
  await waitForEditor(page);
}

/** Replaces the editor's whole text by typing, as a person would (lines without auto-indent). */
export async function typeScript(page: Page, lines: readonly string[]): Promise<void> {
  const editor = await waitForEditor(page);
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await expect(editor.locator('.view-lines')).toHaveText('');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
    // Enter would accept the suggestion open after the last word.
    await page.keyboard.press('Escape');
  }
}

/** The editor's visible text (Monaco renders spaces as no-break spaces: match with \s). */
export const editorText = (page: Page) => page.locator('.scripts-editor-frame .view-lines').first();

export const problems = (page: Page) => page.getByRole('list', { name: 'Script problems' });
