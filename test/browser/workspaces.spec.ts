import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { build, type Rolldown } from 'vite';
import { openWorkbench, sampleBundle, sampleBundleText, workspaceHeader } from './support.ts';

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

const renamedBundle = (name: string) => {
  const bundle = JSON.parse(sampleBundleText()) as Record<string, unknown>;
  bundle['name'] = name;
  delete bundle['revision'];
  return JSON.stringify(bundle);
};

const menuButton = (page: Page) => page.getByRole('button', { name: /^Workspace menu/ });
const headerName = (page: Page) => workspaceHeader(page).locator('.workspace-name');
const saveState = (page: Page) => page.locator('.save-state');

async function menu(page: Page, item: string | RegExp): Promise<void> {
  await menuButton(page).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function importAs(page: Page, name: string): Promise<void> {
  await page.getByLabel('Bundle file').setInputFiles(file(`${name}.json`, renamedBundle(name)));
}

test('create, rename, switch, duplicate and delete workspaces; the choice survives a reload', async ({ page }) => {
  const sample = sampleBundle().name;
  await openWorkbench(page);
  await expect(headerName(page)).toHaveText(sample);

  await menu(page, 'New empty workspace');
  await expect(headerName(page)).toHaveText('Untitled workspace');
  // Only the header row: the new workspace is empty.
  await expect(page.getByRole('table', { name: 'Promotions' }).getByRole('row')).toHaveCount(1);

  await menu(page, 'Rename…');
  const rename = page.getByRole('dialog', { name: 'Rename workspace' });
  await rename.getByLabel('Name').fill('   ');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename.getByRole('alert')).toHaveText('a workspace needs a name');
  await rename.getByLabel('Name').fill('Spring plan');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename).toBeHidden();
  await expect(headerName(page)).toHaveText('Spring plan');

  await menuButton(page).click();
  await page.getByRole('menuitemradio', { name: sample }).click();
  await expect(headerName(page)).toHaveText(sample);

  await menu(page, 'Duplicate');
  await expect(headerName(page)).toHaveText(`${sample} copy`);

  await menu(page, 'Delete…');
  const confirm = page.getByRole('alertdialog', { name: `Delete “${sample} copy”?` });
  await confirm.getByRole('button', { name: 'Delete workspace' }).click();
  await expect(confirm).toBeHidden();
  await expect(headerName(page)).toHaveText(sample);

  await page.reload();
  await expect(headerName(page)).toHaveText(sample);
  await menuButton(page).click();
  await expect(page.getByRole('menuitemradio').locator('.menu-item-label')).toHaveText([sample, 'Spring plan']);
  await expect(page.getByRole('menuitemradio', { name: sample })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');

  // Down to one workspace: Delete is offered no more.
  await menu(page, 'Delete…');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete workspace' }).click();
  await expect(headerName(page)).toHaveText('Spring plan');
  await menuButton(page).click();
  await expect(page.getByRole('menuitem', { name: /Delete…/ })).toHaveAttribute('aria-disabled', 'true');
});

test('undo and redo an import with the buttons and the keys; text fields keep their own undo', async ({ page }) => {
  const sample = sampleBundle().name;
  await openWorkbench(page, '#/bundle');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await importAs(page, 'Imported workspace');
  await expect(headerName(page)).toHaveText('Imported workspace');
  await expect(saveState(page)).toHaveText(/^Saved · \d\d:\d\d/);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /^Undo Import .+\.json/);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(headerName(page)).toHaveText(sample);
  await expect(page.getByRole('button', { name: 'Redo' })).toHaveAttribute('title', /^Redo Import .+\.json/);

  await page.locator('body').press('Control+y');
  await expect(headerName(page)).toHaveText('Imported workspace');
  await page.locator('body').press('Control+z');
  await expect(headerName(page)).toHaveText(sample);
  await page.locator('body').press('Control+Shift+z');
  await expect(headerName(page)).toHaveText('Imported workspace');

  // In a text field Ctrl+Z belongs to the field.
  await menu(page, 'Rename…');
  const name = page.getByRole('dialog', { name: 'Rename workspace' }).getByLabel('Name');
  await name.fill('Typed');
  await name.press('Control+z');
  await expect(headerName(page)).toHaveText('Imported workspace');
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(headerName(page)).toHaveText('Imported workspace');
});

test('two tabs: a write in one shows in the other; a stale tab is refused with a conflict and re-reads', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await openWorkbench(tabA, '#/bundle');
  await openWorkbench(tabB, '#/bundle');

  await importAs(tabA, 'Written in tab A');
  await expect(headerName(tabB)).toHaveText('Written in tab A');

  // A writer this tab never hears of (an older app version, or a lost message): straight to IndexedDB.
  await tabA.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('promo-workbench');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['prefs', 'workspaces'], 'readwrite');
    const id = await new Promise<string>((resolve) => {
      const r = tx.objectStore('prefs').get('currentWorkspace');
      r.onsuccess = () => resolve(r.result as string);
    });
    const store = tx.objectStore('workspaces');
    const get = store.get(id);
    get.onsuccess = () => {
      const row = get.result as { snapshot: { workspace: { input: { name: string }; serial: number } } };
      row.snapshot.workspace.input.name = 'Written behind its back';
      row.snapshot.workspace.serial += 1;
      store.put(row);
    };
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  await expect(headerName(tabB)).toHaveText('Written in tab A');

  await importAs(tabB, 'Stale write from tab B');
  await expect(saveState(tabB)).toContainText('Not saved: another tab saved this workspace first');
  await expect(headerName(tabB)).toHaveText('Written behind its back');
  await expect(tabB.getByRole('alert')).toContainText('was not imported');

  await tabA.reload();
  await expect(headerName(tabA)).toHaveText('Written behind its back');
  // Tab B is up to date now: its next write goes through and tab A hears of it.
  await importAs(tabB, 'Tab B again');
  await expect(headerName(tabA)).toHaveText('Tab B again');
});

