import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop } from './helpers.js';

/** Every file under the data folder with its bytes (PDFs and the documents' shards included), the lock aside. */
async function everyFile(dir: string, under = ''): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
    const name = join(under, entry.name);
    if (entry.name === '.lock') continue;
    if (entry.isDirectory()) for (const [inner, bytes] of await everyFile(dir, name)) files.set(inner, bytes);
    else files.set(name, (await readFile(join(dir, name))).toString('base64'));
  }
  return files;
}

/**
 * Once the backend is closed nothing more is written into its data folder (another process may take the folder, and
 * a test removes it): a request that arrives after the close is refused, and the close waits for what is under way.
 */
describe('closing the backend', () => {
  it('refuses a documents request that arrives after the close, writing nothing into documents/', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const view = await clerk.ok('orders.create', intakeInput());
    await t.close();
    const closed = await everyFile(t.dataDir);
    // The order screen asks for the order's documents once its save is answered, as the test may already be over.
    expect(await clerk.call('documents.forOrder', { orderId: view.order.id })).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(await clerk.call('orders.intakeAct', { orderId: view.order.id, language: 'en' })).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(await everyFile(t.dataDir)).toEqual(closed);
  });

  it('waits for a document being issued as it closes: its PDF and its record are written before the close ends, nothing after', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const view = await clerk.ok('orders.create', intakeInput());
    const issuing = clerk.call('orders.intakeAct', { orderId: view.order.id, language: 'en' });
    // The issue is under way once it has opened the documents' files (its PDF is rendered after that): close then.
    await vi.waitFor(async () => expect((await readdir(t.dataDir)).includes('documents')).toBe(true), { timeout: 10_000, interval: 5 });
    await t.close();
    const closed = await everyFile(t.dataDir);
    const issued = await issuing;
    expect(await everyFile(t.dataDir)).toEqual(closed);
    // Issued before the close ended: the PDF is in documents/, and its record is there at the next start.
    if (!issued.ok) throw new Error(JSON.stringify(issued.error));
    expect(closed.has(issued.value.file)).toBe(true);
    const again = await openBackend({ dataDir: t.dataDir });
    expect((await again.backend.store.documents()).get(issued.value.id)?.file).toBe(issued.value.file);
  });
});
