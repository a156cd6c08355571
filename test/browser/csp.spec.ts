import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AUTHORING_TABLE, VIEW_TABLE, openView } from './view-table.ts';

const DIST = join(process.cwd(), 'dist');

/** Every violation the page reports, kept on window for the test to read. */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
  });
`;

test.describe('Content-Security-Policy of the built app', () => {
  test('the built index.html carries the policy first in <head>, with no remote origin', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const meta = /<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta, 'CSP meta tag at the top of <head>').not.toBeNull();
    const policy = meta![1]!.replaceAll('&#39;', "'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).not.toMatch(/https?:|blob:|\*|'unsafe-eval'/);
  });

  test('no source maps ship in dist', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    expect(existsSync(DIST)).toBe(true);
    walk(DIST);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((f) => readFileSync(f, 'utf8').includes('//# sourceMappingURL='))).toEqual([]);
  });

  test('every view renders without a single securitypolicyviolation', async ({ page }) => {
    await page.addInitScript(RECORD_VIOLATIONS);
    const consoleCsp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
    });
    for (const view of [...VIEW_TABLE, ...AUTHORING_TABLE]) {
      await openView(page, view, 'light');
      const seen = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      expect(seen, `violations on ${view.name}`).toEqual([]);
    }
    // The Scripts view with the editor loaded and its workers running, and a basket evaluated.
    await page.goto('/#/scripts');
    await expect(page.locator('.monaco-editor').first()).toBeVisible();
    await page.goto('/#/simulator/b02-bakery-bogo');
    await expect(page.getByRole('table', { name: 'Applications' })).toBeVisible();
    const seen = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(seen).toEqual([]);
    expect(consoleCsp).toEqual([]);
  });
});
