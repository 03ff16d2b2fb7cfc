// The UI against a data set: `node out/bench/ui.mjs DIR` starts the web host on DIR/data and drives Debian's
// Chromium: the orders list's first page, scrolling through it, a search typed key by key, opening an order.
// Prints one JSON line.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BENCH_PIN } from './dataset.js';

const dir = process.argv[2];
const queries = JSON.parse(await readFile(join(dir, 'queries.json'), 'utf8')) as { serials: string[]; names: string[] };

const host: ChildProcess = spawn(process.execPath, ['out/main/web.js', '--data', join(dir, 'data')], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve, reject) => {
  let output = '';
  host.stdout!.on('data', (chunk: Buffer) => {
    output += chunk;
    const match = /running at (\S+)/.exec(output);
    if (match) resolve(match[1]);
  });
  host.on('exit', () => reject(new Error(output)));
});

// Whatever happens, the web host started here does not outlive the benchmark.
process.on('exit', () => host.kill('SIGTERM'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url);
// The first member on the sign-in screen is the manager.
await page.getByLabel('PIN').fill(BENCH_PIN);
await page.getByRole('button', { name: 'Sign in', exact: true }).click();
await page.getByRole('button', { name: 'Orders', exact: true }).waitFor();

let started = performance.now();
await page.getByRole('button', { name: 'Orders', exact: true }).click();
await page.locator('[data-order]').first().waitFor();
const listFirstPageMs = performance.now() - started;

// Scroll the list down through 2,000 orders, and measure the longest frame in the page while it scrolls.
const longestFrameMs = await page.evaluate(async () => {
  const scroller = document.querySelector('[data-testid="order-scroller"]') as HTMLElement;
  let longest = 0;
  let last = performance.now();
  for (let step = 0; step < 100; step++) {
    scroller.scrollTop += 1000;
    await new Promise(requestAnimationFrame);
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }
  return longest;
});
const rowsInPage = await page.locator('[data-order]').count();

// A search typed key by key: from the last keystroke to the matching order on screen.
const searchLatencies: number[] = [];
for (const query of [...queries.serials.slice(1, 6), ...queries.names.slice(1, 6)]) {
  const box = page.getByRole('searchbox');
  await box.fill('');
  await box.pressSequentially(query, { delay: 30 });
  started = performance.now();
  await page.waitForFunction(
    (text) => document.querySelector('[data-answered]')?.getAttribute('data-answered') === text && document.querySelectorAll('[data-order]').length > 0,
    query,
    { polling: 'raf' },
  );
  searchLatencies.push(performance.now() - started);
}

// Opening an order from the list: from the click to the order on screen, timed inside the page.
const openLatencies: number[] = [];
for (let i = 0; i < 10; i++) {
  await page.getByRole('searchbox').fill(queries.serials[10 + i]);
  await page.waitForFunction(
    // A unit repaired twice has two orders: the newest is opened.
    (text) => document.querySelector('[data-answered]')?.getAttribute('data-answered') === text && document.querySelectorAll('[data-order]').length >= 1,
    queries.serials[10 + i],
  );
  openLatencies.push(
    await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          const done = () => document.querySelector('section.order h1 .mono') && document.querySelector('.card.loan');
          new MutationObserver((_, observer) => {
            if (done()) {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          }).observe(document.body, { childList: true, subtree: true });
          (document.querySelector('[data-order]') as HTMLElement).click();
        }),
    ),
  );
  await page.getByRole('button', { name: 'Orders', exact: true }).click();
}
process.stderr.write(`open order: ${openLatencies.map((ms) => ms.toFixed(0)).join(' ')} ms\n`);

await browser.close();
host.kill('SIGTERM');
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];
console.log(
  JSON.stringify({
    uiListFirstPageMs: listFirstPageMs,
    uiLongestScrollFrameMs: longestFrameMs,
    uiRowsInPage: rowsInPage,
    uiSearchP95Ms: p95(searchLatencies),
    uiOpenOrderP95Ms: p95(openLatencies),
  }),
);
