import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSamples, SAMPLE_LANGUAGES } from '../../build/samples.js';
import { DocumentKind } from '../../shared/documents/schemas.js';
import { tempDir } from '../platform/helpers.js';
import { wordsOutside } from '../platform/pdfLayout.js';

describe('npm run docs:samples', () => {
  it.each(['A4', 'LETTER'] as const)('renders every document kind in every language on %s; each passes qpdf --check and keeps its text inside the margins', async (paperSize) => {
    const out = await tempDir();
    await renderSamples(out, [], paperSize);
    const files = (await readdir(out)).sort();
    // The claim response letter is issued with its claim (claims module): every other kind is here.
    const expected = DocumentKind.options.flatMap((kind) => SAMPLE_LANGUAGES.map((language) => `${kind}.${language}.pdf`)).sort();
    expect(files).toEqual(expected);
    for (const file of files) {
      const path = join(out, file);
      // qpdf exits 0 with "No syntax or stream encoding errors found" for a sound file, and non-zero otherwise.
      expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' }), file).toContain('No syntax or stream encoding errors found');
      const outside = file.startsWith('device_label') ? wordsOutside(path, 5) : wordsOutside(path, 40, 24);
      expect(outside, file).toEqual([]);
    }
  }, 60_000);
});
