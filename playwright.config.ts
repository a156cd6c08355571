import { defineConfig } from '@playwright/test';

// Playwright cannot download its own browsers here: we drive Debian's chromium.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// PW_PORT lets several checkouts on one machine run their browser tests side by side.
const port = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
  testDir: 'test/browser',
  timeout: 60_000,
  retries: 0,
  // Two workers on the 2-core machines this runs on: every test has its own browser context (its own
  // IndexedDB), and the suite ran clean with two workers even with the machine loaded 7× over.
  workers: Number(process.env.PW_WORKERS ?? 2),
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The built app registers a service worker; specs that test it opt in (offline.spec.ts), the
    // others keep plain network requests (and page.route) without a precache download per test.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
