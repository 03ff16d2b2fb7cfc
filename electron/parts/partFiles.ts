import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { fsyncFolder } from '../platform/store/durableJsonFile.js';
import type { ServiceContext } from '../platform/context.js';

/**
 * A working paper of the parts side (requisition, statement, sale receipt) written under documents/parts, so that
 * the desktop app can print it; the bytes also go back to the page, which opens them in a browser.
 */
export async function deliverPdf(ctx: ServiceContext, name: string, pdf: Uint8Array): Promise<{ fileName: string; base64: string; printed: boolean }> {
  const fileName = `${name}.pdf`;
  const absolute = join(ctx.store.dataDir, 'documents', 'parts', String(ctx.now().getUTCFullYear()), fileName);
  await mkdir(dirname(absolute), { recursive: true });
  await writeFileAtomic(absolute, Buffer.from(pdf), { fsync: true });
  await fsyncFolder(dirname(absolute));
  const printed = ctx.printer ? await ctx.printer.print(absolute) : false;
  return { fileName, base64: Buffer.from(pdf).toString('base64'), printed };
}
