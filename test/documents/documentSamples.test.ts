import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRINTED_KINDS, renderSamples, SAMPLE_LANGUAGES } from '../../build/samples.js';
import { DocumentKind } from '../../shared/documents/schemas.js';
import type { Language } from '../../shared/platform/common.js';
import { tempDir } from '../platform/helpers.js';
import { wordsOutside } from '../platform/pdfLayout.js';
import { expectPageGeometry } from './pageChecks.js';

describe('npm run docs:samples', () => {
  it.each(['A4', 'LETTER'] as const)('renders every document kind in every language on %s; each passes qpdf --check, keeps its text inside the margins and has the page geometry of a signed document (furniture, body text, signatures with content)', async (paperSize) => {
    const out = await tempDir();
    await renderSamples(out, [], paperSize);
    const files = (await readdir(out)).sort();
    // Every kind of the documents register, and those printed from the parts screens and the device's certificate.
    const expected = [...DocumentKind.options, ...PRINTED_KINDS].flatMap((kind) => SAMPLE_LANGUAGES.map((language) => `${kind}.${language}.pdf`)).sort();
    expect(files).toEqual(expected);
    for (const file of files) {
      const path = join(out, file);
      // qpdf exits 0 with "No syntax or stream encoding errors found" for a sound file, and non-zero otherwise.
      expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' }), file).toContain('No syntax or stream encoding errors found');
      const outside = file.startsWith('device_label') ? wordsOutside(path, 5) : wordsOutside(path, 40, 24);
      expect(outside, file).toEqual([]);
      // Labels are their own small pages, without furniture or signatures.
      const [kind, language] = file.split('.') as [string, Language];
      if (kind !== 'device_label') expectPageGeometry(`${file} on ${paperSize}`, kind, language, path);
    }
  }, 120_000);
});
