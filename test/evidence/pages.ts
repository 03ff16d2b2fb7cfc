import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../platform/helpers.js';

/** The pages of a PDF as poppler draws them (pdftoppm), each as its RGB pixels. */
export async function pdfPages(pdf: Uint8Array, dpi = 60): Promise<Array<{ width: number; height: number; rgb: Buffer }>> {
  const dir = await tempDir();
  writeFileSync(join(dir, 'act.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', String(dpi), join(dir, 'act.pdf'), join(dir, 'page')]);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ppm'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      // P6 <width> <height> 255, then RGB bytes.
      const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.toString('latin1', 0, 40))!;
      return { width: Number(header[1]), height: Number(header[2]), rgb: bytes.subarray(header[0].length) };
    });
}

/** How many pixels of a page are near a colour (each channel within `tolerance`). */
export function pixelsNear(page: { rgb: Buffer }, [r, g, b]: [number, number, number], tolerance = 40): number {
  let count = 0;
  for (let i = 0; i + 2 < page.rgb.length; i += 3) {
    if (Math.abs(page.rgb[i] - r) <= tolerance && Math.abs(page.rgb[i + 1] - g) <= tolerance && Math.abs(page.rgb[i + 2] - b) <= tolerance) count++;
  }
  return count;
}

/** The ink of a signature given on screen (electron/platform/pdf/pdfWriter.ts strokes). */
export const SIGNATURE_INK: [number, number, number] = [0x10, 0x20, 0x6a];
