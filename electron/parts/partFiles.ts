import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileDurably } from '../platform/store/durableWrite.js';
import type { ServiceContext } from '../platform/context.js';

/**
 * A working paper of the parts side (requisition, statement, sale receipt) written under documents/parts, so that
 * the desktop app can print it; the bytes also go back to the page, which opens them in a browser.
 */
export async function deliverPdf(ctx: ServiceContext, name: string, pdf: Uint8Array): Promise<{ fileName: string; base64: string; printed: boolean }> {
  const fileName = `${name}.pdf`;
  const absolute = join(ctx.store.dataDir, 'documents', 'parts', String(ctx.now().getUTCFullYear()), fileName);
  await mkdir(dirname(absolute), { recursive: true });
  await writeFileDurably(absolute, pdf);
  const printed = ctx.printer ? await ctx.printer.print(absolute) : false;
  return { fileName, base64: Buffer.from(pdf).toString('base64'), printed };
}