test('a v1 database is upgraded to v2 and keeps the user\'s workspace', async ({ page }) => {
  const bundle = JSON.parse(renamedBundle('My v1 workspace')) as Record<string, unknown>;
  const basket = { id: 'v1-basket', name: 'Basket kept from v1', order: { id: 'o1', at: '2026-05-01T12:00:00Z', lines: [] } };
  // A page of the same origin that is not the app, to write the v1 database before the app opens it.
  await page.route('**/v1-seed.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto('/v1-seed.html');
  await page.evaluate(
    async ({ input, basket }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('promo-workbench', 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('workspace');
          open.result.createObjectStore('baskets', { keyPath: 'id' });
          open.result.createObjectStore('prefs');
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['workspace', 'baskets', 'prefs'], 'readwrite');
      tx.objectStore('workspace').put({ input, revision: 'a'.repeat(64), savedAt: '2026-02-01T10:00:00.000Z' }, 'current');
      tx.objectStore('baskets').put({ id: basket.id, position: 0, basket });
      tx.objectStore('prefs').put('dark', 'theme');
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { input: bundle, basket },
  );

  await openWorkbench(page, '#/baskets');
  await expect(headerName(page)).toHaveText('My v1 workspace');
  await expect(page.getByText('Basket kept from v1')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const version = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('promo-workbench');
        open.onsuccess = () => {
          resolve(open.result.version);
          open.result.close();
        };
      }),
  );
  expect(version).toBe(2);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the workspace menu and its dialogs pass an accessibility scan (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openWorkbench(page);
    const serious = async (selector: string) =>
      (await new AxeBuilder({ page }).include(selector).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await menuButton(page).click();
    expect(await serious('.menu')).toEqual([]);
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    expect(await serious('.dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await menu(page, 'Duplicate');
    await menu(page, 'Delete…');
    expect(await serious('.dialog')).toEqual([]);
  });
}

/** The real IndexedDB backend, bundled for a page of the app's origin (no app around it). */
async function idbBackendScript(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: 'src/storage/idb-backend.ts', formats: ['iife'], name: 'IdbBackend' } },
  });
  const first = (Array.isArray(out) ? out[0] : out) as Rolldown.RolldownOutput;
  return first.output.find((o) => o.type === 'chunk')!.code;
}

test('the IndexedDB backend: compare-and-set in one transaction, drafts per workspace, delete takes the drafts', async ({ page }) => {
  await page.route('**/idb-backend.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>idb</title>' }));
  await page.goto('/idb-backend.html');
  await page.addScriptTag({ content: await idbBackendScript() });
  const seen = await page.evaluate(async () => {
    type Backend = import('../../src/storage/types.ts').WorkspaceBackend;
    const { openIdbBackend } = (window as unknown as { IdbBackend: { openIdbBackend: (o: object) => Promise<Backend> } }).IdbBackend;
    const tab1 = await openIdbBackend({ name: 'idb-spec' });
    const tab2 = await openIdbBackend({ name: 'idb-spec' });
    const snap = (name: string, serial: number) => ({
      workspace: { input: { name }, revision: 'r'.repeat(64), savedAt: `2026-01-0${serial}T00:00:00.000Z`, serial },
      baskets: [],
    });
    const results: unknown[] = [];
    results.push(await tab1.write('w1', snap('first', 1), undefined));
    results.push(await tab2.write('w1', snap('taken', 1), undefined));
    // Two connections race from the same stale serial: exactly one wins.
    results.push(await Promise.all([tab1.write('w1', snap('from tab 1', 2), 1), tab2.write('w1', snap('from tab 2', 2), 1)]));
    results.push((await tab1.read('w1'))?.workspace.serial);
    await tab1.write('w2', snap('second', 1), undefined);
    await tab1.writeDraft('w1', 'promotion:p1', { half: 'typed' }, '2026-01-05T00:00:00.000Z');
    await tab1.writeDraft('w1', 'promotion:p0', [1], '2026-01-06T00:00:00.000Z');
    await tab1.writeDraft('w2', 'promotion:p1', 'other', '2026-01-07T00:00:00.000Z');
    results.push(await tab2.listDrafts('w1'));
    results.push(await tab2.readDraft('w1', 'promotion:p1'));
    await tab2.deleteDraft('w1', 'promotion:p0');
    await tab2.remove('w2');
    results.push((await tab1.list()).map((w) => w.id), await tab1.readDraft('w2', 'promotion:p1'), await tab1.listDrafts('w1'));
    return results;
  });
  expect(seen[0]).toEqual({ kind: 'written' });
  expect(seen[1]).toEqual({ kind: 'conflict', storedSerial: 1 });
  const race = seen[2] as { kind: string }[];
  expect(race.map((r) => r.kind).sort()).toEqual(['conflict', 'written']);
  expect(seen[3]).toBe(2);
  expect(seen[4]).toEqual([
    { key: 'promotion:p0', savedAt: '2026-01-06T00:00:00.000Z' },
    { key: 'promotion:p1', savedAt: '2026-01-05T00:00:00.000Z' },
  ]);
  expect(seen[5]).toEqual({ half: 'typed' });
  expect(seen.slice(6)).toEqual([['w1'], undefined, [{ key: 'promotion:p1', savedAt: '2026-01-05T00:00:00.000Z' }]]);
});
