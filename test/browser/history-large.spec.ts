import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { expect, test } from '@playwright/test';
import { openWorkbench } from './support.ts';

/**
 * Opt-in measurement, not a test of speed: HISTORY_LINES=200000 imports a generated history of
 * that many lines and prints the import time and the longest main-thread task seen meanwhile
 * (PerformanceObserver 'longtask'). Figures go to docs/benchmarks.md by hand.
 */
const LINES = Number(process.env.HISTORY_LINES ?? 0);

function bigCsv(lines: number): string {
  const out = ['orderId,at,customerId,outlet,channel,productId,quantity,unitPrice,customerPrice,coupons'];
  const start = Date.parse('2026-02-01T09:00:00-05:00');
  for (let i = 0; i < lines; i++) {
    const order = Math.floor(i / 5);
    const at = new Date(start + order * 60_000).toISOString();
    out.push(`B-${order},${at},c-${1001 + (order % 40)},TOR-0${1 + (order % 3)},inStore,p-${String(1 + (i % 30)).padStart(3, '0')},${1 + (i % 3)},2.49,,`);
  }
  return `${out.join('\n')}\n`;
}

test('import of a large generated history: time and longest main-thread task', async ({ page }) => {
  test.skip(LINES <= 0, 'set HISTORY_LINES to measure');
  test.setTimeout(600_000);
  const text = bigCsv(LINES);
  await openWorkbench(page, '#/history');
  await page.evaluate(() => {
    const w = window as unknown as { longest: number; tasks: number };
    w.longest = 0;
    w.tasks = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.tasks++;
        w.longest = Math.max(w.longest, e.duration);
      }
    }).observe({ type: 'longtask', buffered: false });
  });
  // A file on disk: a buffer would be rebuilt inside the page by script, itself a long task.
  const dir = join(tmpdir(), 'history-large');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'big.csv');
  writeFileSync(path, text);
  const began = Date.now();
  await page.getByLabel('Order history file').setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: 'Imported big.csv' })).toBeVisible({ timeout: 600_000 });
  const seconds = (Date.now() - began) / 1000;
  const { longest, tasks } = await page.evaluate(() => {
    const w = window as unknown as { longest: number; tasks: number };
    return { longest: w.longest, tasks: w.tasks };
  });
  console.log(`history import: ${LINES} lines (${(text.length / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s; main-thread long tasks: ${tasks}, longest ${longest.toFixed(0)} ms`);
});
