import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { callHost, launchChromium, startWebHost } from './host.js';
import { AppPage } from './pages.js';

let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
});

describe('a data file cut in half by hand, end to end', () => {
  it('is repaired at the next start from the backup plus what it still holds, and the user is told exactly what happened', async () => {
    // No automatic backup here: the test makes the one it needs, and nothing runs in the background.
    const quiet = { WORKSHOP_AUTOMATIC_BACKUPS: 'off' };
    const first = await startWebHost(undefined, quiet);
    await callHost(first, 'app.loadDemo', {});
    const orders = await callHost<{ rows: Array<{ id: string; number: string }> }>(first, 'orders.list', {});
    await callHost(first, 'data.backups.create', {});
    await first.stop();

    // Someone opens the largest orders file in an editor and deletes its second half.
    const folder = join(first.dataDir, 'orders');
    const sizes = await Promise.all((await readdir(folder)).map(async (f) => [f, (await readFile(join(folder, f))).length] as const));
    const [largest] = sizes.sort((a, b) => b[1] - a[1])[0];
    const text = await readFile(join(folder, largest), 'utf8');
    await writeFile(join(folder, largest), text.slice(0, Math.floor(text.length / 2)));

    const second = await startWebHost(first.dataDir, quiet);
    try {
      browser = await launchChromium();
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(second.url);
      const app = new AppPage(page);
      const banner = page.locator('.banner.recovery');
      await banner.waitFor();
      expect(await banner.textContent()).toContain(app.m.recovery.title);
      expect(await banner.textContent()).toContain(`orders/${largest}`);
      await app.screenshot('recovery-banner');
      const after = await callHost<{ rows: Array<{ id: string }> }>(second, 'orders.list', {});
      expect(after.rows.map((r) => r.id).sort()).toEqual(orders.rows.map((r) => r.id).sort());
      expect(await readdir(join(first.dataDir, 'damaged'))).toHaveLength(1);
    } finally {
      await browser?.close();
      browser = undefined;
      await second.stop();
    }
  });
});
